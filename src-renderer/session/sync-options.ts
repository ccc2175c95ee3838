/**
 * The app's sync settings. Pages of 5,000 rows (the server's most): each page commits with its
 * cursor and recomputes the summaries of the accounts it touched, so fewer, larger pages make a
 * first sync of a large book several times faster (bench/sync.bench.ts).
 */
export const APP_SYNC_OPTIONS = { pageLimit: 5_000 } as const;
