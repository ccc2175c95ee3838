import {
  DeckInputError,
  deckDataHash,
  deckFileName,
  deckRecordFor,
  loadTemplate,
  renderDeck,
  type DeckTemplate,
} from '../../../src-core/deck';
import { buildQbrSpec } from '../../../src-core/deck/spec/qbr-spec';
import { buildValueReportSpec } from '../../../src-core/deck/spec/value-report-spec';
import type { BookTables } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import type { DeckBatchRequest, DeckJob, DeckReply } from './deck-protocol';

/**
 * One account's deck, from the book in memory to the bytes and the record to store: the same
 * spec builders and renderer as `npm run deck`, so the app and the command line cannot differ.
 */
export async function generateDeck(
  book: BookTables,
  request: Omit<DeckBatchRequest, 'jobs' | 'type' | 'book' | 'template'>,
  job: DeckJob,
  index: number,
  newId: () => string,
  template: LoadedTemplate = NO_TEMPLATE,
): Promise<DeckReply<'deck'>> {
  const period = parsePeriod(request.periodKey);
  const input = {
    book,
    accountId: job.accountId,
    period,
    branding: request.branding,
    now: request.now,
    settings: request.settings,
    commentary: job.commentary,
    omittedSlides: job.omittedSlides,
    includedSlides: job.includedSlides,
    ...(job.renewalOptions && { renewalOptions: job.renewalOptions }),
  };
  const spec = request.kind === 'qbr' ? buildQbrSpec(input) : buildValueReportSpec(input);
  const bytes = await renderDeck(spec, template.template);
  const accountName = book.accounts.find((a) => a.id === job.accountId)?.name ?? spec.accountName;
  const fileName = deckFileName(accountName, request.kind, period.key);
  const record = deckRecordFor({
    id: newId(),
    spec,
    sizeBytes: bytes.byteLength,
    fileName,
    dataHash: deckDataHash(book, job.accountId),
    commentary: job.commentary,
    omittedSlides: job.omittedSlides,
    includedSlides: job.includedSlides,
  });
  // A fresh buffer of exactly the deck's bytes, so transferring it hands over nothing else.
  const buffer =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? (bytes.buffer as ArrayBuffer)
      : bytes.slice().buffer;
  return {
    type: 'deck',
    index,
    accountId: job.accountId,
    accountName,
    fileName,
    bytes: buffer,
    record,
    warnings: [...spec.warnings, ...template.warnings],
  };
}

/** The batch's template, read once: decks fall back to the branding colours (and say so) when it cannot be read. */
export interface LoadedTemplate {
  template: DeckTemplate | null;
  warnings: string[];
}

export const NO_TEMPLATE: LoadedTemplate = { template: null, warnings: [] };

export async function loadBatchTemplate(kept: DeckBatchRequest['template']): Promise<LoadedTemplate> {
  if (!kept) return NO_TEMPLATE;
  const loaded = await loadTemplate(kept.name, kept.bytes);
  return loaded.ok ? { template: loaded.template, warnings: [] } : { template: null, warnings: [loaded.warning] };
}

/** A failure in words a CSM can act on; programming errors keep their own message for the log. */
export function describeDeckFailure(error: unknown): string {
  if (error instanceof DeckInputError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `The deck could not be built (${detail.replace(/\s+/g, ' ').slice(0, 200)}).`;
}
