interface Props {
  accounts: readonly { id: string; name: string }[];
  value: string;
  onChange: (accountId: string) => void;
  /** The empty first choice ("Choose an account…"); without it, an account is always chosen. */
  placeholder?: string;
  required?: boolean;
  'aria-label'?: string;
}

/** Accounts in the order every picker lists them: by name, as the Book does. */
export function byName<A extends { name: string }>(accounts: readonly A[]): A[] {
  return [...accounts].sort((a, b) => a.name.localeCompare(b.name));
}

/** Picks one account of the book, listed by name as the Book lists them; the one account picker of every form. */
export function AccountSelect({ accounts, value, onChange, placeholder, required, 'aria-label': label }: Props) {
  return (
    <select required={required} value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {byName(accounts).map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
}
