/** The local store's public surface: screens and the sync client import from here. */
export {
  FieldbookDb,
  fieldbookDbName,
  openFieldbookDb,
  serverUserKey,
  type BookSource,
  type MetaKey,
  type MetaValues,
} from './db';
export { ROW_WORDS, asStoreError, StoreError, type StoreErrorCode } from './errors';
export { importBook, type ImportResult } from './import-book';
export { writeImport } from './import-rows';
export { deleteMeta, getMeta, setMeta } from './meta';
export {
  couldntSyncCount,
  getAccountDetail,
  getMetricSeries,
  hasBook,
  listBook,
  loadBookTables,
  pendingCount,
} from './queries';
export { changesSince, currentChangeRev, onBookChange, recordChange } from './change-log';
export { writeScope, type PatchInput, type RowDraft, type RowPatch } from './row-writes';
export { emptySummary, recomputeSummaries, summarizeAccount } from './summaries';
export type * from './types';
export { createWriter, type ActivityInput, type ContactFields, type TaskInput, type Writer } from './writer';
