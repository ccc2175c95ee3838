import { useMemo, useState } from 'react';
import { mailtoUrl } from '../../../src-core/prep';
import { FEEDBACK_TRIGGERS, type ClientRequestKind, type FeedbackTrigger } from '../../../src-core/model';
import { requestEmailDraft } from '../../../src-core/obligations';
import { usePreference } from '../../app/preferences';
import { showToast } from '../../app/toasts';
import { usePlatform } from '../../platform';
import { useTeamSession } from '../../session/team-session';
import type { AccountDetail } from '../../store/types';
import { Dialog } from '../shared/Dialog';
import { labelOf } from '../shared/format';
import { useRecordRequest } from './mutations';
import { saveRequestEml } from './request-draft';

export interface RequestChoice {
  kind: ClientRequestKind;
  trigger: FeedbackTrigger;
  causeId: string | null;
}

interface Props {
  detail: AccountDetail;
  choice: RequestChoice | null;
  onClose(): void;
}

/** Ask a client for feedback or a referral: an email draft for the CSM's mail app, recorded as a request. */
export function RequestDialog({ detail, choice, onClose }: Props) {
  const title = choice?.kind === 'referral' ? 'Ask for a referral' : 'Ask for feedback';
  return (
    <Dialog title={title} open={choice !== null} onClose={onClose}>
      {choice && (
        <RequestForm key={`${choice.kind}-${choice.causeId}`} detail={detail} choice={choice} onDone={onClose} />
      )}
    </Dialog>
  );
}

function RequestForm({ detail, choice, onDone }: { detail: AccountDetail; choice: RequestChoice; onDone(): void }) {
  const author = usePreference('authorName') ?? '';
  const reachable = detail.contacts.filter((c) => !c.deleted && c.email.trim() !== '');
  const [contactId, setContactId] = useState(() => reachable.find((c) => c.isPrimary)?.id ?? reachable[0]?.id ?? '');
  const [trigger, setTrigger] = useState<FeedbackTrigger>(choice.trigger);
  const contact = reachable.find((c) => c.id === contactId) ?? null;
  const draft = useMemo(
    () => requestEmailDraft(detail, choice.kind, trigger, contact, author || detail.account.ownerName),
    [detail, choice.kind, trigger, contact, author],
  );
  const [edits, setEdits] = useState<{ subject?: string; body?: string }>({});
  const subject = edits.subject ?? draft.subject;
  const body = edits.body ?? draft.body;
  const record = useRecordRequest(detail.account.id);
  const platform = usePlatform();
  const me = useTeamSession().state;
  const save = (then: () => Promise<void> | void) =>
    record.mutate(
      {
        accountId: detail.account.id,
        kind: choice.kind,
        trigger,
        causeId: choice.causeId,
        contactId: contact?.id ?? null,
      },
      {
        onSuccess: async () => {
          await then();
          onDone();
        },
      },
    );
  const saveEml = () =>
    save(async () => {
      const from = 'me' in me && me.me.email ? { name: me.me.name, email: me.me.email } : null;
      const kind = choice.kind;
      const saved = await saveRequestEml(platform, {
        from,
        to: draft.to,
        subject,
        body,
        accountName: detail.account.name,
        kind,
      });
      if (!saved.saved) {
        if (saved.message)
          showToast('error', `${saved.message} The request is recorded; open it in your mail app instead.`);
        return;
      }
      if (saved.fileId && platform.openFile) await platform.openFile(saved.fileId);
      showToast('success', `Email saved as ${saved.location}: open it in your mail app and press Send.`);
    });
  const mailto = mailtoUrl(
    draft.to.map((t) => t.email),
    subject,
    body,
  );
  return (
    <div className="dialog__body request-dialog">
      <div className="form-grid">
        <label className="field">
          <span>To</span>
          <select value={contactId} onChange={(e) => setContactId(e.target.value)} disabled={reachable.length === 0}>
            {reachable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} &lt;{c.email.trim()}&gt;
              </option>
            ))}
          </select>
        </label>
        {choice.kind === 'feedback' && (
          <label className="field">
            <span>Why now</span>
            <select value={trigger} onChange={(e) => setTrigger(e.target.value as FeedbackTrigger)}>
              {FEEDBACK_TRIGGERS.map((t) => (
                <option key={t} value={t}>
                  {TRIGGER_WORDS[t]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {reachable.length === 0 && (
        <p className="warn-text">No contact of {detail.account.name} has an email address: add one on the Overview.</p>
      )}
      <p className="hint">
        Written for the client: it names the moment they know about, never internal notes or risks.
      </p>
      <label className="field">
        <span>Subject</span>
        <input value={subject} onChange={(e) => setEdits((x) => ({ ...x, subject: e.target.value }))} />
      </label>
      <label className="field">
        <span>Message</span>
        <textarea rows={12} value={body} onChange={(e) => setEdits((x) => ({ ...x, body: e.target.value }))} />
      </label>
      <div className="form-actions">
        <a
          className="button"
          href={mailto}
          onClick={(e) => {
            if (record.isPending) e.preventDefault();
            else save(() => undefined);
          }}
        >
          Open in mail app
        </a>
        <button
          type="button"
          className="button button--primary"
          disabled={record.isPending || draft.to.length === 0}
          onClick={saveEml}
        >
          Save email draft (.eml)
        </button>
      </div>
    </div>
  );
}

export const TRIGGER_WORDS: Record<FeedbackTrigger, string> = {
  quarterly: 'Quarterly check-in',
  qbr: 'After a QBR',
  deliverable: 'After a deliverable',
  escalation: 'After a resolved escalation',
  ad_hoc: labelOf('ad_hoc'),
};
