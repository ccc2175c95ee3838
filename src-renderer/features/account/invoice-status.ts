import type { Invoice } from '../../../src-core/model';
import { daysBetween } from '../../../src-core/time';

export type InvoiceState = 'paid' | 'paid_late' | 'overdue' | 'due';

export interface InvoiceStatus {
  state: InvoiceState;
  /** Days past the due date: how late it was paid, or how overdue it is now; 0 otherwise. */
  daysLate: number;
}

/** Payment delays are a health signal (DESIGN §4), so the screen says how late, not just "late". */
export function invoiceStatus(invoice: Invoice, today: string): InvoiceStatus {
  if (invoice.paidAt !== null) {
    const late = daysBetween(invoice.dueDate, invoice.paidAt);
    return late > 0 ? { state: 'paid_late', daysLate: late } : { state: 'paid', daysLate: 0 };
  }
  const overdue = daysBetween(invoice.dueDate, today);
  return overdue > 0 ? { state: 'overdue', daysLate: overdue } : { state: 'due', daysLate: 0 };
}

export function invoiceStatusLabel(status: InvoiceStatus): string {
  switch (status.state) {
    case 'paid':
      return 'Paid';
    case 'paid_late':
      return `Paid ${status.daysLate} day${status.daysLate === 1 ? '' : 's'} late`;
    case 'overdue':
      return `Overdue ${status.daysLate} day${status.daysLate === 1 ? '' : 's'}`;
    case 'due':
      return 'Not yet due';
  }
}
