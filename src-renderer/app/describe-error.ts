import { PlatformError, describeStoreOpenError } from '../platform';
import { StoreError } from '../store';

/**
 * Turns whatever failed into a sentence a CSM can act on. Technical detail goes to the console
 * with a reason code, never into the message.
 */
export function describeError(error: unknown, action = 'doing that'): { message: string; code: string } {
  // Refusals from the main process (file save, tokens) carry a message meant for the CSM.
  if (error instanceof PlatformError) return { message: error.message, code: `platform_${error.code}` };
  // The store's errors are written for the CSM already ("The note can't be saved: body is empty.").
  if (error instanceof StoreError) return { message: error.message, code: `store_${error.code}` };
  const problem = describeStoreOpenError(error);
  if (problem.kind !== 'unknown')
    return { code: `store_${problem.kind}`, message: `${problem.title}. ${problem.message}` };
  return {
    code: 'unexpected',
    message: `Something went wrong while ${action}. Try again; if it keeps happening, reload Fieldbook.`,
  };
}

/** Logs the technical reason once, with a code, and returns what to tell the CSM. */
export function reportError(error: unknown, context: string): string {
  const { message, code } = describeError(error, context);
  console.error(`[fieldbook] ${context} failed (${code})`, error);
  return message;
}
