import type { ReactNode } from 'react';

/**
 * One labelled form field with its problem under it (read out as an alert). `wide` spans the whole
 * row of a two-column form. One field, so every form's labels and errors look and read the same.
 */
export function FormField({
  id,
  label,
  problem,
  wide = false,
  children,
}: {
  id: string;
  label: string;
  problem?: string | undefined;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {problem && (
        <span className="bad-text" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
