import type { OutboxEntry } from '../store/types';

type Row = Record<string, unknown> & { id: string };

/**
 * A row as this laptop should show it: the server's value, then the CSM's pending edits on top,
 * in write order (DESIGN §5: rebase). `undefined` means the row does not exist locally.
 */
export function rebaseRow(base: Row | undefined, pending: OutboxEntry[], id: string): Row | undefined {
  let row = base;
  for (const entry of pending) {
    if (entry.op === 'delete') row = undefined;
    else if (entry.op === 'upsert')
      row = { ...(row ?? { rev: 0, deleted: false, updatedAt: entry.createdAt }), ...entry.fields, id };
    else if (row) row = { ...row, ...entry.fields };
  }
  return row;
}

export function rowKey(table: string, id: string): string {
  return `${table}\u0000${id}`;
}

/** Pending entries by row, each list in write order. */
export function pendingByRow(outbox: OutboxEntry[]): Map<string, OutboxEntry[]> {
  const map = new Map<string, OutboxEntry[]>();
  for (const entry of [...outbox].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) {
    const key = rowKey(entry.table, entry.id);
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  }
  return map;
}
