import { useMutation } from '@tanstack/react-query';
import { generateDemoBook } from '../../../src-core/demo';
import type { BookFile } from '../../../src-core/model';
import { useBookSession } from '../../app/book-session';
import { readPreference, writePreference } from '../../app/preferences';
import type { PickedFile } from '../../platform/platform';
import { importBook, type BookSource, type FieldbookDb } from '../../store';
import { openCurrentBookDb } from '../../store/set-aside';
import { todayIn } from '../../../src-core/time';
import { deviceTimeZone } from '../../app/device-time-zone';
import { currentInstant } from '../shared/clock';
import { checkBookFile, isBookFileRejected } from './book-file-check';

/** The demo book is the same for everyone on the same day: a fixed seed, history up to today. */
export const DEMO_SEED = 20260901;
export const DEMO_ACCOUNTS = 40;
export const DEMO_YEARS = 2;
export const DEMO_OWNER = { id: 'demo-csm', email: 'demo.csm@example.com', name: 'Demo CSM', role: 'csm' } as const;

/** Lets React paint the "working" state before a long synchronous step (generating, parsing). */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

export interface Imported {
  userKey: BookSource;
  db: FieldbookDb;
  book: BookFile;
}

function useActivateImported() {
  const { activate } = useBookSession();
  return ({ userKey, db, book }: Imported) => {
    // Notes need an author; until the CSM sets their name, it is the book owner's.
    if (!readPreference('authorName')) writePreference('authorName', book.owner.name);
    activate(userKey, db);
  };
}

/** Reuses the open database when it is the one being replaced, so no second connection blocks it. */
function useTargetDb() {
  const { session } = useBookSession();
  return (userKey: BookSource) => (session?.userKey === userKey ? session.db : openCurrentBookDb(userKey));
}

export function useOpenDemoBook() {
  const onImported = useActivateImported();
  const targetDb = useTargetDb();
  return useMutation({
    mutationFn: async (): Promise<Imported> => {
      await nextFrame();
      // A fresh demo book follows the laptop's zone: its history runs up to this very minute.
      const now = currentInstant();
      const timeZone = deviceTimeZone();
      const book = generateDemoBook({
        seed: DEMO_SEED,
        accounts: DEMO_ACCOUNTS,
        years: DEMO_YEARS,
        asOf: todayIn(now, timeZone),
        now,
        timeZone,
        owner: DEMO_OWNER,
      });
      const db = targetDb('demo');
      await importBook(db, book, 'demo');
      return { userKey: 'demo', db, book };
    },
    onSuccess: onImported,
    meta: { action: 'opening the demo book', successMessage: 'The demo book is open.' },
  });
}

/** Imports a picked book file, all or nothing; a wrong file throws `BookFileRejected` for the screen to list. */
export function useImportBookFile() {
  const onImported = useActivateImported();
  const targetDb = useTargetDb();
  return useMutation({
    mutationFn: async (file: PickedFile): Promise<Imported> => {
      await nextFrame();
      const book = checkBookFile(file);
      const db = targetDb('file');
      await importBook(db, book, 'file');
      return { userKey: 'file', db, book };
    },
    onSuccess: onImported,
    meta: {
      action: 'importing a book file',
      successMessage: 'The book is imported.',
      handlesOwnError: isBookFileRejected,
    },
  });
}
