import { useState } from 'react';
import { feedbackPromptAfter } from '../../../src-core/obligations';
import type { AccountDetail } from '../../store/types';
import { useTimeZone } from '../shared/clock';
import { RequestDialog, type RequestChoice } from './RequestDialog';
import './obligations.css';

interface Props {
  detail: AccountDetail;
  /** The row the CSM just wrote: the logged QBR, the saved deck, the task delivered. */
  causeId: string | null;
  today: string;
  onDismiss(): void;
}

/**
 * "Ask <client> for feedback?" raised where the moment happened (seed 002: "after key
 * interactions and deliverables"). Whether it is due is `feedbackPromptAfter`'s call — the same
 * rule as the Feedback tab — so it disappears once the request is recorded.
 */
export function FeedbackMomentPrompt({ detail, causeId, today, onDismiss }: Props) {
  const zone = useTimeZone();
  const [choice, setChoice] = useState<RequestChoice | null>(null);
  const prompt = causeId ? feedbackPromptAfter(detail, causeId, today, zone) : null;
  if (!prompt && !choice) return null;
  return (
    <>
      {prompt && (
        <div className="moment-prompt" role="status" aria-label="Ask for feedback now">
          <span>
            <strong>Ask {detail.account.name} for feedback?</strong>{' '}
            <span className="muted">{prompt.reason} — the seed asks after key interactions and deliverables.</span>
          </span>
          <span className="asks__actions">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => setChoice({ kind: 'feedback', trigger: prompt.trigger, causeId: prompt.causeId })}
            >
              Ask for feedback
            </button>
            <button type="button" className="button button--small" onClick={onDismiss}>
              Not now
            </button>
          </span>
        </div>
      )}
      <RequestDialog detail={detail} choice={choice} onClose={() => setChoice(null)} />
    </>
  );
}
