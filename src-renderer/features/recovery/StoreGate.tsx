import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { FieldbookDb } from '../../store';
import { openBookChecked } from '../../store/open-check';
import { StoreRecoveryPage } from './StoreRecoveryPage';

/**
 * Opens the book's database before any screen reads it, so a book that will not open gets the
 * recovery screen instead of a broken app (RELIABILITY 22, 23; a newer book is refused).
 */
export function StoreGate({ db, userKey, children }: { db: FieldbookDb; userKey: string; children: ReactNode }) {
  const open = useQuery({
    queryKey: ['store', 'open', db.name],
    queryFn: async () => {
      await openBookChecked(db);
      return true;
    },
    throwOnError: false,
    retry: false,
  });
  if (open.isPending)
    return (
      <p className="loading loading--app" role="status">
        Opening your book…
      </p>
    );
  if (open.isError) return <StoreRecoveryPage db={db} userKey={userKey} error={open.error} />;
  return <>{children}</>;
}
