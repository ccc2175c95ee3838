import { readFileSync } from 'node:fs';
import { EXPORT_FORMATS, parseImportMapping, type ExportFormat, type ImportMapping } from '../../src-core/crm';
import { emptyMapping } from '../../src-core/crm';
import { isoDate } from '../../src-core/model';
import { isTimeZone } from '../../src-core/time';
import type { AdminInvocation } from './admin-args';
import { DATA, UsageError, parseCommandLine, requireOption } from './args';
import { processTimeZone } from './time-zone';

/** `import` and `export-activities` (DESIGN §8): the CRM bridge's command lines. */
const IMPORT_FORMATS = ['salesforce', 'hubspot', 'kpi', 'ics', 'fieldbook'] as const;
type CrmFormat = Exclude<(typeof IMPORT_FORMATS)[number], 'fieldbook'>;

export interface CrmImportArgs {
  format: CrmFormat;
  owner: string;
  files: string[];
  dryRun: boolean;
  skipInvalid: boolean;
  mapping: ImportMapping;
  timeZone: string;
}

const MAX_FILES = 100;

/** `--time-zone`, else the zone the command runs in: CRM times without an offset are read on that clock. */
function timeZoneOption(value: string | undefined): string {
  const zone = value ?? processTimeZone();
  if (!isTimeZone(zone))
    throw new UsageError(`--time-zone must be a time zone such as America/Chicago, not "${zone}".`);
  return zone;
}

export function parseImport(rest: string[]): AdminInvocation {
  const { values, positionals } = parseCommandLine(
    rest,
    {
      ...DATA,
      format: { type: 'string' },
      owner: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      mapping: { type: 'string' },
      'time-zone': { type: 'string' },
    },
    MAX_FILES,
  );
  const format = requireOption(values, 'format');
  if (!(IMPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be salesforce, hubspot, kpi, ics or fieldbook, not "${format}".`);
  if (positionals.length === 0)
    throw new UsageError(`Name the file(s) to import: import --format ${format} --owner E FILE [FILE…].`);
  const owner = requireOption(values, 'owner');
  const flags = values as Record<string, string | boolean | undefined>;
  if (format === 'fieldbook') {
    if (positionals.length > 1) throw new UsageError('Import one book file at a time.');
    const book = readJson(positionals[0]!);
    return { request: { command: 'import', owner, book, dryRun: flags['dry-run'] === true }, dataDir: values.data! };
  }
  const crmImport: CrmImportArgs = {
    format: format as CrmFormat,
    owner,
    files: positionals,
    dryRun: flags['dry-run'] === true,
    skipInvalid: flags['skip-invalid'] === true,
    mapping: values.mapping ? readMapping(values.mapping) : emptyMapping(),
    timeZone: timeZoneOption(values['time-zone']),
  };
  return { request: { command: 'import', owner, book: null }, dataDir: values.data!, crmImport };
}

function readMapping(file: string): ImportMapping {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the mapping file ${file}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(`${file} is not a mapping file (it is not JSON).`);
  }
  const checked = parseImportMapping(json);
  if (!checked.ok) throw new UsageError(`${file} is not a Fieldbook import mapping: ${checked.problems.join('; ')}.`);
  return checked.value;
}

export function parseExportActivities(rest: string[]): AdminInvocation {
  const { values } = parseCommandLine(rest, {
    ...DATA,
    format: { type: 'string' },
    owner: { type: 'string' },
    since: { type: 'string' },
    out: { type: 'string' },
    'time-zone': { type: 'string' },
  });
  const format = requireOption(values, 'format');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be salesforce, hubspot or ics, not "${format}".`);
  const since = values.since ?? null;
  if (since !== null && !isoDate.safeParse(since).success)
    throw new UsageError(`--since must be a date (YYYY-MM-DD), not "${since}".`);
  const request = {
    command: 'export-activities' as const,
    owner: requireOption(values, 'owner'),
    format: format as ExportFormat,
    since,
    timeZone: timeZoneOption(values['time-zone']),
  };
  return { request, dataDir: values.data!, exportOut: requireOption(values, 'out') };
}

function readJson(file: string): unknown {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
    );
  }
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${file} is not a JSON book file (${(error as Error).message.split('\n')[0]}).`);
  }
}
