import type { Platform } from '../../platform/platform';
import { showToast } from '../../app/toasts';

/** Saves text through the platform (Electron: save dialog; browser: download) and says what happened. */
export async function exportText(
  platform: Platform,
  suggestedName: string,
  text: string,
  mimeType: string,
): Promise<void> {
  const result = await platform.saveFile({ suggestedName, bytes: new TextEncoder().encode(text), mimeType });
  if (result.saved) showToast('success', `Saved ${suggestedName}.`);
  else if (result.reason === 'failed') showToast('error', result.message ?? `Could not save ${suggestedName}.`);
}
