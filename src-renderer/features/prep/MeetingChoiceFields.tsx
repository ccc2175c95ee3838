import type { Activity } from '../../../src-core/model';
import { formatMeetingTimeIn } from '../../../src-core/time';
import { labelOf } from '../shared/format';

/** The "new meeting" option's value: no scheduled meeting has this id. */
export const NEW_MEETING = '';

interface Props {
  choices: readonly Activity[];
  chosenId: string;
  day: string;
  time: string;
  zone: string;
  onChoose(id: string): void;
  onWhen(day: string, time: string): void;
}

/**
 * Which meeting is being logged, and when it happened. The CSM picks a scheduled call, meeting or
 * QBR, or "a meeting not on the calendar"; the time defaults to the scheduled one when it has
 * passed, else now, and is always theirs to change — so a QBR on the 15th is never moved to now.
 */
export function MeetingChoiceFields({ choices, chosenId, day, time, zone, onChoose, onWhen }: Props) {
  return (
    <>
      <label className="field field--wide">
        <span>Which meeting</span>
        <select value={chosenId} onChange={(e) => onChoose(e.target.value)}>
          {choices.map((m) => (
            <option key={m.id} value={m.id}>
              {labelOf(m.kind)} “{m.subject}” · {formatMeetingTimeIn(m.at, zone)}
            </option>
          ))}
          <option value={NEW_MEETING}>A meeting not on the calendar</option>
        </select>
      </label>
      <label className="field">
        <span>Held on</span>
        <input type="date" required value={day} onChange={(e) => onWhen(e.target.value, time)} />
      </label>
      <label className="field">
        <span>At</span>
        <input type="time" required value={time} onChange={(e) => onWhen(day, e.target.value)} />
      </label>
    </>
  );
}
