import { describe, expect, it } from 'vitest';
import { emptyBookTables } from '../../../src-core/model';
import { accountsFile, tasksFile } from './large-files';
import { plan } from './fixture-files';

const ROWS = 100_000;
const MB = 1024 * 1024;

describe('a 100,000-row export', () => {
  it('streams through in chunks, every row read and planned, with memory that grows with the rows kept, not the text', async () => {
    const tasks = tasksFile(ROWS, 500);
    let peak = 0;
    const sampled = {
      name: tasks.name,
      async *chunks() {
        for await (const chunk of tasks.chunks()) {
          peak = Math.max(peak, process.memoryUsage().heapUsed);
          yield chunk;
        }
      },
    };
    const before = process.memoryUsage().heapUsed;
    const result = await plan([accountsFile(500), sampled], emptyBookTables());
    const after = process.memoryUsage().heapUsed;
    expect(result.issues).toEqual([]);
    expect(result.counts.activities).toEqual({ created: ROWS, updated: 0, unchanged: 0 });
    expect(result.counts.accounts?.created).toBe(500);
    const fileMb = tasks.bytes() / MB;
    const growthMb = (Math.max(peak, after) - before) / MB;
    console.info(`100,000 rows: file ${fileMb.toFixed(1)} MB, peak heap growth ${growthMb.toFixed(0)} MB`);
    // The 16 MB file is never held as text (33 MB as a JS string) beside its rows: what grows is the
    // 100,500 rows the all-or-nothing write needs, a few KB each.
    expect(growthMb / ROWS).toBeLessThan(4 / 1024);
  }, 180_000);
});
