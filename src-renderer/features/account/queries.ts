import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { getAccountDetail } from '../../store';

/** One account and everything under it, read through the store's `[accountId+…]` indexes. */
export const accountKeys = {
  all: ['accounts'] as const,
  details: () => [...accountKeys.all, 'detail'] as const,
  detail: (accountId: string) => [...accountKeys.details(), accountId] as const,
};

export function useAccountDetail(accountId: string) {
  const db = useDb();
  return useQuery({ queryKey: accountKeys.detail(accountId), queryFn: () => getAccountDetail(db, accountId) });
}
