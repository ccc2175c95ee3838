import { describe, expect, it } from 'vitest';
import { emptyMapping, parseImportMapping, tableCsv, withColumn, withVocab } from '../../../src-core/crm';
import { toCsv } from '../../../src-core/today/csv';
import { inputOf, read } from './fixture-files';

describe('Export CSV of any table', () => {
  it('writes one column per field, lists as JSON, and neutralises formula-looking cells for spreadsheets', () => {
    const rows = [
      {
        id: 'n-1',
        rev: 2,
        deleted: false,
        updatedAt: '2026-09-01T10:00:00.000Z',
        accountId: 'a-1',
        body: '=HYPERLINK("http://evil")',
        pinned: true,
        tags: ['x'],
      },
      {
        id: 'n-2',
        rev: 1,
        deleted: false,
        updatedAt: '2026-09-02T10:00:00.000Z',
        accountId: 'a-1',
        body: '+1 555 0100, then @team',
        pinned: false,
        tags: [],
      },
    ];
    const text = tableCsv(rows as never);
    expect(text.split('\r\n')).toEqual([
      'id,accountId,body,pinned,tags,rev,deleted,updatedAt',
      'n-1,a-1,"\'=HYPERLINK(""http://evil"")",true,"[""x""]",2,false,2026-09-01T10:00:00.000Z',
      'n-2,a-1,"\'+1 555 0100, then @team",false,[],1,false,2026-09-02T10:00:00.000Z',
      '',
    ]);
  });

  it('reads back its own neutralised cells as the text they were', async () => {
    const csv = toCsv(['Account Name', 'Billing City', 'Industry'], [['-Dash Co', '=Austin', '@Legal']]);
    const batch = await read([inputOf('accounts.csv', csv)]);
    expect(batch.rows[0]?.fields).toMatchObject({ name: '-Dash Co', city: '=Austin', industry: '@Legal' });
  });

  it('keeps CRM files exact when asked: an importer stores what it reads', () => {
    expect(toCsv(['Note'], [['- call back']], { neutralise: false })).toBe('Note\r\n- call back\r\n');
    expect(toCsv(['Note'], [['- call back']])).toBe("Note\r\n'- call back\r\n");
  });
});

describe('the saved mapping', () => {
  it('is validated like every other input: known fields, Fieldbook values, real time zones', () => {
    const good = withVocab(
      withColumn(emptyMapping(), 'salesforce.accounts', 'tier', 'customtierc'),
      'opportunityStage',
      'Legal Review',
      'proposed',
    );
    expect(parseImportMapping(JSON.parse(JSON.stringify(good)))).toEqual({ ok: true, value: good });
    const bad = {
      ...good,
      vocab: { opportunityStage: { legalreview: 'maybe' } },
      options: { timeZone: 'Mars/Olympus' },
    };
    const checked = parseImportMapping(bad);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems.join(' ')).toMatch(/legalreview must be one of.*options.timeZone is not a time zone/);
  });
});
