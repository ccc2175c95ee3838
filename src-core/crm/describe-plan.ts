import { labelOf } from '../model';
import type { ImportPlan } from './plan';
import type { FileSummary, IssueKind, RowIssue } from './types';
import { VOCAB_LABELS } from './vocab';

/**
 * The import preview in words, for the admin CLI (the app draws the same plan as tables). Rows
 * with the same reason are listed together as row ranges ("rows 12–40, 57"), every one of them.
 */
export interface IssueGroup {
  file: string;
  kind: IssueKind;
  reason: string;
  rows: number[];
  /** "rows 12–40, 57" */
  where: string;
}

export const ISSUE_WORDS: Record<IssueKind, string> = {
  invalid: 'cannot be read',
  outside: 'not in your book',
  skipped: 'left out',
};

export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return `${sorted.length === 1 ? 'row' : 'rows'} ${parts.join(', ')}`;
}

export function groupIssues(issues: readonly RowIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.file}\u0001${issue.kind}\u0001${issue.reason}`;
    const group = groups.get(key) ?? { file: issue.file, kind: issue.kind, reason: issue.reason, rows: [], where: '' };
    group.rows.push(issue.row);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ ...g, where: rowRanges(g.rows) }));
}

function fileLines(file: FileSummary): string[] {
  const lines = [
    `${file.name}: ${file.kindLabel} (${file.rows} rows${file.delimiter ? `, ${file.encoding}, "${file.delimiter === '\t' ? 'tab' : file.delimiter}"-separated` : ''})`,
  ];
  const used = file.columns.filter((c) => c.column);
  if (used.length > 0) lines.push(`  columns: ${used.map((c) => `${c.column} → ${c.label}`).join('; ')}`);
  const unused = file.headers.filter((h) => !used.some((c) => c.column === h));
  if (unused.length > 0) lines.push(`  not imported: ${unused.join(', ')}`);
  for (const v of file.vocab) {
    const to = v.mapped ? labelOf(v.mapped) : 'nothing yet (choose one with --mapping)';
    lines.push(
      `  ${VOCAB_LABELS[v.vocab]} "${v.value || '(empty)'}" → ${to} (${v.rows} row${v.rows === 1 ? '' : 's'})`,
    );
  }
  if (file.columns.some((c) => c.field === 'date' || c.field === 'closeDate' || c.field === 'start')) {
    lines.push(
      `  dates read as ${file.options.dateOrder === 'mdy' ? 'month/day/year' : 'day/month/year'}, times in ${file.options.timeZone}`,
    );
  }
  for (const note of file.notes) lines.push(`  note: ${note}`);
  return lines;
}

export function importSummaryLines(plan: ImportPlan): string[] {
  const lines = plan.files.flatMap(fileLines);
  for (const failure of plan.failures) lines.push(`${failure.file}: cannot be imported: ${failure.reason}`);
  for (const [table, c] of Object.entries(plan.counts)) {
    lines.push(`${table}: ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged`);
  }
  const groups = groupIssues(plan.issues);
  if (groups.length > 0) lines.push(`Rows not imported (${plan.issues.length}):`);
  for (const g of groups) lines.push(`  ${g.file} ${g.where} (${ISSUE_WORDS[g.kind]}): ${g.reason}`);
  return lines;
}
