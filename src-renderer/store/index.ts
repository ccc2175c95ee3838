/** The local store's public surface: screens and the sync client import from here. */
export { FieldbookDb, fieldbookDbName, openFieldbookDb, serverUserKey, type BookSource } from './db';
export { ROW_WORDS, StoreError } from './errors';
export { importBook } from './import-book';
export { writeImport } from './import-rows';
export { getMeta, setMeta } from './meta';
export {
  getAccountDetail,
  hasBook,
  listBook,
  loadBookTables,
  pendingCount,
} from './queries';
export { changesSince, currentChangeRev, onBookChange } from './change-log';
export { writeScope, type RowDraft } from './row-writes';
export type * from './types';
export { createWriter, type ActivityInput, type ContactFields, type TaskInput, type Writer } from './writer';
