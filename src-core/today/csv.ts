/**
 * CSV for a manager's spreadsheet. A cell that starts with = + - @ (or a tab or carriage
 * return) is run as a formula by Excel and Sheets, so it gets a leading apostrophe (OWASP's
 * CSV-injection advice); cells with commas, quotes or line breaks are quoted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
