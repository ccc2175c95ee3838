import { useLayoutEffect, useState, type RefObject } from 'react';

/** Below this width the Book drops to its laptop columns (styles/book.css `.book-table--narrow`). */
export const BOOK_NARROW_BELOW_PX = 1250;

/**
 * Whether the Book's table is narrower than its eleven columns need. Measured with a
 * ResizeObserver rather than a CSS container query: a size container around the scrolling rows
 * made every row entering view cost the whole table's style and raster work (profiled: several
 * times the raster time per scrolled frame), and rows enter view on every frame of a scroll.
 */
export function useNarrowTable(ref: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setNarrow(element.clientWidth < BOOK_NARROW_BELOW_PX);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return narrow;
}
