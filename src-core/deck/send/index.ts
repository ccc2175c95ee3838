/** Sending a deck: the covering email (client text only) and the .eml draft with the deck attached. */
export { buildEml, type Mailbox } from './eml';
export { deckEmailDraft, type DeckEmailDraft } from './deck-email';
