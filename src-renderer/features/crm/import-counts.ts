import type { ImportPlan } from '../../../src-core/crm';
import type { TableName } from '../../../src-core/model';
import { ROW_WORDS } from '../../store';

/** The preview's numbers in words: per table, and what pressing Import will do. */
export interface TableLine {
  table: TableName;
  label: string;
  created: number;
  updated: number;
  unchanged: number;
}

const PLURAL: Partial<Record<TableName, string>> = {
  activities: 'Touchpoints',
  metrics: 'KPI series',
  opportunities: 'Opportunities',
};

export function tableLabel(table: TableName): string {
  const word = ROW_WORDS[table];
  return PLURAL[table] ?? `${word.charAt(0).toUpperCase()}${word.slice(1)}s`;
}

export function tableLines(plan: ImportPlan): TableLine[] {
  return Object.entries(plan.counts).map(([table, c]) => ({
    table: table as TableName,
    label: tableLabel(table as TableName),
    ...c,
  }));
}

export function issueCounts(plan: ImportPlan) {
  const count = (kind: string) => plan.issues.filter((i) => i.kind === kind).length;
  return { invalid: count('invalid'), outside: count('outside'), skipped: count('skipped') };
}

/** Why Import is not possible yet, in the CSM's words; null when it is. */
export function importBlocker(plan: ImportPlan, leaveOutInvalid: boolean): string | null {
  if (plan.failures.length > 0) return 'Remove or fix the files that cannot be read first.';
  const { invalid } = issueCounts(plan);
  if (invalid > 0 && !leaveOutInvalid) {
    return `${invalid} row${invalid === 1 ? '' : 's'} cannot be read yet: fix the mapping above, or choose to leave ${invalid === 1 ? 'it' : 'them'} out.`;
  }
  if (plan.writes.length === 0) return 'Nothing to import: your book already has all of this.';
  return null;
}
