/** The CRM bridge: CRM exports, KPI files and calendars in; the day's work back out. */
export { FILE_KINDS, fileKindById, kindsOf } from './file-kinds';
export type { FileKind, FieldSpec } from './file-kind';
export { ImportFileError } from './import-error';
export { compactKey } from './headers';
export {
  IMPORT_MAPPING_FORMAT,
  emptyMapping,
  importMappingSchema,
  mappedVocab,
  parseImportMapping,
  withColumn,
  withOptions,
  withVocab,
  type ImportMapping,
} from './mapping';
export { readImportFiles, type ImportFileInput, type ReadSettings } from './read-files';
export { planImport, type ImportPlan, type PlannedWrite, type PlanSettings, type TableCounts } from './plan';
export { sameRow } from './plan-context';
export { ISSUE_WORDS, groupIssues, importSummaryLines, type IssueGroup } from './describe-plan';
export { ACTIVITY_TARGETS, LEAVE_OUT, VOCAB_LABELS, VOCAB_TARGETS } from './vocab';
export {
  EXPORT_FORMATS,
  exportForCrm,
  markedExported,
  type CrmExport,
  type CrmFile,
  type ExportFormat,
  type ExportMark,
  type ExportSettings,
} from './export-activities';
export { tableCsv } from './table-csv';
export type * from './types';
