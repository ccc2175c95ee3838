import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/design.md, style.md and reliability.md are the team's shared documents, copied verbatim so
 * a clone has them. The team's folder is the source: where it sits beside the repository (as in
 * CI and on the team's machines; FIELDBOOK_SHARED_DOCS names another place), each copy must be
 * byte-identical to it, so a change there fails here until it is copied in (docs/contributing.md).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = process.env.FIELDBOOK_SHARED_DOCS ?? resolve(ROOT, '..', 'shared');
const COPIES = [
  ['docs/design.md', 'DESIGN.md'],
  ['docs/style.md', 'STYLE.md'],
  ['docs/reliability.md', 'RELIABILITY.md'],
] as const;

describe.skipIf(!existsSync(join(SHARED, 'DESIGN.md')))(
  'the shared documents in docs/ (needs the team folder beside the repository)',
  () => {
    it.each(COPIES)('%s is byte-identical to the team copy %s', (copy, source) => {
      const ours = readFileSync(join(ROOT, copy));
      const theirs = readFileSync(join(SHARED, source));
      expect(ours.equals(theirs), `${copy} differs from ${join(SHARED, source)}: copy it in`).toBe(true);
    });
  },
);
