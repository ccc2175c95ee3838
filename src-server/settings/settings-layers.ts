import type { Layer } from '../../src-core/user-settings';
import type { LayerScope, SettingsKind } from '../../src-core/user-settings';
import type { SettingsLayerDoc } from '../../src-core/sync/settings-protocol';
import type { Queryable } from '../db/adapter';
import type { WriteTx } from '../store/write-transaction';

/**
 * The stored layers: the team's (one per kind) and each user's own (one per kind and user). A
 * user's id comes only from their token, never from a request, so no request can name another
 * user's layer. Revisions come from the one counter the rows use (`writeTransaction`), so a
 * `since` never skips a layer committed out of order.
 */
interface LayerRecord {
  scope: LayerScope;
  kind: SettingsKind;
  rev: string | number;
  layer: Layer;
  updated_at: string | Date;
}

const toDoc = (r: LayerRecord): SettingsLayerDoc => ({
  scope: r.scope,
  kind: r.kind,
  rev: Number(r.rev),
  layer: r.layer,
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** The team's layers and `userId`'s own, changed after `since`, oldest first. */
export async function layersSince(q: Queryable, userId: string, since: number): Promise<SettingsLayerDoc[]> {
  const rows = await q.query<LayerRecord>(
    `SELECT 'team' AS scope, kind, rev, layer, updated_at FROM team_settings WHERE rev > $2
     UNION ALL
     SELECT 'user' AS scope, kind, rev, layer, updated_at FROM user_settings WHERE user_id = $1 AND rev > $2
     ORDER BY rev`,
    [userId, since],
  );
  return rows.map(toDoc);
}

/** One layer, or null when that source has never set anything. */
export async function readLayer(
  q: Queryable,
  scope: LayerScope,
  userId: string,
  kind: SettingsKind,
): Promise<Layer | null> {
  const [row] =
    scope === 'team'
      ? await q.query<{ layer: Layer }>('SELECT layer FROM team_settings WHERE kind = $1', [kind])
      : await q.query<{ layer: Layer }>('SELECT layer FROM user_settings WHERE user_id = $1 AND kind = $2', [
          userId,
          kind,
        ]);
  return row?.layer ?? null;
}

export interface LayerWrite {
  scope: LayerScope;
  /** The user whose layer it is; for the team's, who wrote it ('admin' from the command line). */
  userId: string;
  kind: SettingsKind;
  layer: Layer;
  now: string;
}

/** Writes a layer under the next revision. Run inside `writeTransaction`. */
export async function writeLayer(tx: WriteTx, write: LayerWrite): Promise<number> {
  const rev = tx.nextRev();
  const layer = JSON.stringify(write.layer);
  if (write.scope === 'team') {
    await tx.query(
      `INSERT INTO team_settings (kind, rev, layer, updated_by, updated_at) VALUES ($1, $2, $3::jsonb, $4, $5)
       ON CONFLICT (kind) DO UPDATE SET rev = EXCLUDED.rev, layer = EXCLUDED.layer,
         updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [write.kind, rev, layer, write.userId, write.now],
    );
  } else {
    await tx.query(
      `INSERT INTO user_settings (user_id, kind, rev, layer, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT (user_id, kind) DO UPDATE SET rev = EXCLUDED.rev, layer = EXCLUDED.layer,
         updated_at = EXCLUDED.updated_at`,
      [write.userId, write.kind, rev, layer, write.now],
    );
  }
  return rev;
}
