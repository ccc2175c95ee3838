import type { Invoice } from '../../../src-core/model';
import { Badge, type BadgeTone } from '../shared/Badge';
import { formatDate, formatMoney } from '../shared/format';
import { invoiceStatus, invoiceStatusLabel, type InvoiceState } from './invoice-status';

const TONES: Record<InvoiceState, BadgeTone> = { paid: 'good', paid_late: 'warn', due: 'neutral', overdue: 'bad' };

/** Invoices newest first; paid late and overdue stand out, since payment delays are a risk signal. */
export function InvoicesTab({ invoices, today }: { invoices: Invoice[]; today: string }) {
  const live = invoices.filter((i) => !i.deleted);
  if (live.length === 0) return <p className="empty">No invoices on file.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Issued</th>
            <th scope="col">Due</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Paid</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {live.map((invoice) => {
            const status = invoiceStatus(invoice, today);
            return (
              <tr
                key={invoice.id}
                className={
                  status.state === 'overdue' ? 'row--bad' : status.state === 'paid_late' ? 'row--warn' : undefined
                }
              >
                <td className="mono">{invoice.number}</td>
                <td>{formatDate(invoice.issuedAt)}</td>
                <td>{formatDate(invoice.dueDate)}</td>
                <td className="num">{formatMoney(invoice.amountCents)}</td>
                <td>{invoice.paidAt ? formatDate(invoice.paidAt) : '—'}</td>
                <td>
                  <Badge tone={TONES[status.state]}>{invoiceStatusLabel(status)}</Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
