import type { RowProblem } from '../../../src-core/model';

/** What the import report lists: the wrong rows first, then problems of the file as a whole. */
export interface ImportReport {
  rows: RowProblem[];
  fileProblems: string[];
  /** Rows left out only because their account row is wrong (they are fine themselves). */
  orphanedRows: number;
}

const ORPHAN = /names account "([^"]+)", which is not in the book/;

/**
 * One wrong account row makes every row under it "name an account not in the book"; listing
 * hundreds of those would bury the one line the CSM must fix. They are counted instead.
 */
export function importReport(fileProblems: readonly string[], rows: readonly RowProblem[]): ImportReport {
  const rejectedAccounts = new Set(rows.filter((r) => r.table === 'accounts' && r.rowId).map((r) => r.rowId));
  let orphanedRows = 0;
  const kept: string[] = [];
  for (const problem of fileProblems) {
    const orphan = ORPHAN.exec(problem);
    if (orphan && rejectedAccounts.has(orphan[1]!)) orphanedRows++;
    else kept.push(problem);
  }
  return { rows: [...rows], fileProblems: kept, orphanedRows };
}
