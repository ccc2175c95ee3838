import { useState, type FormEvent } from 'react';
import { TIME_CATEGORIES, type TimeCategory } from '../../../src-core/model';
import { activeAccounts, type DayBook } from '../../../src-core/today';
import { AccountSelect, byName } from '../shared/AccountSelect';
import { labelOf } from '../shared/format';
import { useAddTimeEntry } from './mutations';

/** One line of the daily timesheet, typed by hand: account, day, category, minutes. */
export function AddTimeForm({ book, today }: { book: DayBook; today: string }) {
  const add = useAddTimeEntry();
  const accounts = activeAccounts(book);
  // The first account the picker lists.
  const [accountId, setAccountId] = useState(byName(accounts)[0]?.id ?? '');
  const [date, setDate] = useState(today);
  const [category, setCategory] = useState<TimeCategory>('email');
  const [minutes, setMinutes] = useState('15');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ accountId, date, category, minutes: Math.round(Number(minutes)), note: '' });
  };
  if (accounts.length === 0) return null;
  return (
    <form className="today-toolbar today-toolbar--form" onSubmit={onSubmit} aria-label="Log time">
      <label className="field">
        Account
        <AccountSelect accounts={accounts} value={accountId} onChange={setAccountId} />
      </label>
      <label className="field">
        Day
        <input type="date" required value={date} max={today} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field">
        Category
        <select value={category} onChange={(e) => setCategory(e.target.value as TimeCategory)}>
          {TIME_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {labelOf(c)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Minutes
        <input type="number" required min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <button type="submit" className="button button--primary" disabled={add.isPending || !accountId}>
        Log time
      </button>
    </form>
  );
}
