import { BOOK_COLUMNS } from './book-columns';
import type { BookSort, BookSortKey } from './book-rows';

export function BookTableHeader({ sort, onSort }: { sort: BookSort; onSort(key: BookSortKey): void }) {
  return (
    <div role="rowgroup" className="book-head">
      {/* biome-ignore lint/a11y/useFocusableInteractive: a header row; its sort buttons are the tab stops. */}
      <div role="row" className="book-grid book-row--head">
        {BOOK_COLUMNS.map((col) => {
          const active = sort.key === col.key;
          const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
          return (
            // biome-ignore lint/a11y/useFocusableInteractive: the sort button inside is the tab stop.
            <div
              key={col.key}
              role="columnheader"
              aria-sort={ariaSort}
              className={[col.numeric && 'num', col.wide && 'book-col--wide'].filter(Boolean).join(' ') || undefined}
              title={col.title}
            >
              <button type="button" className={`sort${active ? ' sort--active' : ''}`} onClick={() => onSort(col.key)}>
                {col.label}
                <span className="sort__arrow" aria-hidden="true">
                  {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
