import type { BookTables, DeckRecord, TableName } from '../model';
import { TABLE_NAMES } from '../model';
import { fnv1a32 } from '../text/stable-hash';
import type { DeckSpec } from './types';

/**
 * A fingerprint of the account's rows (id and revision of each), so the Decks screen can tell
 * a deck that no longer matches its data. FNV-1a over a sorted list: cheap, stable, not secret.
 */
export function deckDataHash(book: BookTables, accountId: string): string {
  const keys: string[] = [];
  for (const table of TABLE_NAMES) {
    for (const row of book[table] as { id: string; rev: number; accountId?: string; deleted: boolean }[]) {
      const owner = (table as TableName) === 'accounts' ? row.id : row.accountId;
      if (owner === accountId && !row.deleted && table !== 'decks') keys.push(`${table}:${row.id}:${row.rev}`);
    }
  }
  keys.sort();
  return `fnv1a:${keys.length}:${fnv1a32(keys.map((key) => `${key}\n`).join(''))}`;
}

/**
 * The DeckRecord to store once the file is saved: what was generated, when, from which data,
 * with the CSM's commentary and omissions kept for the next deck of this account and period.
 */
export function deckRecordFor(args: {
  id: string;
  spec: DeckSpec;
  sizeBytes: number;
  fileName: string;
  dataHash: string;
  commentary: Record<string, string>;
  omittedSlides: string[];
  includedSlides?: string[];
  /** The case study a case-study deck tells. */
  caseStudyId?: string;
}): DeckRecord {
  const { spec } = args;
  return {
    id: args.id,
    rev: 0,
    deleted: false,
    updatedAt: spec.generatedAt,
    accountId: spec.accountId,
    kind: spec.kind,
    period: spec.period.key,
    generatedAt: spec.generatedAt,
    fileName: args.fileName.slice(0, 300),
    slideCount: spec.slides.length,
    sizeBytes: args.sizeBytes,
    dataHash: args.dataHash,
    commentary: Object.fromEntries(
      Object.entries(args.commentary)
        .filter(([k, v]) => k.length <= 60 && v.trim() !== '')
        .map(([k, v]) => [k, v.slice(0, 5_000)]),
    ),
    omittedSlides: args.omittedSlides.filter((k) => k.length <= 60).slice(0, 50),
    includedSlides: (args.includedSlides ?? []).filter((k) => k.length <= 60).slice(0, 50),
    ...(spec.renewalOptions.length > 0 && {
      renewalOptions: spec.renewalOptions.filter((o) => o.picked).map((o) => o.key.slice(0, 80)),
    }),
    ...(args.caseStudyId && { caseStudyId: args.caseStudyId }),
    plan: spec.plan
      .slice(0, 100)
      .map((p) => ({ ...p, objective: p.objective.slice(0, 500), owner: p.owner.slice(0, 200) })),
  };
}

/** The commentary, omissions and inclusions of the latest deck for this account, kind and period, to carry forward. */
export function previousDeckChoices(
  book: BookTables,
  accountId: string,
  kind: DeckSpec['kind'],
  periodKey: string,
): {
  commentary: Record<string, string>;
  omittedSlides: string[];
  includedSlides: string[];
  renewalOptions?: string[];
} {
  const last = book.decks
    .filter((d) => !d.deleted && d.accountId === accountId && d.kind === kind && d.period === periodKey)
    .sort((a, b) => b.generatedAt.localeCompare(a.generatedAt))[0];
  return {
    commentary: { ...(last?.commentary ?? {}) },
    omittedSlides: [...(last?.omittedSlides ?? [])],
    includedSlides: [...(last?.includedSlides ?? [])],
    ...(last?.renewalOptions && { renewalOptions: [...last.renewalOptions] }),
  };
}
