import { describe, expect, it } from 'vitest';
import { generateDemoBook } from '../../../src-core/demo';
import { AS_OF, OWNER } from './fixture';

describe('demo book: benchmark size', () => {
  it('generates a 500-account, two-year book in seconds', () => {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const book = generateDemoBook({ seed: 'bench', asOf: AS_OF, owner: OWNER, accounts: 500, years: 2 });
    const wallSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const rows = Object.values(book.tables).reduce((n, rows) => n + rows.length, 0);
    console.info(
      `500-account demo book: ${rows.toLocaleString('en-US')} rows, ${book.tables.metrics.length.toLocaleString('en-US')} series, ` +
        `${cpuSeconds.toFixed(2)} s of CPU, ${wallSeconds.toFixed(2)} s wall`,
    );
    expect(book.tables.accounts).toHaveLength(500);
    expect(new Set(book.tables.accounts.map((a) => a.name)).size).toBe(500);
    // Yearly series keep the KPI history to a few records per account (DESIGN §3).
    expect(book.tables.metrics.length).toBeLessThan(500 * 3 * 14);
    // The generator's own cost is its CPU time: on this shared 2-core machine other sessions'
    // builds can stretch the wall clock several-fold, so wall time only guards against a hang.
    expect(cpuSeconds).toBeLessThan(15);
    expect(wallSeconds).toBeLessThan(60);
  });
});
