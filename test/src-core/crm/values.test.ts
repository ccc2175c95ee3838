import { describe, expect, it } from 'vitest';
import { hubspotId, salesforceId18 } from '../../../src-core/crm/crm-ids';
import { dateOrderOf, parseDay, parseInstant } from '../../../src-core/crm/dates';
import { parseDurationMinutes, parseMoney, parseNumber } from '../../../src-core/crm/values';
import { instantAt } from '../../../src-core/time';

describe('dates as CRMs write them', () => {
  it.each([
    ['2026-03-14', '2026-03-14'], // Data Loader date
    ['3/14/2026', '2026-03-14'], // US report
    ['03/14/26', '2026-03-14'],
    ['Mar 14, 2026', '2026-03-14'],
    ['14-Mar-2026', '2026-03-14'],
    ['Saturday, March 14, 2026', '2026-03-14'],
    ['14.03.2026', '2026-03-14'], // dots are always day-first
    ['2026-02-30', null],
    ['13/14/2026', null],
    ['N/A', null],
  ])('%s is %s (month-first file)', (text, day) => {
    expect(parseDay(text, 'mdy')).toBe(day);
  });

  it('reads 03/04/2026 by the file order, and settles the order from a value that can only be one', () => {
    expect(parseDay('03/04/2026', 'mdy')).toBe('2026-03-04');
    expect(parseDay('03/04/2026', 'dmy')).toBe('2026-04-03');
    expect(dateOrderOf('13/03/2026')).toBe('dmy');
    expect(dateOrderOf('03/13/2026')).toBe('mdy');
    expect(dateOrderOf('03/04/2026')).toBeNull();
  });

  it('reads times with their zone, and times without one on the CSM clock (across daylight saving)', () => {
    const chicago = 'America/Chicago';
    expect(parseInstant('2026-03-14T15:00:00.000+0000', 'mdy', chicago)).toBe('2026-03-14T15:00:00.000Z');
    // 2:30 PM CDT (UTC-5; DST began 8 March 2026) = 19:30 UTC
    expect(parseInstant('3/14/2026 2:30 PM', 'mdy', chicago)).toBe('2026-03-14T19:30:00.000Z');
    // HubSpot's "2026-11-02 09:00": CST (UTC-6) after the 1 November change = 15:00 UTC
    expect(parseInstant('2026-11-02 09:00', 'mdy', chicago)).toBe('2026-11-02T15:00:00.000Z');
    // A bare date is noon on the CSM's clock, so it stays on its day
    expect(parseInstant('2026-03-14', 'mdy', chicago)).toBe('2026-03-14T17:00:00.000Z');
    expect(parseInstant('3/14/2026 13:30 PM', 'mdy', chicago)).toBeNull();
  });

  it('turns wall-clock times into instants around the daylight-saving changes', () => {
    // Spring forward: 02:30 does not exist in New York on 8 March 2026; it moves to 03:30 EDT = 07:30 UTC.
    expect(instantAt('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    // Fall back: 01:30 happens twice on 1 November; the first (EDT, UTC-4) is 05:30 UTC.
    expect(instantAt('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('money and numbers as reports write them', () => {
  it.each([
    ['$1,234.56', '.', 123_456],
    ['(1,234.56)', '.', -123_456], // accounting negative
    ['USD 1234', '.', 123_400],
    ['1.234,56 €', '.', 123_456], // both marks: the last one is the decimal
    ['1 234,56', ',', 123_456],
    ['1,234', '.', 123_400], // a thousands separator in a US file
    ['1,234', ',', 123], // a decimal comma in a ;-separated file
    ['$0.10', '.', 10],
    ['-$5.005', '.', -501], // half a cent rounds away from zero
    ['1,2,3.4', '.', null],
    ['abc', '.', null],
    ['', '.', null],
  ] as const)('%s (decimal mark %s) is %s cents', (text, mark, cents) => {
    expect(parseMoney(text, mark)).toBe(cents);
  });

  it('reads counts and percentages', () => {
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('12.5%')).toBe(12.5);
    expect(parseNumber('12,5', ',')).toBe(12.5);
  });

  it('reads call and meeting durations in their units', () => {
    expect(parseDurationMinutes('00:22:30', 'milliseconds')).toBe(23); // 22.5 minutes, rounded
    expect(parseDurationMinutes('900', 'seconds')).toBe(15);
    expect(parseDurationMinutes('1350000', 'milliseconds')).toBe(23);
    expect(parseDurationMinutes('1h 30m', 'minutes')).toBe(90);
  });
});

describe('record ids', () => {
  it("turns a report's 15-character Salesforce id into the 18-character case-safe id", () => {
    // Salesforce's documented example
    expect(salesforceId18('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    expect(salesforceId18('001D000000IqhSLIAZ')).toBe('001D000000IqhSLIAZ');
    expect(salesforceId18('not an id')).toBeNull();
  });

  it('reads HubSpot record ids, also as a spreadsheet rewrote them', () => {
    expect(hubspotId('9871001')).toBe('9871001');
    expect(hubspotId('9871001.0')).toBe('9871001');
    expect(hubspotId('98x')).toBeNull();
  });
});
