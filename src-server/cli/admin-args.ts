import { isoDate } from '../../src-core/model';
import type { AdminRequest } from '../admin/commands';
import { checkNewUser } from '../admin/create-user';
import { UsageError, parseCommandLine, readJson, requireOption, wholeNumber } from './args';
import { parseTeamSettingsArgs } from './team-settings-args';

export const USAGE =
  'usage: admin create-user|seed-demo|import|reassign|export-book|rotate-token|set-team-settings|set-team-branding|' +
  'set-team-playbooks|clear-team-settings [options] (see README: Running a team server)';

export interface AdminInvocation {
  request: AdminRequest;
  dataDir: string;
  /** export-book: where to write the book. */
  out?: string;
}

const DATA = { data: { type: 'string' as const, default: './.data/server' } };

/** Turns `admin <command> --flags…` into a request, reading input files here, in the admin's folder. */
export function parseAdminArgs(argv: string[], today: string): AdminInvocation {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create-user': {
      const { values } = parseCommandLine(rest, {
        ...DATA,
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        lead: { type: 'string' },
      });
      const request: AdminRequest = {
        command,
        email: requireOption(values, 'email'),
        name: requireOption(values, 'name'),
      };
      if (values.role !== undefined) request.role = values.role;
      if (values.lead !== undefined) request.lead = values.lead;
      checkNewUser({ ...request, leadEmail: request.lead });
      return { request, dataDir: values.data! };
    }
    case 'seed-demo': {
      const { values } = parseCommandLine(rest, {
        ...DATA,
        owner: { type: 'string' },
        accounts: { type: 'string', default: '40' },
        seed: { type: 'string', default: 'fieldbook' },
        'as-of': { type: 'string' },
      });
      const asOf = values['as-of'] ?? today;
      if (!isoDate.safeParse(asOf).success) throw new UsageError(`--as-of must be a date (YYYY-MM-DD), not "${asOf}".`);
      const accounts = wholeNumber(values.accounts!, 'accounts', 1, 5_000);
      return {
        request: { command, owner: requireOption(values, 'owner'), accounts, seed: values.seed!, asOf },
        dataDir: values.data!,
      };
    }
    case 'import': {
      const { values, positionals } = parseCommandLine(
        rest,
        { ...DATA, format: { type: 'string' }, owner: { type: 'string' } },
        1,
      );
      const format = requireOption(values, 'format');
      if (format === 'salesforce' || format === 'hubspot')
        throw new UsageError(`Importing ${format} CSV exports is not supported yet; use --format fieldbook.`);
      if (format !== 'fieldbook')
        throw new UsageError(`--format must be salesforce, hubspot or fieldbook, not "${format}".`);
      const file = positionals[0];
      if (!file) throw new UsageError('Name the book file to import: import --format fieldbook --owner E FILE.');
      return {
        request: { command, owner: requireOption(values, 'owner'), book: readJson(file, 'a JSON book file') },
        dataDir: values.data!,
      };
    }
    case 'reassign': {
      const { values } = parseCommandLine(rest, { ...DATA, account: { type: 'string' }, to: { type: 'string' } });
      return {
        request: { command, account: requireOption(values, 'account'), to: requireOption(values, 'to') },
        dataDir: values.data!,
      };
    }
    case 'export-book': {
      const { values } = parseCommandLine(rest, { ...DATA, owner: { type: 'string' }, out: { type: 'string' } });
      return {
        request: { command, owner: requireOption(values, 'owner') },
        dataDir: values.data!,
        out: requireOption(values, 'out'),
      };
    }
    case 'rotate-token': {
      const { values } = parseCommandLine(rest, { ...DATA, email: { type: 'string' } });
      return { request: { command, email: requireOption(values, 'email') }, dataDir: values.data! };
    }
    case 'set-team-settings':
    case 'set-team-branding':
    case 'set-team-playbooks':
    case 'clear-team-settings': {
      const { values, positionals } = parseCommandLine(rest, { ...DATA, kind: { type: 'string' } }, 1);
      return { request: parseTeamSettingsArgs(command, values, positionals[0]), dataDir: values.data! };
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}". ${USAGE}` : USAGE);
  }
}
