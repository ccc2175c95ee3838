import { readFileSync } from 'node:fs';
import { parseBookFile } from '../../src-core/model';
import { csmTimeZone } from '../../src-core/settings';
import { parseReportArgs } from './report/args';
import { buildReport, reportJson, reportNow } from './report/build-report';
import { formatReport } from './report/format-report';
import { cliSettings } from './time-zone';

/**
 * `npm run report -- --book FILE.json --period 2026-Q3|2026-09 [--json] [--tz ZONE] [--settings FILE.json]` (DESIGN §8).
 * "Now" is the earliest of the end of the period, the current time and the book's export time (see `reportNow`).
 * Settings are the seeds' defaults (a lead reading any CSM's export gets the same yardstick), or the
 * CSM's own with --settings, in the CSM's time zone: --tz, else the settings', else the process's.
 */
export function runReport(argv: readonly string[], currentTime: string): { code: number; out: string; err: string } {
  try {
    const args = parseReportArgs(argv);
    let raw: string;
    try {
      raw = readFileSync(args.book, 'utf8');
    } catch (e) {
      return fail(`Cannot read ${args.book}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.replace(/^\uFEFF/, ''));
    } catch {
      return fail(`${args.book} is not JSON.`);
    }
    const settings = cliSettings(args.tz, args.settings);
    const parsed = parseBookFile(json);
    if (!parsed.ok) {
      const first =
        parsed.fileProblems[0] ??
        (parsed.rowProblems[0] &&
          `${parsed.rowProblems[0].table} row ${parsed.rowProblems[0].index}: ${parsed.rowProblems[0].problems.join('; ')}`);
      const more = parsed.fileProblems.length + parsed.rowProblems.length - 1;
      return fail(`${args.book} is not a valid book: ${first}${more > 0 ? ` (and ${more} more problems)` : ''}`);
    }
    const report = buildReport(
      parsed.book,
      args.period,
      reportNow(args.period, currentTime, parsed.book.exportedAt, csmTimeZone(settings)),
      settings,
    );
    return { code: 0, out: args.json ? JSON.stringify(reportJson(report), null, 2) : formatReport(report), err: '' };
  } catch (e) {
    return fail((e as Error).message);
  }
}

function fail(message: string) {
  return { code: 1, out: '', err: message.replace(/\s+/g, ' ').trim() };
}

// Run as a command (src-server/cli/report.ts, or out/server/report.js once built), not when a test imports it.
const isMain = process.argv[1] !== undefined && /[\\/]report\.[jt]s$/.test(process.argv[1]);
if (isMain) {
  const result = runReport(process.argv.slice(2), new Date().toISOString());
  if (result.out) process.stdout.write(`${result.out}\n`);
  if (result.err) process.stderr.write(`${result.err}\n`);
  process.exitCode = result.code;
}
