import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../../src-renderer/features/book/book-rows';
import {
  parseSavedFilters,
  sameFilter,
  withoutSaved,
  withSaved,
} from '../../../../src-renderer/features/book/saved-filters';

const gold = { ...NO_FILTER, tier: 'gold' as const, stage: 'renewing' as const };
const hvac = { ...NO_FILTER, industry: 'HVAC', search: 'ohio' };

describe('the Book’s saved filters', () => {
  it('are saved by name, a name saved again replaces the old one, sorted, and deleted by name', () => {
    let list = withSaved([], 'Gold renewing', gold);
    list = withSaved(list, ' HVAC in Ohio ', hvac);
    expect(list.map((s) => s.name)).toEqual(['Gold renewing', 'HVAC in Ohio']);
    list = withSaved(list, 'Gold renewing', { ...gold, stage: 'active' });
    expect(list).toHaveLength(2);
    expect(list[0]!.filter.stage).toBe('active');
    expect(withSaved(list, '   ', gold)).toEqual(list);
    expect(withoutSaved(list, 'HVAC in Ohio').map((s) => s.name)).toEqual(['Gold renewing']);
  });

  it('read back what was written, and nothing from a broken or foreign value', () => {
    const list = withSaved(withSaved([], 'Gold renewing', gold), 'HVAC in Ohio', hvac);
    expect(parseSavedFilters(JSON.stringify(list))).toEqual(list);
    expect(parseSavedFilters(null)).toEqual([]);
    expect(parseSavedFilters('[{')).toEqual([]);
    expect(parseSavedFilters(JSON.stringify([{ name: 'x', filter: { ...gold, tier: 'diamond' } }]))).toEqual([]);
  });

  it('match the Book’s filter exactly', () => {
    expect(sameFilter(gold, { ...gold })).toBe(true);
    expect(sameFilter(gold, { ...gold, search: 'a' })).toBe(false);
  });
});
