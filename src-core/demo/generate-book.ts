import { BOOK_FORMAT, emptyBookTables, type BookFile } from '../model';
import { assignRoles, type AccountPlan } from './account-plan';
import { writeAccount } from './account-book';
import { createContext, DEFAULT_ACCOUNTS, DEFAULT_YEARS, type DemoBookOptions, type DemoContext } from './context';
import { planStoryAccount } from './hvac-story';
import { planAccount, type RoleCounts } from './plan-account';
import { createRandom } from './random';

/**
 * A whole demo book for one CSM: same options, same book, byte for byte. History runs up to
 * `asOf` and the calendar continues a few weeks after it.
 */
export function generateDemoBook(options: DemoBookOptions): BookFile {
  checkOptions(options);
  const root = createRandom(options.seed);
  const ctx = createContext(options, root.fork('ids'));
  const usedNames = new Set<string>();
  const plans = planBook(ctx, root, options.accounts ?? DEFAULT_ACCOUNTS, usedNames);
  const tables = emptyBookTables();
  for (const plan of plans) writeAccount(ctx, plan, tables, usedNames);
  return { format: BOOK_FORMAT, exportedAt: ctx.now, owner: { ...options.owner }, tables };
}

function planBook(
  ctx: DemoContext,
  root: ReturnType<typeof createRandom>,
  count: number,
  usedNames: Set<string>,
): AccountPlan[] {
  const seen: RoleCounts = {};
  return assignRoles(count, root.fork('roles')).map((role, index) => {
    const rng = root.fork(`account-${index}`);
    return role === 'story'
      ? planStoryAccount(ctx, rng, index, usedNames)
      : planAccount(ctx, rng, role, index, usedNames, seen);
  });
}

function checkOptions(options: DemoBookOptions): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf) || Number.isNaN(Date.parse(options.asOf))) {
    throw new Error(`The demo book needs asOf as YYYY-MM-DD, got "${options.asOf}".`);
  }
  const accounts = options.accounts ?? DEFAULT_ACCOUNTS;
  if (!Number.isInteger(accounts) || accounts < 0 || accounts > 10_000) {
    throw new Error(`The demo book needs 0 to 10,000 accounts, got ${accounts}.`);
  }
  const years = options.years ?? DEFAULT_YEARS;
  if (!Number.isInteger(years) || years < 1 || years > 10) {
    throw new Error(`The demo book needs 1 to 10 years of history, got ${years}.`);
  }
}
