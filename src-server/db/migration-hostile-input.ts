/**
 * Migration 3 (issue 12, the server under hostile input). Kept apart from migrations.ts so the
 * SQL reads as one piece; it is listed there after migration 2.
 *
 * - users.deactivated_at: a deactivated user's token stops at once; their accounts stay put.
 * - mutations.payload_hash: a reused mutation id carrying another change is refused, not
 *   answered `duplicate`.
 * - row_moves: single rows that moved to another account, so the old account's holders are told
 *   to drop them (`removedRows` in the pull).
 * - Names and emails with control characters (accepted before the text rule) are cleaned, and
 *   the accounts that copied a bad owner name get the clean one under a new revision, so every
 *   laptop pulls the repaired row. Rows left alive under a deleted account become tombstones
 *   under that same revision, as deleting an account now does in its own transaction.
 */
const CONTROL = String.raw`'[\x01-\x08\x0B\x0C\x0E-\x1F]'`;
const ISO_NOW = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const HOSTILE_INPUT_MIGRATION = {
  version: 3,
  name: 'deactivated users, mutation payloads, row moves, clean names, no rows under deleted accounts',
  sql: `
    ALTER TABLE users ADD COLUMN deactivated_at timestamptz;
    ALTER TABLE mutations ADD COLUMN payload_hash text;
    CREATE TABLE row_moves (
      rev bigint NOT NULL,
      table_name text NOT NULL,
      id text NOT NULL,
      from_account_id text NOT NULL,
      to_account_id text NOT NULL
    );
    CREATE INDEX row_moves_by_rev ON row_moves (rev);
    CREATE INDEX row_moves_by_row ON row_moves (table_name, id);
    UPDATE users u SET email = regexp_replace(u.email, ${CONTROL}, '', 'g')
     WHERE u.email ~ ${CONTROL}
       AND NOT EXISTS (SELECT 1 FROM users o WHERE o.email = regexp_replace(u.email, ${CONTROL}, '', 'g'));
    UPDATE users SET name = COALESCE(
        NULLIF(btrim(regexp_replace(name, ${CONTROL}, '', 'g')), ''), split_part(email, '@', 1))
     WHERE name ~ ${CONTROL};
    UPDATE rev_counter SET value = value + 1 WHERE id = 1 AND (
      EXISTS (SELECT 1 FROM rows r JOIN account_owners o ON o.account_id = r.id JOIN users u ON u.id = o.owner_id
               WHERE r.table_name = 'accounts' AND NOT r.deleted AND r.data->>'ownerName' IS DISTINCT FROM u.name)
      OR EXISTS (SELECT 1 FROM rows r JOIN rows a ON a.table_name = 'accounts' AND a.id = r.account_id
               WHERE r.table_name <> 'accounts' AND NOT r.deleted AND a.deleted));
    UPDATE rows r SET rev = c.value, updated_at = now(),
        data = r.data || jsonb_build_object('ownerName', u.name, 'rev', c.value, 'updatedAt', ${ISO_NOW})
      FROM account_owners o, users u, rev_counter c
     WHERE r.table_name = 'accounts' AND NOT r.deleted AND o.account_id = r.id AND u.id = o.owner_id AND c.id = 1
       AND r.data->>'ownerName' IS DISTINCT FROM u.name;
    UPDATE rows r SET rev = c.value, deleted = true, updated_at = now(),
        data = r.data || jsonb_build_object('rev', c.value, 'deleted', true, 'updatedAt', ${ISO_NOW})
      FROM rows a, rev_counter c
     WHERE r.table_name <> 'accounts' AND NOT r.deleted AND a.table_name = 'accounts' AND a.id = r.account_id
       AND a.deleted AND c.id = 1;
  `,
} as const;
