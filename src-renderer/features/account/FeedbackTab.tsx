import type { Contact, Feedback } from '../../../src-core/model';
import { Badge, type BadgeTone } from '../shared/Badge';
import { formatDate, labelOf } from '../shared/format';

/** NPS: 9–10 promoters, 7–8 passives, 0–6 detractors. */
function npsTone(nps: number): BadgeTone {
  return nps >= 9 ? 'good' : nps >= 7 ? 'neutral' : 'bad';
}

/** CSAT target is above 4.5 of 5 (DESIGN §2): 5 is good, 4 is fine, 3 or less needs attention. */
function csatTone(csat: number): BadgeTone {
  return csat >= 5 ? 'good' : csat >= 4 ? 'neutral' : 'bad';
}

export function FeedbackTab({ feedback, contacts }: { feedback: Feedback[]; contacts: Contact[] }) {
  const live = feedback.filter((f) => !f.deleted);
  if (live.length === 0) return <p className="empty">No NPS or CSAT feedback recorded yet.</p>;
  const names = new Map(contacts.map((c) => [c.id, c.name]));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              NPS
            </th>
            <th scope="col" className="num">
              CSAT
            </th>
            <th scope="col">From</th>
            <th scope="col">Asked</th>
            <th scope="col">Comment</th>
          </tr>
        </thead>
        <tbody>
          {live.map((f) => (
            <tr key={f.id}>
              <td className="nowrap">{formatDate(f.date)}</td>
              <td className="num">{f.nps === null ? '—' : <Badge tone={npsTone(f.nps)}>{f.nps}</Badge>}</td>
              <td className="num">{f.csat === null ? '—' : <Badge tone={csatTone(f.csat)}>{f.csat} / 5</Badge>}</td>
              <td>{(f.contactId && names.get(f.contactId)) || '—'}</td>
              <td>{labelOf(f.trigger)}</td>
              <td className="prewrap">{f.comment || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
