import { describe, expect, it } from 'vitest';
import {
  bookTotals,
  filterBook,
  industriesOf,
  nextSort,
  NO_FILTER,
  sortBook,
} from '../../../src-renderer/features/book/book-rows';
import { makeBookRow } from './builders';

const TODAY = '2026-11-22';
const rows = [
  makeBookRow(
    {
      id: 'a',
      name: 'Smile Dental',
      industry: 'Dental practice',
      tier: 'gold',
      stage: 'active',
      city: 'Austin',
      ownerName: 'Sam',
    },
    { monthlyValueCents: 500_000, renewalDate: '2027-03-01', lastContactAt: '2026-11-20T10:00:00Z', openTickets: 2 },
  ),
  makeBookRow(
    {
      id: 'b',
      name: 'ridgeline Heating',
      industry: 'HVAC',
      tier: 'platinum',
      stage: 'at_risk',
      city: 'Columbus',
      ownerName: 'Alex',
    },
    { monthlyValueCents: 1_200_000, renewalDate: '2027-02-20', lastContactAt: '2026-09-01T10:00:00Z', openTickets: 0 },
  ),
  makeBookRow(
    {
      id: 'c',
      name: 'Apex Roofing',
      industry: 'Roofing',
      tier: 'bronze',
      stage: 'onboarding',
      city: 'Denver',
      ownerName: 'Sam',
    },
    { monthlyValueCents: 150_000, renewalDate: null, lastContactAt: null, openTickets: 1 },
  ),
  makeBookRow(
    {
      id: 'd',
      name: 'Blue Law',
      industry: 'Law firm',
      tier: 'gold',
      stage: 'active',
      city: 'Austin',
      ownerName: 'Kim',
    },
    { monthlyValueCents: 500_000, renewalDate: '2026-12-15', lastContactAt: '2026-11-01T10:00:00Z', openTickets: 0 },
  ),
];
const contacts = new Map([
  ['a', ['Dr. Priya Patel', 'Tom Nguyen']],
  ['c', ['Maria Lopez']],
]);
const ids = (list: { account: { id: string } }[]) => list.map((r) => r.account.id);

describe('filtering the Book', () => {
  it('searches account names, cities and contact names, ignoring case', () => {
    expect(ids(filterBook(rows, { ...NO_FILTER, search: 'RIDGE' }, contacts))).toEqual(['b']);
    expect(ids(filterBook(rows, { ...NO_FILTER, search: 'austin' }, contacts))).toEqual(['a', 'd']);
    expect(ids(filterBook(rows, { ...NO_FILTER, search: 'patel' }, contacts))).toEqual(['a']);
    expect(ids(filterBook(rows, { ...NO_FILTER, search: '  lopez ' }, contacts))).toEqual(['c']);
    expect(ids(filterBook(rows, { ...NO_FILTER, search: 'nobody' }, contacts))).toEqual([]);
  });

  it('narrows by tier, stage and industry together', () => {
    expect(ids(filterBook(rows, { ...NO_FILTER, tier: 'gold' }, contacts))).toEqual(['a', 'd']);
    expect(ids(filterBook(rows, { ...NO_FILTER, tier: 'gold', industry: 'Law firm' }, contacts))).toEqual(['d']);
    expect(ids(filterBook(rows, { ...NO_FILTER, stage: 'at_risk' }, contacts))).toEqual(['b']);
  });

  it('leaves out deleted accounts', () => {
    const withDeleted = [...rows, makeBookRow({ id: 'x', name: 'Gone Co', deleted: true })];
    expect(ids(filterBook(withDeleted, NO_FILTER, contacts))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('sorting the Book', () => {
  it('sorts by name, ignoring case', () => {
    expect(ids(sortBook(rows, { key: 'name', direction: 'asc' }, TODAY))).toEqual(['c', 'd', 'b', 'a']);
    expect(ids(sortBook(rows, { key: 'name', direction: 'desc' }, TODAY))).toEqual(['a', 'b', 'd', 'c']);
  });

  it('sorts by monthly value, ties in name order', () => {
    expect(ids(sortBook(rows, { key: 'monthlyValue', direction: 'desc' }, TODAY))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('ranks tiers platinum first', () => {
    expect(ids(sortBook(rows, { key: 'tier', direction: 'asc' }, TODAY))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('keeps accounts without a renewal date or a contact at the bottom in both directions', () => {
    expect(ids(sortBook(rows, { key: 'renewal', direction: 'asc' }, TODAY))).toEqual(['d', 'b', 'a', 'c']);
    expect(ids(sortBook(rows, { key: 'renewal', direction: 'desc' }, TODAY))).toEqual(['a', 'b', 'd', 'c']);
    // Days since last contact: a 2, b 82, d 21; c never.
    expect(ids(sortBook(rows, { key: 'lastContact', direction: 'desc' }, TODAY))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(sortBook(rows, { key: 'lastContact', direction: 'asc' }, TODAY))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('does not reorder the rows it was given', () => {
    const before = ids(rows);
    sortBook(rows, { key: 'openTickets', direction: 'desc' }, TODAY);
    expect(ids(rows)).toEqual(before);
  });

  it('flips direction on a second click; numbers start with the largest', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSort({ key: 'name', direction: 'asc' }, 'monthlyValue')).toEqual({
      key: 'monthlyValue',
      direction: 'desc',
    });
    expect(nextSort({ key: 'monthlyValue', direction: 'desc' }, 'renewal')).toEqual({
      key: 'renewal',
      direction: 'asc',
    });
  });
});

describe('totals', () => {
  it('counts accounts and adds monthly value in cents', () => {
    expect(bookTotals(rows)).toEqual({ accounts: 4, monthlyValueCents: 2_350_000 });
    expect(bookTotals([])).toEqual({ accounts: 0, monthlyValueCents: 0 });
  });

  it('lists each industry once, alphabetically', () => {
    expect(industriesOf([...rows, rows[0]!])).toEqual(['Dental practice', 'HVAC', 'Law firm', 'Roofing']);
  });
});
