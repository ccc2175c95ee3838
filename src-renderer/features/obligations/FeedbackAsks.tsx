import { useState } from 'react';
import type { ClientRequest } from '../../../src-core/model';
import { FEEDBACK_DUE_DEFINITION, feedbackPrompts, unansweredRequests } from '../../../src-core/obligations';
import type { AccountDetail } from '../../store/types';
import { useTimeZone } from '../shared/clock';
import { formatDate } from '../shared/format';
import { AnswerDialog } from './AnswerDialog';
import { useCloseRequest } from './mutations';
import { RequestDialog, TRIGGER_WORDS, type RequestChoice } from './RequestDialog';

/**
 * The feedback asks of one account: what it is due for now (each quarter, and after a QBR, a
 * deliverable or a resolved escalation), and the requests still waiting for an answer.
 */
export function FeedbackAsks({ detail, today }: { detail: AccountDetail; today: string }) {
  const zone = useTimeZone();
  const [choice, setChoice] = useState<RequestChoice | null>(null);
  const [answering, setAnswering] = useState<ClientRequest | null>(null);
  const close = useCloseRequest(detail.account.id);
  const prompts = feedbackPrompts(detail, today, zone);
  const waiting = unansweredRequests(detail);
  const names = new Map(detail.contacts.map((c) => [c.id, c.name]));
  return (
    <section className="asks" aria-label="Feedback requests">
      <div className="asks__head">
        <h3 className="asks__title" title={FEEDBACK_DUE_DEFINITION}>
          Asking for feedback
        </h3>
        <button
          type="button"
          className="button"
          onClick={() => setChoice({ kind: 'feedback', trigger: 'ad_hoc', causeId: null })}
        >
          Ask for feedback
        </button>
      </div>
      {prompts.length === 0 && waiting.length === 0 && (
        <p className="muted">Nothing due: asked this quarter and after every recent moment.</p>
      )}
      <ul className="asks__list">
        {prompts.map((p) => (
          <li key={`${p.trigger}-${p.causeId}`} className="asks__item asks__item--due">
            <span>
              <strong>Due:</strong> {TRIGGER_WORDS[p.trigger]} — {p.reason}
            </span>
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => setChoice({ kind: 'feedback', trigger: p.trigger, causeId: p.causeId })}
            >
              Ask now
            </button>
          </li>
        ))}
        {waiting.map((r) => (
          <li key={r.id} className="asks__item">
            <span>
              <strong>Waiting for an answer:</strong> asked{' '}
              {r.contactId && names.get(r.contactId) ? `${names.get(r.contactId)} ` : ''}
              on {formatDate(r.requestedAt.slice(0, 10))} ({TRIGGER_WORDS[r.trigger].toLowerCase()})
            </span>
            <span className="asks__actions">
              <button type="button" className="button button--small button--primary" onClick={() => setAnswering(r)}>
                Record answer
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => close.mutate(r.id)}
                disabled={close.isPending}
              >
                No answer
              </button>
            </span>
          </li>
        ))}
      </ul>
      <RequestDialog detail={detail} choice={choice} onClose={() => setChoice(null)} />
      <AnswerDialog
        request={answering}
        contactName={answering?.contactId ? (names.get(answering.contactId) ?? null) : null}
        today={today}
        onClose={() => setAnswering(null)}
      />
    </section>
  );
}
