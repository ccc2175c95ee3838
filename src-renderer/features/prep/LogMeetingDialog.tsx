import { useState, type FormEvent } from 'react';
import type { Activity, Contact, RowOf } from '../../../src-core/model';
import { defaultMeetingToLog, loggedAtDefault, meetingsToLog } from '../../../src-core/prep';
import { addDays, instantAt } from '../../../src-core/time';
import { Dialog } from '../shared/Dialog';
import { MeetingChoiceFields, NEW_MEETING } from './MeetingChoiceFields';
import { useLogMeeting } from './mutations';

interface Props {
  open: boolean;
  accountId: string;
  accountName: string;
  /** The account's touchpoints: the scheduled meetings to choose from. */
  activities: readonly RowOf<'activities'>[];
  contacts: Contact[];
  prepMinutes: number;
  today: string;
  now: string;
  zone: string;
  onClose(): void;
  /** The touchpoint as logged, so the screen can raise what follows it (a feedback ask after a QBR). */
  onLogged(prepMinutes: number, activity: Activity): void;
}

/** After the meeting, in under a minute: kept or no-show, who came, outcome, notes, next steps. */
export function LogMeetingDialog(props: Props) {
  return (
    <Dialog title={`Log meeting · ${props.accountName}`} open={props.open} onClose={props.onClose}>
      <LogMeetingForm {...props} />
    </Dialog>
  );
}

function LogMeetingForm({ accountId, activities, contacts, prepMinutes, today, now, zone, onClose, onLogged }: Props) {
  const log = useLogMeeting(accountId);
  const live = contacts.filter((c) => !c.deleted);
  const [choices] = useState(() => meetingsToLog(activities, now));
  const [chosenId, setChosenId] = useState(() => defaultMeetingToLog(choices, now)?.id ?? NEW_MEETING);
  const meeting = choices.find((m) => m.id === chosenId) ?? null;
  const [when, setWhen] = useState(() => loggedAtDefault(meeting, now, zone));
  const choose = (id: string) => {
    setChosenId(id);
    setWhen(loggedAtDefault(choices.find((m) => m.id === id) ?? null, now, zone));
  };
  const [kept, setKept] = useState(true);
  const [wasQbr, setWasQbr] = useState(false);
  const [attendeeIds, setAttendees] = useState<string[]>(() =>
    meeting?.attendeeIds.length ? meeting.attendeeIds : live.filter((c) => c.isPrimary).map((c) => c.id),
  );
  const [outcome, setOutcome] = useState('');
  const [notes, setNotes] = useState('');
  const [nextSteps, setNextSteps] = useState('');
  const [stepsForClient, setStepsForClient] = useState(false);
  const [minutes, setMinutes] = useState(String(meeting?.durationMinutes || 30));
  const [prep, setPrep] = useState(String(prepMinutes));
  const toggle = (id: string) => setAttendees((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const prepLogged = Math.max(0, Math.round(Number(prep) || 0));
    log.mutate(
      {
        accountId,
        meeting,
        kind: wasQbr ? 'qbr' : 'meeting',
        subject: meeting?.subject ?? (wasQbr ? 'QBR' : 'Meeting'),
        at: instantAt(when.day, when.time, zone),
        kept,
        attendeeIds: kept ? attendeeIds : [],
        outcome,
        notes,
        nextSteps: nextSteps.split('\n'),
        nextStepsDue: addDays(today, 7),
        nextStepsForClient: stepsForClient,
        meetingMinutes: Math.max(0, Math.round(Number(minutes) || 0)),
        prepMinutes: prepLogged,
        authorName: '',
      },
      { onSuccess: (rows) => onLogged(prepLogged, rows.activity) },
    );
  };
  return (
    <form className="dialog__body" onSubmit={onSubmit}>
      <div className="form-grid">
        <MeetingChoiceFields
          choices={choices}
          chosenId={chosenId}
          day={when.day}
          time={when.time}
          zone={zone}
          onChoose={choose}
          onWhen={(day, time) => setWhen({ day, time })}
        />
        {!meeting && (
          <label className="check field--wide">
            <input type="checkbox" checked={wasQbr} onChange={(e) => setWasQbr(e.target.checked)} /> It was a QBR
            (quarterly business review)
          </label>
        )}
        <fieldset className="field field--wide">
          <legend>Did it happen?</legend>
          <label className="check">
            <input type="radio" name="kept" checked={kept} onChange={() => setKept(true)} /> Kept
          </label>
          <label className="check">
            <input type="radio" name="kept" checked={!kept} onChange={() => setKept(false)} /> No-show
          </label>
        </fieldset>
        {kept && live.length > 0 && (
          <fieldset className="field field--wide attendees">
            <legend>Attendees</legend>
            {live.map((c) => (
              <label key={c.id} className="check">
                <input type="checkbox" checked={attendeeIds.includes(c.id)} onChange={() => toggle(c.id)} /> {c.name}
              </label>
            ))}
          </fieldset>
        )}
        <label className="field field--wide">
          <span>Outcome</span>
          <input value={outcome} placeholder="What was agreed" onChange={(e) => setOutcome(e.target.value)} />
        </label>
        <label className="field field--wide">
          <span>Notes</span>
          <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </label>
        <div className="field field--wide">
          <label htmlFor="log-next-steps">Next steps (one per line; each becomes a task due in a week)</label>
          <textarea id="log-next-steps" rows={3} value={nextSteps} onChange={(e) => setNextSteps(e.target.value)} />
          <label className="check">
            <input type="checkbox" checked={stepsForClient} onChange={(e) => setStepsForClient(e.target.checked)} />
            Agreed with the client: put these next steps in their plan
          </label>
        </div>
        <label className="field">
          <span>Meeting minutes</span>
          <input
            type="number"
            min={0}
            max={1440}
            value={minutes}
            disabled={!kept}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <label className="field">
          <span>Prep minutes (not yet on the timesheet)</span>
          <input type="number" min={0} max={1440} value={prep} onChange={(e) => setPrep(e.target.value)} />
        </label>
      </div>
      <div className="form-actions">
        <span className="hint">Prep and meeting time go to your timesheet.</span>
        <button type="button" className="button" onClick={onClose} disabled={log.isPending}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={log.isPending}>
          {log.isPending ? 'Saving…' : 'Log meeting'}
        </button>
      </div>
    </form>
  );
}
