import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvReader } from '../../../src-core/crm/csv-reader';

function readIn(text: string, cuts: number[]) {
  const reader = createCsvReader();
  const out: { cells: string[]; row: number }[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b)) {
    out.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  out.push(...reader.push(text.slice(from)), ...reader.end());
  return {
    rows: out.filter((r) => r.cells.join('') !== ''),
    delimiter: reader.delimiter,
    cut: reader.unclosedQuoteRow,
  };
}

const cuts = (n: number) => fc.array(fc.integer({ min: 0, max: n }), { maxLength: 10 });

describe('reading CSV text in chunks with Papa Parse', () => {
  it('finds ";" as the delimiter (Excel in much of Europe) and keeps decimal commas in their cells', () => {
    const text = 'Name;Amount;City\r\nCafé Müller;1.234,56;Zürich\r\nBäckerei;"12,5";Bern\r\n';
    fc.assert(
      fc.property(cuts(text.length), (c) => {
        const { rows, delimiter } = readIn(text, c);
        expect(delimiter).toBe(';');
        expect(rows.map((r) => r.cells)).toEqual([
          ['Name', 'Amount', 'City'],
          ['Café Müller', '1.234,56', 'Zürich'],
          ['Bäckerei', '12,5', 'Bern'],
        ]);
      }),
    );
  });

  it('keeps line breaks inside quoted cells, even when a chunk ends inside one, and numbers rows as a spreadsheet does', () => {
    const text =
      '"Subject","Comments"\n"Call","- line one\r\n+ line two, with a comma\n""quoted"""\n"Email","=SUM(A1)"\n';
    fc.assert(
      fc.property(cuts(text.length), (c) => {
        const { rows } = readIn(text, c);
        expect(rows).toEqual([
          { cells: ['Subject', 'Comments'], row: 1 },
          { cells: ['Call', '- line one\r\n+ line two, with a comma\n"quoted"'], row: 2 },
          { cells: ['Email', '=SUM(A1)'], row: 3 },
        ]);
      }),
    );
  });

  it('reads tab-separated text and a last line without a line break', () => {
    expect(readIn('a\tb\n1\t2', [3]).rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('says which row a file cut short inside a quoted cell ends in', () => {
    const { cut } = readIn('Name,Note\nAcme,"starts here\nand never ends', [12]);
    expect(cut).toBe(2);
  });
});
