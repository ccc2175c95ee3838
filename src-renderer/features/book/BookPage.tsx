import { useMemo, useState } from 'react';
import { useBookStanding, useHealthByAccount, useHealthScores } from '../health/useHealthByAccount';
import { useTimeZone, useToday } from '../shared/clock';
import { bookTotals, filterBook, industriesOf, nextSort, sortBook, type BookFilter, type BookSort } from './book-rows';
import { rememberBookView, rememberedBookView, takeSearchFocusRequest } from './book-view-state';
import { BookTable } from './BookTable';
import { BookToolbar } from './BookToolbar';
import { BookTotals } from './BookTotals';
import { useBookRows, useContactNames } from './queries';

const NO_CONTACTS = new Map<string, string[]>();

/**
 * `#/book`: every account the CSM owns. `arriving`, during a first sync: only the accounts that
 * have fully arrived, each with its health, and nothing that counts the whole book (totals) or
 * leaves the Book (accounts, import, export) until the rest is here.
 */
export function BookPage({ arriving = false }: { arriving?: boolean }) {
  const today = useToday();
  const byAccount = useHealthByAccount();
  const health = useHealthScores();
  const zone = useTimeZone();
  const standing = useBookStanding();
  const qbrDue = useMemo(
    () => new Map([...standing].flatMap(([id, s]) => (s.qbr ? [[id, s.qbr.dueDate] as const] : []))),
    [standing],
  );
  const book = useBookRows(arriving);
  const [view, setView] = useState(rememberedBookView);
  const contacts = useContactNames(view.filter.search.trim() !== '');
  const [autoFocusSearch] = useState(takeSearchFocusRequest);

  const update = (next: { filter?: BookFilter; sort?: BookSort }) => {
    const merged = { ...view, ...next };
    rememberBookView(merged);
    setView(merged);
  };

  const allRows = book.data;
  const shown = useMemo(
    () =>
      allRows
        ? sortBook(filterBook(allRows, view.filter, contacts.data ?? NO_CONTACTS), view.sort, today, health, {
            zone,
            qbrDue,
          })
        : [],
    [allRows, view, contacts.data, today, health, zone, qbrDue],
  );
  const industries = useMemo(() => industriesOf(allRows ?? []), [allRows]);
  const all = useMemo(() => bookTotals((allRows ?? []).filter((r) => !r.account.deleted)), [allRows]);

  return (
    <div className="page page--fill">
      <header className="page-header">
        <div>
          <h1>Book</h1>
          <p className="page-header__sub">
            {arriving
              ? 'The accounts that have arrived, with their health; the rest appear as they land.'
              : 'Every account you own. Click a column to sort; press / to search.'}
          </p>
        </div>
        {!arriving && (
          <div className="page-header__actions">
            <BookTotals shown={bookTotals(shown)} all={all} />
            <nav className="book-data-links" aria-label="Import and export">
              <a className="button button--small" href="#/import">
                Import…
              </a>
              <a className="button button--small" href="#/export">
                Export…
              </a>
            </nav>
          </div>
        )}
      </header>
      <BookToolbar
        filter={view.filter}
        industries={industries}
        onChange={(filter) => update({ filter })}
        autoFocusSearch={autoFocusSearch}
      />
      {book.isPending ? (
        <p className="loading" role="status">
          Loading your book…
        </p>
      ) : all.accounts === 0 && arriving ? (
        <p className="empty">Your first accounts appear here as soon as all of their rows have arrived.</p>
      ) : all.accounts === 0 ? (
        <p className="empty">
          This book has no accounts yet. <a href="#/import">Import them</a> from Salesforce or HubSpot, or a book file
          from Settings.
        </p>
      ) : (
        <BookTable
          rows={shown}
          sort={view.sort}
          onSort={(key) => update({ sort: nextSort(view.sort, key) })}
          today={today}
          zone={zone}
          health={byAccount}
          standing={standing}
          linked={!arriving}
        />
      )}
    </div>
  );
}
