import type { AdminReply, AdminRequest } from '../admin/commands';
import { AdminError } from '../admin/admin-error';
import { ADMIN_SECRET_HEADER } from '../http/admin-app';
import type { LockInfo } from './data-lock';

/** Runs an admin command through the local admin channel of the server that owns the data folder. */
export async function runThroughServer(holder: LockInfo, request: AdminRequest): Promise<AdminReply> {
  const url = `http://127.0.0.1:${holder.adminPort}/v1/admin/run`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [ADMIN_SECRET_HEADER]: holder.secret ?? '' },
      body: JSON.stringify(request),
    });
  } catch {
    throw new AdminError(
      `The server holding this data folder (pid ${holder.pid}, admin port ${holder.adminPort}) does not answer; ` +
        'stop it or try again.',
    );
  }
  const body = (await response.json().catch(() => ({}))) as AdminReply & { reason?: string };
  if (!response.ok) throw new AdminError(body.reason ?? `The server refused the command (HTTP ${response.status}).`);
  return body;
}
