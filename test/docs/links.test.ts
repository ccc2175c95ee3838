import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README and docs/ are read on a fresh clone: every link they make must land on a file in the
 * repository, and none may point at the folder beside it (`../shared`), which a clone does not have.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const PAGES = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];

/** Relative link targets of a page: `[text](target)` without a scheme, minus any #anchor. */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0]!);
}

describe('README and docs/', () => {
  it.each(PAGES.map((page) => [relative(ROOT, page), page]))('%s links only to files in the repository', (_, page) => {
    const text = readFileSync(page, 'utf8');
    expect(text).not.toMatch(/\.\.\/shared\b|\/work\/shared/);
    const broken = relativeLinks(text).filter((target) => {
      const path = resolve(dirname(page), target);
      return !path.startsWith(ROOT) || !existsSync(path);
    });
    expect(broken).toEqual([]);
  });

  it('the docs pages the README promises exist', () => {
    for (const page of ['architecture', 'sync', 'decks', 'glossary', 'contributing', 'design', 'style', 'reliability'])
      expect(existsSync(join(ROOT, 'docs', `${page}.md`))).toBe(true);
    expect(markdownFiles(join(ROOT, 'docs/decisions')).length).toBeGreaterThanOrEqual(4);
  });
});
