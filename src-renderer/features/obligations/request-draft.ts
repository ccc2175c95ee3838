import { buildEml, type Mailbox } from '../../../src-core/deck';
import type { ClientRequestKind } from '../../../src-core/model';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import type { Platform } from '../../platform';

/**
 * Saves a request email as an `.eml` draft with the decks' one writer (`buildEml`), for the CSM to
 * open in their mail app and send: it works offline, and the sent mail stays in their own mailbox.
 */
export async function saveRequestEml(
  platform: Platform,
  input: {
    from: Mailbox | null;
    to: Mailbox[];
    subject: string;
    body: string;
    accountName: string;
    kind: ClientRequestKind;
  },
): Promise<{ saved: true; location: string; fileId?: string } | { saved: false; message: string | null }> {
  const eml = buildEml({
    from: input.from,
    to: input.to,
    subject: input.subject,
    body: input.body,
    attachment: null,
    date: BROWSER_CLOCK.now(),
    id: BROWSER_CLOCK.newId(),
  });
  const what = input.kind === 'feedback' ? 'feedback request' : 'referral request';
  const saved = await platform.saveFile({
    // The platform makes the name safe for the file system (downloadFileName, main's safe path).
    suggestedName: `${input.accountName} — ${what}.eml`,
    mimeType: 'message/rfc822',
    bytes: new TextEncoder().encode(eml),
    destination: 'ask',
  });
  if (saved.saved) return { saved: true, location: saved.location, fileId: saved.fileId };
  return {
    saved: false,
    message: saved.reason === 'cancelled' ? null : (saved.message ?? 'The email could not be saved.'),
  };
}
