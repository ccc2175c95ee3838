import type { AccountData } from '../../src-core/health';
import type { DetectedWarning } from '../../src-core/warnings';
import type { AccountInsights } from './book-insights';

/**
 * What the worker computed per account (insights, detected warnings), kept until that account
 * changes, the settings change or the day turns: after one note, only the noted account is scored
 * again. Results are keyed by the day like the screens' queries: within a day an account's result
 * stands until its rows change.
 */
interface Results {
  insights?: AccountInsights;
  warnings?: DetectedWarning[];
}

export class AccountResults {
  private key = '';
  private byAccount = new Map<string, Results>();
  private computed = 0;

  /** Forgets what the catch-up changed, or everything when the settings or the day differ. */
  update(key: string, changed: ReadonlySet<string> | 'all'): void {
    this.computed = 0;
    if (key !== this.key || changed === 'all') {
      this.key = key;
      this.byAccount.clear();
      return;
    }
    for (const id of changed) this.byAccount.delete(id);
  }

  /** How many results were computed since the last `update`. */
  get recomputed(): number {
    return this.computed;
  }

  insights(data: AccountData, compute: () => AccountInsights): AccountInsights {
    return this.get(data, 'insights', compute);
  }

  warnings(data: AccountData, compute: () => DetectedWarning[]): DetectedWarning[] {
    return this.get(data, 'warnings', compute);
  }

  private get<K extends keyof Results>(data: AccountData, kind: K, compute: () => NonNullable<Results[K]>) {
    const id = data.account.id;
    const results = this.byAccount.get(id) ?? {};
    this.byAccount.set(id, results);
    const known = results[kind];
    if (known) return known as NonNullable<Results[K]>;
    this.computed += 1;
    const fresh = compute();
    results[kind] = fresh;
    return fresh;
  }
}
