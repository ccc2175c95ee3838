import { NO_FILTER, type BookFilter, type BookSort } from './book-rows';

/**
 * The Book's search, filters and sort survive a trip to an account and back (the CSM works
 * down a filtered list), but not a reload: they are view state, not data.
 */
export interface BookViewState {
  filter: BookFilter;
  sort: BookSort;
}

let remembered: BookViewState = { filter: NO_FILTER, sort: { key: 'name', direction: 'asc' } };
let focusSearchOnOpen = false;

export function rememberedBookView(): BookViewState {
  return remembered;
}

export function rememberBookView(view: BookViewState): void {
  remembered = view;
}

/** `/` or Ctrl+K pressed elsewhere: the Book focuses its search when it opens. */
export function requestSearchFocus(): void {
  focusSearchOnOpen = true;
}

export function takeSearchFocusRequest(): boolean {
  const requested = focusSearchOnOpen;
  focusSearchOnOpen = false;
  return requested;
}

export const BOOK_SEARCH_ID = 'book-search';
