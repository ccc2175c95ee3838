import { parseBookFile, type BookFile, type RowProblem } from '../../../src-core/model';
import type { PickedFile } from '../../platform/platform';

/** A book file that cannot be imported, with every reason; nothing was imported. */
export class BookFileRejected extends Error {
  override readonly name = 'BookFileRejected';

  constructor(
    readonly fileName: string,
    readonly fileProblems: string[],
    readonly rowProblems: RowProblem[],
  ) {
    super(
      `${fileName} can't be imported: ${[...fileProblems, ...rowProblems.map((p) => `${p.table} row ${p.index}`)].join('; ')}`,
    );
  }
}

/** Reads a picked file as a `fieldbook-book/1` book, or throws `BookFileRejected` saying which rows are wrong and why. */
export function checkBookFile(file: PickedFile): BookFile {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch {
    throw new BookFileRejected(file.name, ['The file is not valid JSON, so it cannot be a Fieldbook book.'], []);
  }
  const parsed = parseBookFile(json);
  if (!parsed.ok) throw new BookFileRejected(file.name, parsed.fileProblems, parsed.rowProblems);
  return parsed.book;
}

export function isBookFileRejected(error: unknown): error is BookFileRejected {
  return error instanceof BookFileRejected;
}
