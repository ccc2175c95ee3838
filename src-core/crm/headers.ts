/**
 * Column headers as the CRMs write them vary in case, spacing and punctuation ("Account Name",
 * "ACCOUNT_NAME", "Account.Name", "﻿Account Name " with a byte-order mark): each is compared by
 * its compact key, lower-case letters and digits only.
 */
export function compactKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface Header {
  /** Position in the row. */
  index: number;
  /** As the file writes it, trimmed; duplicates get " (2)", " (3)"… so each can be chosen. */
  label: string;
  key: string;
}

/** Headers of a file, with duplicates told apart, and a note for each name used twice. */
export function readHeaders(cells: string[]): { headers: Header[]; notes: string[] } {
  const seen = new Map<string, number>();
  const notes: string[] = [];
  const headers = cells.map((cell, index) => {
    const base = cell.replace(/^\uFEFF/, '').trim() || `Column ${index + 1}`;
    const key = compactKey(base);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 2) notes.push(`Two columns are called "${base}": the first is used unless you choose another.`);
    return { index, label: count > 1 ? `${base} (${count})` : base, key: count > 1 ? `${key}${count}` : key };
  });
  return { headers, notes };
}
