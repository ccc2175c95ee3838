import { isoDate } from '../../src-core/model';
import type { AdminRequest } from '../admin/commands';
import { checkNewUser } from '../admin/create-user';
import { DATA, UsageError, parseCommandLine, requireOption, wholeNumber } from './args';
import { parseExportActivities, parseImport, type CrmImportArgs } from './crm-args';
import { parseTeamSettingsArgs } from './team-settings-args';

export const USAGE =
  'usage: admin create-user|seed-demo|import|export-activities|reassign|export-book|rotate-token|' +
  'deactivate-user|reactivate-user|delete-user|list-users|set-team-settings|set-team-branding|' +
  'set-team-playbooks|clear-team-settings [options] (see README: Running a team server)';

export interface AdminInvocation {
  request: AdminRequest;
  dataDir: string;
  /** export-book: where to write the book. */
  out?: string;
  /** import of CRM exports: the files to read (streamed) before the request can be sent. */
  crmImport?: CrmImportArgs;
  /** export-activities: the folder (or .ics file) to write. */
  exportOut?: string;
}

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
    case 'import':
      return parseImport(rest);
    case 'export-activities':
      return parseExportActivities(rest);
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
    case 'rotate-token':
    case 'deactivate-user':
    case 'reactivate-user': {
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
    case 'delete-user': {
      const { values } = parseCommandLine(rest, {
        ...DATA,
        email: { type: 'string' },
        'reassign-to': { type: 'string' },
      });
      const request: AdminRequest = { command, email: requireOption(values, 'email') };
      if (values['reassign-to'] !== undefined) request.reassignTo = requireOption(values, 'reassign-to');
      return { request, dataDir: values.data! };
    }
    case 'list-users': {
      const { values } = parseCommandLine(rest, DATA);
      return { request: { command }, dataDir: values.data! };
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}". ${USAGE}` : USAGE);
  }
}
