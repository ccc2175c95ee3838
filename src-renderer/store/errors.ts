import type { TableName } from '../../src-core/model';

/**
 * Why the store refused something. `message` is for the CSM; `code` is for logs and for the
 * screens to decide (e.g. `not_found` closes a stale dialog).
 */
export type StoreErrorCode =
  | 'invalid'
  | 'not_found'
  | 'read_only_field'
  | 'unsynced_changes'
  | 'storage'
  /** The book changed between an import's preview and its write: preview again. */
  | 'stale';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** Each problem in a sentence, e.g. "body is empty". */
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** What a CSM calls a row of each table. */
export const ROW_WORDS: Record<TableName, string> = {
  accounts: 'account',
  contacts: 'contact',
  contracts: 'contract',
  goals: 'POWER goal',
  metrics: 'KPI series',
  activities: 'touchpoint',
  tickets: 'ticket',
  opportunities: 'opportunity',
  referrals: 'referral',
  feedback: 'feedback',
  invoices: 'invoice',
  notes: 'note',
  tasks: 'task',
  timeEntries: 'time entry',
  healthOverrides: 'health override',
  clientRequests: 'request to the client',
  caseStudies: 'case study',
  processes: 'documented process',
  onboardingSteps: 'onboarding step',
  decks: 'deck record',
};

export function invalidRow(table: TableName, problems: string[]): StoreError {
  return new StoreError('invalid', `The ${ROW_WORDS[table]} can't be saved: ${problems.join('; ')}.`, problems);
}

export function rowNotFound(table: TableName): StoreError {
  return new StoreError('not_found', `That ${ROW_WORDS[table]} is no longer in your book.`);
}

/** A storage failure (disk full, a broken database) said in plain words; our own errors pass through. */
export function asStoreError(error: unknown, what = 'this change'): StoreError {
  if (error instanceof StoreError) return error;
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  if (names.includes('QuotaExceededError')) {
    return new StoreError(
      'storage',
      `Your disk is full, so ${what} was not saved. Free some space and try again; nothing else was lost.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError('storage', `Fieldbook couldn't save ${what} (${detail}). Nothing was changed; try again.`);
}
