import { useMemo } from 'react';
import type { Activity, Ticket } from '../../../src-core/model';
import { Badge, type BadgeTone } from '../shared/Badge';
import { useTimeZone } from '../shared/clock';
import { formatDateTime, labelOf } from '../shared/format';
import { buildTimeline, type TimelineItem } from './timeline';

const TONES: Record<TimelineItem['tone'], BadgeTone> = {
  good: 'good',
  bad: 'bad',
  neutral: 'neutral',
  upcoming: 'info',
};

/** Touchpoints (emails, calls, meetings, QBRs, audits, value reports) and tickets, newest first. */
export function TimelineTab({ activities, tickets }: { activities: Activity[]; tickets: Ticket[] }) {
  const zone = useTimeZone();
  const items = useMemo(() => buildTimeline(activities, tickets), [activities, tickets]);
  if (items.length === 0)
    return <p className="empty">Nothing on the timeline yet. Log a call, email or meeting to start it.</p>;
  return (
    <ol className="timeline" aria-label="Timeline, newest first">
      {items.map((item) => (
        <li key={item.key} className={`timeline__item timeline__item--${item.kind}`}>
          <span className="timeline__when">{formatDateTime(item.at, zone)}</span>
          <span className="timeline__kind">{labelOf(item.kind)}</span>
          <div className="timeline__body">
            <div className="timeline__title">
              {item.title} <Badge tone={TONES[item.tone]}>{item.status}</Badge>
            </div>
            {item.detail && <p className="timeline__detail">{item.detail}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
