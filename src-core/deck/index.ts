/** QBR decks and monthly value reports: data → spec (pure, reviewable) → .pptx bytes. */
export * from './types';
export { buildQbrSpec, DeckInputError } from './spec/qbr-spec';
export { buildValueReportSpec } from './spec/value-report-spec';
export { buildCaseStudySpec } from './spec/case-study-spec';
export { renderDeck } from './render/render-deck';
export { deckFileName, deckFileNames, deckKindLabel } from './deck-file-name';
export { decksDue, type DeckDue, type DueWindow } from './decks-due';
export { DEFAULT_BRANDING } from './theme';

export { deckOutline } from './outline';
export { deckDataHash, deckRecordFor, previousDeckChoices } from './deck-record';
export * from './template';
export * from './send';
