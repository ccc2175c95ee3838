import { describe, expect, it } from 'vitest';
import type { AccountData } from '../../../src-core/health';
import type { ScorecardPart } from '../../../src-core/scorecard';
import { AccountResults, MAX_SCORECARD_PERIODS } from '../../../src-renderer/workers/account-results';

const account = { account: { id: 'acc-1' } } as AccountData;
const part = (key: string) => ({ key }) as unknown as ScorecardPart;
const quarters = (n: number) => Array.from({ length: n }, (_, i) => `${2020 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);

describe('scorecard parts held per account', () => {
  it('holds the periods used last and computes again one that fell out', () => {
    const results = new AccountResults();
    const computed: string[] = [];
    const ask = (key: string) =>
      results.scorecardPart(account, key, () => {
        computed.push(key);
        return part(key);
      });
    const keys = quarters(MAX_SCORECARD_PERIODS + 1);
    for (const key of keys.slice(0, MAX_SCORECARD_PERIODS)) ask(key);
    // The first quarter is asked again, so it is the last used; the second is now the oldest.
    expect(ask(keys[0]!)).toEqual(part(keys[0]!));
    ask(keys.at(-1)!);
    computed.length = 0;
    // Every other quarter is still held (asking a held one computes nothing and drops nothing)…
    for (const key of keys.filter((k) => k !== keys[1])) ask(key);
    expect(computed).toEqual([]);
    // …and the one that fell out is computed again.
    ask(keys[1]!);
    expect(computed).toEqual([keys[1]]);
  });

  it('gives the held part back without computing it again', () => {
    const results = new AccountResults();
    let calls = 0;
    const compute = (key: string) => () => {
      calls += 1;
      return part(key);
    };
    const first = results.scorecardPart(account, '2026-Q4', compute('a'));
    const again = results.scorecardPart(account, '2026-Q4', compute('b'));
    expect(again).toBe(first);
    expect(calls).toBe(1);
  });
});
