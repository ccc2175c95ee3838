import type { BookOwner } from '../model';
import { addMonths } from '../time';
import type { Random } from './random';

export interface DemoBookOptions {
  seed: string | number;
  /** Number of accounts in the book (default 40). */
  accounts?: number;
  /** Years of KPI and touchpoint history before `asOf` (default 2). */
  years?: number;
  /** The book's "today", `YYYY-MM-DD`: history runs up to it and the calendar continues after it. */
  asOf: string;
  owner: BookOwner;
}

/** What every part of the generator shares: the clock it pretends to read and the id source. */
export interface DemoContext {
  asOf: string;
  /** The book's "now": noon UTC on `asOf`. Anything after it is scheduled, never done. */
  now: string;
  /** First day of the history window. */
  historyStart: string;
  owner: BookOwner;
  newId: () => string;
}

export const DEFAULT_ACCOUNTS = 40;
export const DEFAULT_YEARS = 2;

/** The seed of "Open the demo book": every machine shows the same demo. */
export const DEMO_SEED = 'fieldbook-demo';

/** Who owns the demo book when no team server has said who the CSM is. */
export const DEMO_OWNER: BookOwner = { id: 'demo-csm', email: 'csm@demo.fieldbook.app', name: 'Demo CSM', role: 'csm' };

export function createContext(options: DemoBookOptions, ids: Random): DemoContext {
  const years = options.years ?? DEFAULT_YEARS;
  return {
    asOf: options.asOf,
    now: `${options.asOf}T12:00:00.000Z`,
    historyStart: addMonths(options.asOf, -12 * years),
    owner: options.owner,
    newId: () => ids.uuid(),
  };
}

/** `YYYY-MM-DD` + minutes after midnight → ISO instant (the demo's business day is in UTC). */
export function instant(date: string, minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`;
}

/** A row is last touched when its event happened, but never after the book's "now". */
export function touchedAt(ctx: DemoContext, when: string): string {
  const stamp = when.length === 10 ? instant(when, 17 * 60) : when;
  return stamp < ctx.now ? stamp : ctx.now;
}

export function syncedRow(ctx: DemoContext, when: string) {
  return { id: ctx.newId(), rev: 0, deleted: false, updatedAt: touchedAt(ctx, when) };
}

export function scopedRow(ctx: DemoContext, accountId: string, when: string) {
  return { ...syncedRow(ctx, when), accountId };
}
