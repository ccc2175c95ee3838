import Papa from 'papaparse';

/**
 * CSV text to records, one chunk at a time, with Papa Parse. The delimiter (`,`, `;` — Excel in
 * much of Europe — tab or `|`) and the line break are guessed from the start of the file by Papa
 * Parse itself; then Papa's low-level parser reads each chunk and hands back the row it could not
 * finish (a quoted cell may hold line breaks and span chunks), which waits for the next chunk.
 */

export interface CsvRecord {
  cells: string[];
  /** The row number a spreadsheet shows for it: the first record of the file is row 1. */
  row: number;
}

export interface CsvReader {
  push(text: string): CsvRecord[];
  end(): CsvRecord[];
  /** Known once the first line has been read. */
  readonly delimiter: string | null;
  /** Set when the file ends inside a quoted cell (it was probably cut short). */
  readonly unclosedQuoteRow: number | null;
}

const DELIMITERS = [',', ';', '\t', '|'];
/** Enough text to see a few whole lines before guessing the delimiter. */
const SNIFF_CHARS = 64 * 1024;

interface ParseResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number; delimiter: string; linebreak: string };
}

function sniff(sample: string): { delimiter: string; newline: string } {
  const guess = Papa.parse<string[]>(sample, { preview: 20, delimitersToGuess: DELIMITERS }) as unknown as ParseResult;
  const newline = guess.meta.linebreak === '\r\n' || guess.meta.linebreak === '\r' ? guess.meta.linebreak : '\n';
  return { delimiter: DELIMITERS.includes(guess.meta.delimiter) ? guess.meta.delimiter : ',', newline };
}

export function createCsvReader(): CsvReader {
  let pending = '';
  let parser: Papa.Parser | null = null;
  let delimiter: string | null = null;
  let rows = 0;
  let unclosedQuoteRow: number | null = null;

  function take(final: boolean): CsvRecord[] {
    if (!parser) {
      if (!final && pending.length < SNIFF_CHARS && !/\n[\s\S]*\n[\s\S]/.test(pending)) return [];
      // A trailing lone \r may be half of a \r\n still to come: it would tip Papa's line-break guess.
      const found = sniff(pending.slice(0, SNIFF_CHARS).replace(/\r$/, ''));
      delimiter = found.delimiter;
      parser = new Papa.Parser({ delimiter: found.delimiter, newline: found.newline as '\n' });
    }
    const result = parser.parse(pending, 0, !final) as ParseResult;
    pending = final ? '' : pending.slice(result.meta.cursor);
    if (final && result.errors.some((e) => e.code === 'MissingQuotes')) unclosedQuoteRow = rows + result.data.length;
    return result.data.map((cells) => ({ cells, row: ++rows }));
  }

  return {
    push(text) {
      if (text.length === 0) return [];
      pending += text;
      return take(false);
    },
    end() {
      return take(true);
    },
    get delimiter() {
      return delimiter;
    },
    get unclosedQuoteRow() {
      return unclosedQuoteRow;
    },
  };
}
