import type { Db } from './adapter';
import { HOSTILE_INPUT_MIGRATION } from './migration-hostile-input';

/**
 * Versioned schema, oldest first. Never edit a released migration: add the next one.
 * Every statement runs unchanged on PGlite and on a PostgreSQL server.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'users, ownership, rows, mutations, scope changes',
    sql: `
      CREATE TABLE users (
        id text PRIMARY KEY,
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('csm', 'lead', 'admin')),
        lead_id text REFERENCES users(id),
        -- sha256 of the token: a copy of the database never yields a usable token.
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE account_owners (
        account_id text PRIMARY KEY,
        owner_id text NOT NULL REFERENCES users(id)
      );
      CREATE INDEX account_owners_owner ON account_owners (owner_id);
      -- Every synced row of every table; data is the row exactly as a pull sends it.
      CREATE TABLE rows (
        table_name text NOT NULL,
        id text NOT NULL,
        account_id text NOT NULL,
        rev bigint NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        data jsonb NOT NULL,
        -- The client whose push wrote this version (null for admin imports): note conflicts.
        client_id text,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (table_name, id)
      );
      CREATE INDEX rows_by_rev ON rows (rev, table_name, id);
      CREATE INDEX rows_by_account ON rows (account_id, rev);
      -- One result per (user, client mutation id): a retried push replays it.
      CREATE TABLE mutations (
        user_id text NOT NULL REFERENCES users(id),
        mutation_id text NOT NULL,
        client_id text NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, mutation_id)
      );
      -- Accounts leaving an owner: pulls report them in removedAccounts.
      CREATE TABLE scope_changes (
        rev bigint NOT NULL,
        account_id text NOT NULL,
        from_owner_id text NOT NULL,
        to_owner_id text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX scope_changes_by_rev ON scope_changes (rev);
      -- The single revision counter; writers lock it first so revisions follow commit order.
      CREATE TABLE rev_counter (
        id int PRIMARY KEY CHECK (id = 1),
        value bigint NOT NULL
      );
      INSERT INTO rev_counter (id, value) VALUES (1, 0);
      CREATE TABLE server_meta (
        key text PRIMARY KEY,
        value text NOT NULL
      );
      INSERT INTO server_meta (key, value) VALUES ('tombstone_horizon', '0');
    `,
  },
  {
    version: 2,
    name: 'settings, branding and playbooks that follow the user; team-wide values',
    sql: `
      -- One layer per kind for the whole team (written by an admin) and one per user. A layer is
      -- the sparse JSON of the values that source sets (README: "Settings that follow you").
      CREATE TABLE team_settings (
        kind text PRIMARY KEY CHECK (kind IN ('settings', 'branding', 'playbooks')),
        rev bigint NOT NULL,
        layer jsonb NOT NULL,
        updated_by text,
        updated_at timestamptz NOT NULL
      );
      CREATE TABLE user_settings (
        user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('settings', 'branding', 'playbooks')),
        rev bigint NOT NULL,
        layer jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, kind)
      );
      CREATE INDEX user_settings_by_rev ON user_settings (user_id, rev);
    `,
  },
  HOSTILE_INPUT_MIGRATION,
  {
    version: 4,
    name: 'first syncs page the book account by account',
    sql: `
      -- The full phase of a first sync reads the book in (account_id, table_name, id) order
      -- (sync/pull-full.ts): one range scan per page, however the book's revisions fall.
      CREATE INDEX rows_by_account_row ON rows (account_id, table_name, id);
    `,
  },
];

/** Any fixed number: several server processes starting together migrate one at a time. */
const MIGRATION_LOCK = 7_318_001;

/** Applies the migrations not applied yet (`migrations`: tests stop at an older schema). */
export async function migrate(db: Db, migrations = MIGRATIONS): Promise<number[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const done = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(done.map((r) => Number(r.version)));
    const ran: number[] = [];
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await runStatements(tx, m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      ran.push(m.version);
    }
    return ran;
  });
}

/** Extended-protocol queries take one statement each; migrations hold several. */
async function runStatements(tx: { query: Db['query'] }, sql: string): Promise<void> {
  const statements = sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) await tx.query(statement);
}
