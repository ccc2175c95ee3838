import type { Audience } from '../model';

declare const AUDIENCE: unique symbol;

/**
 * A generated sentence that knows who may read it (DESIGN §9 "Audience"). The brand exists only
 * for the compiler: at run time it is a plain string, so specs still cross workers and JSON as
 * they are. A slide's bullets and a client email's parts accept `ClientText` only, so a risk
 * signal, an internal to-do or a payment detail (all `InternalText`) cannot be put on one: the
 * build fails instead of a client reading it.
 */
export type Said<A extends Audience> = string & { readonly [AUDIENCE]: A };

/** Text a client may read: slides, the monthly insight email, the agenda. */
export type ClientText = Said<'client'>;

/** Text for the CSM only: presenter notes and screens. */
export type InternalText = Said<'internal'>;

/** Marks a sentence as fit for the client. Call it where the sentence is written, never on text from elsewhere. */
export function clientText(text: string): ClientText {
  return text as ClientText;
}

/** Marks a sentence as the CSM's alone. */
export function internalText(text: string): InternalText {
  return text as InternalText;
}

/**
 * Cleaning and cutting a sentence to fit a slot keep its audience: the result is a shorter copy
 * of the same words (or an "…and N more" count of them), never new content.
 */
export function reshapeSaid<A extends Audience>(
  items: readonly Said<A>[],
  reshape: (items: string[]) => string[],
): Said<A>[] {
  return reshape([...items]) as Said<A>[];
}
