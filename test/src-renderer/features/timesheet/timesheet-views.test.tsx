import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exportText } from '../../../../src-renderer/features/timesheet/export-file';
import { TimesheetTable } from '../../../../src-renderer/features/timesheet/TimesheetView';
import { timesheet } from '../../../../src-core/today';
import type { Platform, SaveFileRequest } from '../../../../src-renderer/platform/platform';
import { makeAccount, makeDayBook, makeTimeEntry } from '../../../src-core/today/fixtures';

function fakePlatform(saved: SaveFileRequest[]): Platform {
  return {
    kind: 'browser',
    saveFile: async (r) => {
      saved.push(r);
      return { saved: true, location: r.suggestedName };
    },
    pickBookFile: async () => null,
    pickImportFiles: async () => null,
    printView: async () => undefined,
    openExternal: async () => undefined,
    tokens: { get: async () => null, set: async () => 'session', clear: async () => undefined },
  };
}

describe('TimesheetTable', () => {
  it('shows the week’s minutes per account and category with day and week totals', () => {
    const book = makeDayBook({
      accounts: [makeAccount({ id: 'a-1', name: 'Bright Smiles Dental' })],
      timeEntries: [
        makeTimeEntry({ id: '1', accountId: 'a-1', date: '2026-09-08', minutes: 15, category: 'prep' }),
        makeTimeEntry({ id: '2', accountId: 'a-1', date: '2026-09-08', minutes: 45, category: 'meeting' }),
        makeTimeEntry({ id: '3', accountId: 'a-1', date: '2026-09-01', minutes: 99, category: 'meeting' }),
      ],
    });
    const days = ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11', '2026-09-12', '2026-09-13'];
    const sheet = timesheet(book.timeEntries, new Map(book.accounts.map((a) => [a.id, a.name])), days[0]!, days[6]!);
    const html = renderToStaticMarkup(<TimesheetTable sheet={sheet} days={days} />);
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
    expect(rows).toEqual([
      '|Account|Category|Sep 7|Sep 8|Sep 9|Sep 10|Sep 11|Sep 12|Sep 13|Total|',
      '|Bright Smiles Dental|Meeting|45 min|0:45|',
      '|Bright Smiles Dental|Prep|15 min|0:15|',
      '|Total|1:00|1:00|',
    ]);
    expect(sheet.byCategory).toEqual({ meeting: 45, prep: 15 });
  });
});

describe('exportText', () => {
  it('hands the file to the platform as UTF-8 bytes', async () => {
    const saved: SaveFileRequest[] = [];
    await exportText(
      fakePlatform(saved),
      'Workplan 2026-09-07.csv',
      'Date,Account\r\n2026-09-07,Café Dental\r\n',
      'text/csv',
    );
    expect(saved.map((s) => [s.suggestedName, s.mimeType, new TextDecoder().decode(s.bytes)])).toEqual([
      ['Workplan 2026-09-07.csv', 'text/csv', 'Date,Account\r\n2026-09-07,Café Dental\r\n'],
    ]);
  });
});
