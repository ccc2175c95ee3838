/**
 * CSV for a manager's spreadsheet. A cell that starts with = + - @ (or a tab or carriage
 * return) is run as a formula by Excel and Sheets, so it gets a leading apostrophe (OWASP's
 * CSV-injection advice); cells with commas, quotes or line breaks are quoted.
 *
 * Files for a CRM's importer (`neutralise: false`) keep every cell exactly: the importer stores
 * what it reads, and a note that starts "- called back" must not arrive as "'- called back".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  /** Default true: formula-looking cells are made inert for spreadsheets. */
  neutralise?: boolean;
}

export function csvCell(value: string | number, options: CsvOptions = {}): string {
  let s = String(value);
  if (options.neutralise !== false && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  options: CsvOptions = {},
): string {
  return `${[header, ...rows].map((r) => r.map((c) => csvCell(c, options)).join(',')).join('\r\n')}\r\n`;
}
