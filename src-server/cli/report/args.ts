import { PeriodError, parsePeriod } from '../../../src-core/time';
import { UsageError } from '../args';

export interface ReportArgs {
  book: string;
  period: string;
  json: boolean;
  /** The CSM's time zone (IANA); undefined: the settings' zone, else the process's. */
  tz: string | undefined;
  /** A settings file (the app's Settings as JSON); undefined: the seeds' defaults. */
  settings: string | undefined;
}

const USAGE =
  'usage: npm run report -- --book FILE.json --period 2026-Q3|2026-09|2026 [--json] [--tz ZONE] [--settings FILE.json]';

/** Reads `--book FILE --period KEY [--json] [--tz ZONE] [--settings FILE]`; anything else is a one-line usage error. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  let book: string | null = null;
  let period: string | null = null;
  let tz: string | undefined;
  let settings: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--book' || arg === '--period' || arg === '--tz' || arg === '--settings') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value. ${USAGE}`);
      if (arg === '--book') book = value;
      else if (arg === '--tz') tz = value;
      else if (arg === '--settings') settings = value;
      else period = value;
    } else throw new UsageError(`Unknown argument "${arg}". ${USAGE}`);
  }
  if (!book) throw new UsageError(`Missing --book. ${USAGE}`);
  if (!period) throw new UsageError(`Missing --period. ${USAGE}`);
  try {
    parsePeriod(period);
  } catch (e) {
    if (e instanceof PeriodError) throw new UsageError(e.message);
    throw e;
  }
  return { book, period, json, tz, settings };
}
