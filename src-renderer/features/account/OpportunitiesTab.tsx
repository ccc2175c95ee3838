import type { Opportunity, OpportunityStage } from '../../../src-core/model';
import { Badge, type BadgeTone } from '../shared/Badge';
import { formatDate, formatMoney, labelOf } from '../shared/format';

const STAGE_TONES: Record<OpportunityStage, BadgeTone> = {
  identified: 'neutral',
  qualified: 'info',
  proposed: 'accent',
  won: 'good',
  lost: 'bad',
};

/** Upsell, cross-sell, upgrade and renewal opportunities, framed as the client's problem and its solution. */
export function OpportunitiesTab({ opportunities }: { opportunities: Opportunity[] }) {
  const live = opportunities.filter((o) => !o.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (live.length === 0) return <p className="empty">No opportunities yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Opportunity</th>
            <th scope="col">Kind</th>
            <th scope="col">Stage</th>
            <th scope="col" className="num">
              Monthly value
            </th>
            <th scope="col">Trigger</th>
            <th scope="col">Created</th>
            <th scope="col">Passed to Sales</th>
          </tr>
        </thead>
        <tbody>
          {live.map((o) => (
            <tr key={o.id}>
              <td>
                <div className="strong">{o.title}</div>
                {o.problem && <div className="sub">{o.problem}</div>}
              </td>
              <td>{labelOf(o.kind)}</td>
              <td>
                <Badge tone={STAGE_TONES[o.stage]}>{labelOf(o.stage)}</Badge>
              </td>
              <td className="num">{formatMoney(o.amountCents)}</td>
              <td>{o.trigger ? labelOf(o.trigger) : '—'}</td>
              <td className="nowrap">{formatDate(o.createdAt)}</td>
              <td className="nowrap">{o.passedToSalesAt ? formatDate(o.passedToSalesAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
