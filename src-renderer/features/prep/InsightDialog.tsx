import { useState } from 'react';
import { mailtoUrl, type InsightDraft } from '../../../src-core/prep';
import { showToast } from '../../app/toasts';
import { Dialog } from '../shared/Dialog';
import { useMarkInsightSent } from './mutations';

interface Props {
  open: boolean;
  accountId: string;
  draft: InsightDraft;
  onClose(): void;
}

/** The monthly insight email, drafted in the SOP's three parts; sending it is the month's contact. */
export function InsightDialog({ open, accountId, draft, onClose }: Props) {
  return (
    <Dialog title="Monthly insight email" open={open} onClose={onClose}>
      <InsightForm accountId={accountId} draft={draft} onClose={onClose} />
    </Dialog>
  );
}

function InsightForm({ accountId, draft, onClose }: { accountId: string; draft: InsightDraft; onClose(): void }) {
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const sent = useMarkInsightSent(accountId);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`Subject: ${subject}\n\n${body}`);
      showToast('success', 'Email copied.');
    } catch {
      showToast('error', 'Copying is not allowed here; select the text and copy it yourself.');
    }
  };
  return (
    <div className="dialog__body">
      <div className="form-grid">
        <p className="field field--wide">To: {draft.to.length ? draft.to.join(', ') : 'no contact email on file'}</p>
        <p className="hint field--wide">
          Drafted only from what is for the client: results, POWER goals, feedback and tasks you marked “For the
          client”. Risks, payments and your own to-dos stay on the prep screen.
        </p>
        <label className="field field--wide">
          <span>Subject</span>
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </label>
        <label className="field field--wide">
          <span>Body</span>
          <textarea rows={14} value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
        <a className="button" href={mailtoUrl(draft.to, subject, body)}>
          Open in mail app
        </a>
        <button
          type="button"
          className="button button--primary"
          disabled={sent.isPending}
          onClick={() => sent.mutate({ ...draft, subject, insight: draft.insight }, { onSuccess: onClose })}
        >
          Mark as sent
        </button>
      </div>
    </div>
  );
}
