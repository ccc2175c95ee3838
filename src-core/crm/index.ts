/** The CRM bridge: CRM exports, KPI files and calendars in; the day's work back out. */

export { compactKey } from './headers';
export { emptyMapping, parseImportMapping, withColumn, withOptions, withVocab, type ImportMapping } from './mapping';
export { readImportFiles, type ImportFileInput } from './read-files';
export { planImport, type ImportPlan, type PlannedWrite } from './plan';
export { sameRow } from './plan-context';
export { ISSUE_WORDS, groupIssues, importSummaryLines } from './describe-plan';
export { LEAVE_OUT, VOCAB_LABELS, VOCAB_TARGETS } from './vocab';
export {
  EXPORT_FORMATS,
  exportForCrm,
  markedExported,
  type CrmExport,
  type CrmFile,
  type ExportFormat,
  type ExportMark,
} from './export-activities';
export { tableCsv } from './table-csv';
export type * from './types';
