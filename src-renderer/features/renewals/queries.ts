import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { bookKeys } from '../book/queries';

/**
 * The rows the renewal outlook reads: accounts, contracts, opportunities and tasks (small tables,
 * no KPI series). Re-read when those tables change (app/refresh-by-table.ts).
 */
export function useRenewalRows() {
  const db = useDb();
  return useQuery({
    queryKey: bookKeys.renewalRows(),
    networkMode: 'always',
    queryFn: () =>
      db.transaction('r', [db.accounts, db.contracts, db.opportunities, db.tasks], async () => ({
        accounts: await db.accounts.toArray(),
        contracts: await db.contracts.toArray(),
        opportunities: await db.opportunities.toArray(),
        tasks: await db.tasks.toArray(),
      })),
  });
}
