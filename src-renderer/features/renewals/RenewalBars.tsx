import type { RenewalBand, RenewalMonth } from '../../../src-core/scorecard';
import { formatMoney } from '../shared/format';

const BAND_ORDER: RenewalBand[] = ['red', 'yellow', 'green', 'unscored'];
export const BAND_WORDS: Record<RenewalBand, string> = {
  red: 'Red',
  yellow: 'Yellow',
  green: 'Green',
  unscored: 'Not scored yet',
};

/** `2026-12` → `Dec 2026`. */
export function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** One stacked bar per month (Red, Yellow, Green from the bottom), linked to the month's accounts below. */
export function RenewalBars({ months }: { months: RenewalMonth[] }) {
  const max = Math.max(1, ...months.map((m) => m.totalCents));
  return (
    <ol className="renewal-bars" aria-label="MRR renewing per month">
      {months.map((m) => (
        <li key={m.month} className="renewal-bars__month">
          <a href={`#renewal-${m.month}`} className="renewal-bars__link" title={barTitle(m)}>
            <span className="renewal-bars__value">{m.totalCents > 0 ? formatMoney(m.totalCents) : '—'}</span>
            <span className="renewal-bars__stack" style={{ height: `${(m.totalCents / max) * 100}%` }}>
              {BAND_ORDER.filter((b) => m.byBand[b] > 0).map((b) => (
                <span
                  key={b}
                  className={`renewal-bars__part renewal-bars__part--${b}`}
                  style={{ flexGrow: m.byBand[b] }}
                />
              ))}
            </span>
            <span className="renewal-bars__label">{monthLabel(m.month)}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

function barTitle(m: RenewalMonth): string {
  const parts = BAND_ORDER.filter((b) => m.byBand[b] > 0).map((b) => `${BAND_WORDS[b]} ${formatMoney(m.byBand[b])}`);
  return `${monthLabel(m.month)}: ${formatMoney(m.totalCents)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
