import { useMemo, useState } from 'react';
import { buildEml, deckEmailDraft, type DeckEmailDraft } from '../../../src-core/deck';
import { accountRows } from '../../../src-core/deck/spec/account-rows';
import type { DeckRecord } from '../../../src-core/model';
import { mailtoUrl } from '../../../src-core/prep';
import { parsePeriod } from '../../../src-core/time';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { showToast } from '../../app/toasts';
import { usePlatform } from '../../platform';
import { useTeamSession } from '../../session/team-session';
import type { AccountDetail } from '../../store/types';
import { Dialog } from '../shared/Dialog';
import { formatSize } from './BatchProgress';
import { accountBook } from '../../../src-core/health';
import { useRecordDeckSent } from './mutations';
import { PPTX_MIME, sessionDeck } from './save-deck';

interface Props {
  detail: AccountDetail;
  deck: DeckRecord;
  open: boolean;
  onClose(): void;
}

/** "Email to client": the covering email for a deck, saved as a draft with the deck attached. */
export function SendDeckDialog({ detail, deck, open, onClose }: Props) {
  return (
    <Dialog title="Email to client" open={open} onClose={onClose}>
      <SendForm detail={detail} deck={deck} onClose={onClose} />
    </Dialog>
  );
}

function SendForm({ detail, deck, onClose }: { detail: AccountDetail; deck: DeckRecord; onClose(): void }) {
  const author = usePreference('authorName') ?? '';
  const draft = useMemo(() => draftFor(detail, deck, author), [detail, deck, author]);
  const reachable = detail.contacts.filter((c) => !c.deleted && c.email.trim() !== '');
  const [to, setTo] = useState<ReadonlySet<string>>(() => new Set(draft.to.map((t) => t.contactId)));
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [recorded, setRecorded] = useState(false);
  const attachment = sessionDeck(deck.id);
  const platform = usePlatform();
  const me = useTeamSession().state;
  const sent = useRecordDeckSent(detail.account.id);
  const recipients = reachable
    .filter((c) => to.has(c.id))
    .map((c) => ({ contactId: c.id, name: c.name, email: c.email.trim() }));
  const record = (attached: boolean) => {
    if (recorded) return;
    setRecorded(true);
    sent.mutate({ deck, to: recipients, attached });
  };
  const saveEml = async () => {
    if (!attachment) return;
    const eml = buildEml({
      from: 'me' in me && me.me.email ? { name: me.me.name, email: me.me.email } : null,
      to: recipients,
      subject,
      body,
      attachment: { fileName: attachment.fileName, mimeType: PPTX_MIME, bytes: attachment.bytes },
      date: BROWSER_CLOCK.now(),
      id: crypto.randomUUID(),
    });
    const saved = await platform.saveFile({
      suggestedName: attachment.fileName.replace(/\.pptx$/i, '.eml'),
      mimeType: 'message/rfc822',
      bytes: new TextEncoder().encode(eml),
      destination: 'ask',
    });
    if (!saved.saved) {
      if (saved.reason !== 'cancelled') showToast('error', saved.message ?? 'The email could not be saved.');
      return;
    }
    record(true);
    if (saved.fileId && platform.openFile) await platform.openFile(saved.fileId);
    showToast('success', `Email saved as ${saved.location}: open it in your mail app and press Send.`);
    onClose();
  };
  return (
    <div className="dialog__body send-deck">
      <fieldset className="send-deck__to">
        <legend>To</legend>
        {reachable.length === 0 && (
          <p className="warn-text">No contact of {detail.account.name} has an email address: add one on Contacts.</p>
        )}
        {reachable.map((c) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              checked={to.has(c.id)}
              onChange={(e) => setTo((s) => toggled(s, c.id, e.target.checked))}
            />
            {c.name}{' '}
            <span className="muted">
              &lt;{c.email.trim()}&gt;{c.isPrimary ? ' · primary' : ''}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="hint">
        Written only from what is for the client: results, POWER goals, feedback and tasks you marked “For the client”.
        Risks, payments and your own to-dos stay in the presenter notes.
      </p>
      <label className="field">
        <span>Subject</span>
        <input value={subject} onChange={(e) => setSubject(e.target.value)} />
      </label>
      <label className="field">
        <span>Message</span>
        <textarea rows={12} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <p className="send-deck__attachment">
        {attachment ? (
          <>
            Attached: <span className="mono">{attachment.fileName}</span>{' '}
            <span className="muted">· {formatSize(attachment.bytes.byteLength)}</span>
          </>
        ) : (
          <span className="warn-text">
            The file was made in an earlier session, so it cannot be attached here: generate it again to attach it, or
            open the email and attach {deck.fileName} yourself.
          </span>
        )}
      </p>
      <div className="form-actions">
        <a
          className="button"
          href={mailtoUrl(
            recipients.map((r) => r.email),
            subject,
            body,
          )}
          onClick={() => record(false)}
        >
          Open in mail app (attach it yourself)
        </a>
        <button
          type="button"
          className="button button--primary"
          disabled={!attachment || recipients.length === 0}
          onClick={() => void saveEml()}
        >
          Save email with the deck (.eml)
        </button>
      </div>
    </div>
  );
}

function draftFor(detail: AccountDetail, deck: DeckRecord, author: string): DeckEmailDraft {
  const data = accountRows(accountBook(detail), detail.account.id)!;
  return deckEmailDraft(
    data,
    deck.kind,
    parsePeriod(deck.period),
    BROWSER_CLOCK.now(),
    author || detail.account.ownerName,
  );
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
