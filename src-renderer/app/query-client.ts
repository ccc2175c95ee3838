import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { reportError } from './describe-error';
import { showToast } from './toasts';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Said to the CSM when the write is saved, e.g. "Note saved". */
      successMessage?: string;
      /** What the CSM was doing, for the console and the error message's context. */
      action: string;
      /** The screen shows this error itself (e.g. an import's row-by-row problems). */
      handlesOwnError?: (error: unknown) => boolean;
    };
  }
}

/**
 * Local data never goes stale by itself: it changes only through our own writes and syncs,
 * which invalidate the keys they touch. Every failed write becomes one toast here.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // 'always': reads and writes go to IndexedDB, not the network. react-query's default
      // ('online') would pause every write while the laptop is offline — the case Fieldbook exists for.
      queries: {
        networkMode: 'always',
        staleTime: Infinity,
        gcTime: 5 * 60_000,
        retry: false,
        refetchOnWindowFocus: false,
        throwOnError: true,
      },
      mutations: { networkMode: 'always', retry: false },
    },
    queryCache: new QueryCache({
      onError: (error, query) => {
        console.error(`[fieldbook] reading ${JSON.stringify(query.queryKey)} failed`, error);
      },
    }),
    mutationCache: new MutationCache({
      onSuccess: (_data, _vars, _ctx, mutation) => {
        const message = mutation.meta?.successMessage;
        if (message) showToast('success', message);
      },
      onError: (error, _vars, _ctx, mutation) => {
        if (mutation.meta?.handlesOwnError?.(error)) return;
        showToast('error', reportError(error, mutation.meta?.action ?? 'saving'));
      },
    }),
  });
}
