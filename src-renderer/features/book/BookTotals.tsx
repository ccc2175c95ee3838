import { formatMoney } from '../shared/format';
import type { BookTotals as Totals } from './book-rows';

export function BookTotals({ shown, all }: { shown: Totals; all: Totals }) {
  const narrowed = shown.accounts !== all.accounts;
  return (
    <div className="totals" aria-live="polite">
      <div className="totals__item">
        <span className="totals__value">{shown.accounts}</span>
        <span className="totals__label">{narrowed ? `of ${all.accounts} accounts shown` : 'accounts'}</span>
      </div>
      <div className="totals__item">
        <span className="totals__value">{formatMoney(shown.monthlyValueCents)}</span>
        <span className="totals__label">
          {narrowed ? `monthly value shown, of ${formatMoney(all.monthlyValueCents)}` : 'monthly book value'}
        </span>
      </div>
    </div>
  );
}
