import { useMemo, useState } from 'react';
import type { AccountDetail } from '../../store/types';
import { FeedbackMomentPrompt } from '../obligations/FeedbackMomentPrompt';
import { Badge, type BadgeTone } from '../shared/Badge';
import { useTimeZone } from '../shared/clock';
import { formatDateTime, labelOf } from '../shared/format';
import { useResolveTicket } from './mutations';
import { buildTimeline, type TimelineItem } from './timeline';

const TONES: Record<TimelineItem['tone'], BadgeTone> = {
  good: 'good',
  bad: 'bad',
  neutral: 'neutral',
  upcoming: 'info',
};

/**
 * Touchpoints (emails, calls, meetings, QBRs, audits, value reports) and tickets, newest first. An
 * open ticket can be marked resolved here; an escalation resolved raises the feedback ask.
 */
export function TimelineTab({ detail, today }: { detail: AccountDetail; today: string }) {
  const zone = useTimeZone();
  const { activities, tickets } = detail;
  const items = useMemo(() => buildTimeline(activities, tickets), [activities, tickets]);
  const resolve = useResolveTicket(detail.account.id);
  const [resolvedId, setResolvedId] = useState<string | null>(null);
  if (items.length === 0)
    return <p className="empty">Nothing on the timeline yet. Log a call, email or meeting to start it.</p>;
  return (
    <>
      <FeedbackMomentPrompt detail={detail} causeId={resolvedId} today={today} onDismiss={() => setResolvedId(null)} />
      <ol className="timeline" aria-label="Timeline, newest first">
        {items.map((item) => (
          <li key={item.key} className={`timeline__item timeline__item--${item.kind}`}>
            <span className="timeline__when">{formatDateTime(item.at, zone)}</span>
            <span className="timeline__kind">{labelOf(item.kind)}</span>
            <div className="timeline__body">
              <div className="timeline__title">
                {item.title} <Badge tone={TONES[item.tone]}>{item.status}</Badge>{' '}
                {item.openTicketId && (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={resolve.isPending}
                    aria-label={`Mark resolved: ${item.title}`}
                    onClick={() => resolve.mutate(item.openTicketId!, { onSuccess: (t) => setResolvedId(t.id) })}
                  >
                    Mark resolved
                  </button>
                )}
              </div>
              {item.detail && <p className="timeline__detail">{item.detail}</p>}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
