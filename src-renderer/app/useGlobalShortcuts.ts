import { useEffect } from 'react';
import { BOOK_SEARCH_ID, requestSearchFocus } from '../features/book/book-view-state';
import { navigate } from './useRoute';

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** `/` (outside a text field) or Ctrl/⌘+K: jump to the account search, from anywhere. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingInField(e.target);
      const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey);
      if (!slash && !ctrlK) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      const search = document.getElementById(BOOK_SEARCH_ID);
      if (search) {
        (search as HTMLInputElement).select();
        search.focus();
      } else {
        requestSearchFocus();
        navigate('#/book');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
