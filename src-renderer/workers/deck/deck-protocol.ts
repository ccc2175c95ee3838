import type { DeckBranding, DeckKind } from '../../../src-core/deck';
import type { AccountData } from '../../../src-core/health';
import type { DeckRecord } from '../../../src-core/model';
import type { Settings } from '../../../src-core/settings';

/**
 * Messages between the screens and the deck worker. The accounts' rows come from the book
 * worker's held book, straight to the deck worker over a MessageChannel (`book`): the book is
 * neither read a second time nor copied through the page. What comes back is one finished deck
 * at a time, its bytes transferred rather than copied, so a 40-deck batch never holds 40 decks
 * in the page.
 */

/** One account's deck: the CSM's commentary, omissions and inclusions travel with it. */
export interface DeckJob {
  accountId: string;
  commentary: Record<string, string>;
  omittedSlides: string[];
  /** Slides with nothing to say the CSM put in anyway. */
  includedSlides: string[];
  /** Renewal options picked; absent: every option suggested. */
  renewalOptions?: string[];
}

export interface DeckBatchRequest {
  type: 'start';
  /** Where the book worker posts the jobs' accounts (one `DeckBookMessage`). */
  book: MessagePort;
  kind: DeckKind;
  periodKey: string;
  /** ISO instant the decks describe the book at. */
  now: string;
  settings: Settings;
  branding: DeckBranding;
  /** The agency's template as kept with the branding (a minimal .potx), or null. */
  template: { name: string; bytes: Uint8Array } | null;
  jobs: DeckJob[];
}

/** The book worker to the deck worker: the batch's accounts as it holds them, or why it could not. */
export type DeckBookMessage = { type: 'accounts'; accounts: AccountData[] } | { type: 'failed'; message: string };

export type DeckWorkerReply =
  /** The worker has started on the account at `index` (0-based). */
  | { type: 'progress'; index: number; accountId: string; accountName: string }
  | {
      type: 'deck';
      index: number;
      accountId: string;
      accountName: string;
      fileName: string;
      bytes: ArrayBuffer;
      /** The DeckRecord to store once the file is saved (its id already chosen). */
      record: DeckRecord;
      warnings: string[];
    }
  | { type: 'failed'; index: number; accountId: string; accountName: string; message: string }
  /** Every job has been answered. */
  | { type: 'done' }
  /** Nothing could be generated (the book could not be read). */
  | { type: 'fatal'; message: string };

export type DeckReply<T extends DeckWorkerReply['type']> = Extract<DeckWorkerReply, { type: T }>;
