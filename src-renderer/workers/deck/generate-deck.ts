import { DeckInputError, deckDataHash, deckFileName, deckRecordFor, renderDeck } from '../../../src-core/deck';
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
  request: Omit<DeckBatchRequest, 'jobs' | 'type' | 'dbName'>,
  job: DeckJob,
  index: number,
  newId: () => string,
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
  };
  const spec = request.kind === 'qbr' ? buildQbrSpec(input) : buildValueReportSpec(input);
  const bytes = await renderDeck(spec);
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
    warnings: spec.warnings,
  };
}

/** A failure in words a CSM can act on; programming errors keep their own message for the log. */
export function describeDeckFailure(error: unknown): string {
  if (error instanceof DeckInputError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `The deck could not be built (${detail.replace(/\s+/g, ' ').slice(0, 200)}).`;
}
