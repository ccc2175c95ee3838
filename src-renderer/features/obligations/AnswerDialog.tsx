import { useState, type FormEvent } from 'react';
import type { ClientRequest } from '../../../src-core/model';
import { Dialog } from '../shared/Dialog';
import { formatDate } from '../shared/format';
import { useRecordAnswer } from './mutations';
import { FormActions } from '../shared/FormActions';

interface Props {
  request: ClientRequest | null;
  contactName: string | null;
  today: string;
  onClose(): void;
}

const NPS = Array.from({ length: 11 }, (_, i) => i);
const CSAT = [1, 2, 3, 4, 5];

/** Records the client's answer (NPS 0–10, CSAT 1–5, comment) against the request it answers. */
export function AnswerDialog({ request, contactName, today, onClose }: Props) {
  return (
    <Dialog title="Record the client’s answer" open={request !== null} onClose={onClose}>
      {request && <AnswerForm request={request} contactName={contactName} today={today} onDone={onClose} />}
    </Dialog>
  );
}

function AnswerForm({
  request,
  contactName,
  today,
  onDone,
}: Omit<Props, 'request' | 'onClose'> & { request: ClientRequest; onDone(): void }) {
  const answer = useRecordAnswer(request.accountId);
  const [date, setDate] = useState(today);
  const [nps, setNps] = useState('');
  const [csat, setCsat] = useState('');
  const [comment, setComment] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    answer.mutate(
      {
        accountId: request.accountId,
        date,
        nps: nps === '' ? null : Number(nps),
        csat: csat === '' ? null : Number(csat),
        comment: comment.trim(),
        contactId: request.contactId,
        trigger: request.trigger,
        requestId: request.id,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="dialog__body" onSubmit={onSubmit}>
      <p className="hint">
        Asked {contactName ? `${contactName} ` : ''}on {formatDate(request.requestedAt.slice(0, 10))}. Enter an NPS, a
        CSAT or both.
      </p>
      <div className="form-grid">
        <label className="field">
          <span>Answered on</span>
          <input type="date" required max={today} value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span>NPS (0–10)</span>
          <select value={nps} onChange={(e) => setNps(e.target.value)}>
            <option value="">—</option>
            {NPS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>CSAT (1–5)</span>
          <select value={csat} onChange={(e) => setCsat(e.target.value)}>
            <option value="">—</option>
            {CSAT.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--wide">
          <span>Comment (their words)</span>
          <textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
      </div>
      <FormActions
        pending={answer.isPending}
        submit="Record answer"
        onCancel={onDone}
        ready={nps !== '' || csat !== ''}
      />
    </form>
  );
}
