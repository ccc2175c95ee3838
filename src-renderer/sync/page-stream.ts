import type { PullResponse } from '../../src-core/sync/protocol';
import { readChanges, type PageRows } from './apply-page';
import { SyncError } from './errors';

export interface FetchedPage {
  page: PullResponse;
  /** The page's rows, checked as it arrived. */
  read: PageRows;
}

/**
 * The pages of one pull, in order. Each page is requested as soon as the one before it has
 * arrived (that page's cursor is the request's), and its rows are checked as it arrives, so
 * while one page is being written the server builds the next and the checks read the one after:
 * the server, the checks and the disk work side by side. At most `ahead` pages wait beside the
 * one being written, so memory holds a few pages, never the book.
 *
 * `take()` hands the writer the next page once it is ready to write it. A page that fails to
 * arrive (or says "more" without moving on) fails its own `take()`, in order; nothing after it is
 * requested.
 */
export function streamPages(
  pull: (cursor: string | null, index: number) => Promise<PullResponse>,
  cursor: string | null,
  ahead = 2,
): { take(): Promise<FetchedPage> } {
  const pages: Promise<FetchedPage>[] = [];
  let taken = 0;
  let room: (() => void) | undefined;

  const fetchPage = async (from: string | null, index: number): Promise<FetchedPage> => {
    // Requests go one at a time, so one page at most waits here for the writer to take another.
    while (index - taken >= ahead) await new Promise<void>((resolve) => (room = resolve));
    const page = await pull(from, index);
    // A server that says "more" without moving on would loop forever.
    if (page.more && page.cursor === from && page.changes.length === 0)
      throw new SyncError('protocol', 'pull did not advance');
    if (page.more) request(page.cursor, index + 1);
    return { page, read: readChanges(page) };
  };
  const request = (from: string | null, index: number) => {
    const fetched = fetchPage(from, index);
    // Awaited when the writer takes it; until then a failure must not count as unhandled.
    fetched.catch(() => undefined);
    pages.push(fetched);
  };

  request(cursor, 0);
  return {
    take() {
      const next = pages[taken];
      if (!next) throw new Error('streamPages: no page after the last one');
      taken += 1;
      room?.();
      room = undefined;
      return next;
    },
  };
}
