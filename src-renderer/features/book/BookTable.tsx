import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import type { AccountStanding } from '../../../src-core/standing';
import type { BookRow } from '../../store/types';
import type { HealthSummary } from '../../workers/book-insights';
import type { BookSort, BookSortKey } from './book-rows';
import { BookTableHeader } from './BookTableHeader';
import { BookTableRow } from './BookTableRow';
import { useNarrowTable } from './useNarrowTable';

const ROW_HEIGHT = 48;

interface Props {
  rows: BookRow[];
  sort: BookSort;
  onSort(key: BookSortKey): void;
  today: string;
  zone: string;
  health: ReadonlyMap<string, HealthSummary>;
  standing: ReadonlyMap<string, AccountStanding>;
  /** Names link to their accounts (not while the book is still downloading). */
  linked?: boolean;
}

/**
 * The Book's accounts, virtualised: only the rows in view are in the DOM, so a 500-account book
 * scrolls and sorts as fast as a 40-account one. Up/Down move between account links, Enter opens.
 */
export function BookTable({ rows, sort, onSort, today, zone, health, standing, linked = true }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const narrow = useNarrowTable(scrollRef);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only exist after the virtualiser renders it.
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${target}"] a`)?.focus();
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = current ? Number(current.dataset.index) : -1;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    const next = moves[e.key];
    if (next === undefined || rows.length === 0 || (index < 0 && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    focusRow(next);
  };

  return (
    <div
      ref={scrollRef}
      className={narrow ? 'book-table book-table--narrow' : 'book-table'}
      role="table"
      aria-label="Accounts in your book"
      aria-rowcount={rows.length + 1}
      onKeyDown={onKeyDown}
    >
      <BookTableHeader sort={sort} onSort={onSort} />
      {rows.length === 0 ? (
        <p className="empty">No accounts match. Try another search or clear the filters.</p>
      ) : (
        <div role="rowgroup" className="book-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <BookTableRow
                key={row.account.id}
                row={row}
                index={item.index}
                today={today}
                zone={zone}
                top={item.start}
                health={health.get(row.account.id)}
                standing={standing.get(row.account.id)}
                linked={linked}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
