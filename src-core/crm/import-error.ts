/**
 * A whole file Fieldbook cannot read (empty, binary, a workbook instead of a CSV, headers it does
 * not recognise). The message is written for the CSM and names what to do instead. Rows that
 * cannot be read are not errors: they are listed one by one in the import's preview.
 */
export class ImportFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'ImportFileError';
  }
}
