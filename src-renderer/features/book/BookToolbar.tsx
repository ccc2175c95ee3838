import { STAGES, TIERS, type Stage, type Tier } from '../../../src-core/model';
import { labelOf } from '../shared/format';
import { NO_FILTER, type BookFilter } from './book-rows';
import { BOOK_SEARCH_ID } from './book-view-state';
import { SavedFilters } from './SavedFilters';

interface Props {
  filter: BookFilter;
  industries: string[];
  onChange(filter: BookFilter): void;
  autoFocusSearch: boolean;
}

/** Search (name, city, contact) and the tier, stage and industry filters. */
export function BookToolbar({ filter, industries, onChange, autoFocusSearch }: Props) {
  const set = (patch: Partial<BookFilter>) => onChange({ ...filter, ...patch });
  const filtered = filter.search !== '' || filter.tier !== '' || filter.stage !== '' || filter.industry !== '';
  return (
    <div className="toolbar" role="search">
      <label className="search">
        <span className="visually-hidden">Search accounts</span>
        <svg className="search__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M7 2a5 5 0 1 1 0 10A5 5 0 0 1 7 2zm0 1.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zm4.2 7.6 2.9 2.9-1.1 1.1-2.9-2.9z" />
        </svg>
        <input
          id={BOOK_SEARCH_ID}
          type="search"
          placeholder="Search accounts, cities, contacts"
          value={filter.search}
          autoFocus={autoFocusSearch}
          onChange={(e) => set({ search: e.target.value })}
        />
        <kbd className="search__hint" aria-hidden>
          /
        </kbd>
      </label>
      <Select label="Tier" value={filter.tier} options={TIERS} onChange={(tier) => set({ tier: tier as Tier | '' })} />
      <Select
        label="Stage"
        value={filter.stage}
        options={STAGES}
        onChange={(stage) => set({ stage: stage as Stage | '' })}
      />
      <Select
        label="Industry"
        value={filter.industry}
        options={industries}
        onChange={(industry) => set({ industry })}
        plain
      />
      {filtered && (
        <button type="button" className="button button--ghost" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      )}
      <SavedFilters filter={filter} onChange={onChange} />
    </div>
  );
}

interface SelectProps {
  label: string;
  value: string;
  options: readonly string[];
  onChange(value: string): void;
  /** Show options as they are (industries are already words). */
  plain?: boolean;
}

function Select({ label, value, options, onChange, plain }: SelectProps) {
  return (
    <label className="filter">
      <span className="filter__label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {plain ? o : labelOf(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
