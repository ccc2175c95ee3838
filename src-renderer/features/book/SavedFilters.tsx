import { useState } from 'react';
import { usePreference, writePreference } from '../../app/preferences';
import { NO_FILTER, type BookFilter } from './book-rows';
import { parseSavedFilters, sameFilter, withoutSaved, withSaved } from './saved-filters';

interface Props {
  filter: BookFilter;
  onChange(filter: BookFilter): void;
}

/** Named Book filters kept on this laptop ("Gold renewing"): pick one to apply it, save the current one, delete one. */
export function SavedFilters({ filter, onChange }: Props) {
  const saved = parseSavedFilters(usePreference('bookSavedFilters'));
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const current = saved.find((s) => sameFilter(s.filter, filter));
  const store = (list: typeof saved) => writePreference('bookSavedFilters', JSON.stringify(list));
  const filtered = !sameFilter(filter, NO_FILTER);
  return (
    <div className="saved-filters">
      {saved.length > 0 && (
        <label className="filter">
          <span className="filter__label">Saved</span>
          <select
            value={current?.name ?? ''}
            onChange={(e) => onChange(saved.find((s) => s.name === e.target.value)?.filter ?? NO_FILTER)}
          >
            <option value="">—</option>
            {saved.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {current && (
        <button type="button" className="button button--ghost" onClick={() => store(withoutSaved(saved, current.name))}>
          Delete “{current.name}”
        </button>
      )}
      {filtered && !current && !naming && (
        <button type="button" className="button button--ghost" onClick={() => setNaming(true)}>
          Save filter…
        </button>
      )}
      {naming && (
        <form
          className="saved-filters__name"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() === '') return;
            store(withSaved(saved, name, filter));
            setNaming(false);
            setName('');
          }}
        >
          <input aria-label="Name this filter" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button--small" disabled={name.trim() === ''}>
            Save
          </button>
        </form>
      )}
    </div>
  );
}
