import type { Activity, Contact } from '../model';
import { formatDay } from '../time';
import type { BookIndex } from './book-index';
import type { PlanState } from './plan-context';
import { fieldbookIdOfUid } from './read-ics';
import { QBR } from './salesforce-activities';
import type { CalendarEvent } from './types';

/**
 * Calendar events to touchpoints. An event belongs to the account whose contacts are among its
 * attendees (an exact email), else whose web domain its attendees write from; events with no one
 * from the book (internal meetings, personal ones) are not imported. An event Fieldbook exported
 * itself goes back to its own activity. A re-import updates time, length, title and attendees,
 * and never undoes what the CSM recorded (completed, no-show, the outcome).
 */

/** Mail providers anyone can use: a shared domain says nothing about which client someone works for. */
const PUBLIC_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'comcast.net',
]);

export function domainOf(emailOrUrl: string): string {
  const host = emailOrUrl.includes('@')
    ? emailOrUrl.split('@').pop()!
    : emailOrUrl.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0]!;
  return host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

function domainIndex(index: BookIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const account of index.accounts()) {
    const website = (account as { website?: string }).website ?? '';
    if (website) out.set(domainOf(website), account.id);
  }
  for (const contact of index.contacts()) {
    const domain = contact.email ? domainOf(contact.email) : '';
    if (domain && !PUBLIC_DOMAINS.has(domain) && !out.has(domain)) out.set(domain, contact.accountId);
  }
  return out;
}

function matchAccount(index: BookIndex, domains: Map<string, string>, emails: string[]) {
  const score = new Map<string, number>();
  const contacts: Contact[] = [];
  for (const email of emails) {
    const contact = index.contactByEmail(email);
    if (contact) {
      contacts.push(contact);
      score.set(contact.accountId, (score.get(contact.accountId) ?? 0) + 2);
      continue;
    }
    const domain = domainOf(email);
    const account = PUBLIC_DOMAINS.has(domain) ? undefined : domains.get(domain);
    if (account) score.set(account, (score.get(account) ?? 0) + 1);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  return { ranked, contacts };
}

export function planEvents(state: PlanState, events: readonly CalendarEvent[]): void {
  if (events.length === 0) return;
  const domains = domainIndex(state.index);
  for (const event of events) {
    const existing = state.index.row('activities', event.id) as Activity | undefined;
    const fromFieldbook = fieldbookIdOfUid(event.uid) !== null;
    const { ranked, contacts } = matchAccount(state.index, domains, event.emails);
    const top = ranked[0];
    const tied = ranked.filter(([, s]) => s === top?.[1]);
    const accountId = existing?.accountId ?? (tied.length === 1 ? top![0] : null);
    const when = `"${event.summary}" on ${formatDay(event.start)}`;
    if (!accountId) {
      const why =
        tied.length > 1
          ? `has attendees from ${tied.length} accounts: log it on one by hand`
          : 'has no attendee from an account in your book';
      state.issue(event, 'outside', `${when} ${why}`);
      continue;
    }
    const twin = existing ? undefined : sameMeeting(state.index, accountId, event.start);
    if (twin) {
      // The CRM (or an earlier calendar) already has this meeting: the calendar adds no second one.
      state.keep('activities', twin.id);
      continue;
    }
    if (state.isTombstone('activities', event.id)) {
      state.issue(event, 'skipped', `${when} was deleted in Fieldbook; not brought back`);
      continue;
    }
    const attendeeIds = [...new Set(contacts.filter((c) => c.accountId === accountId).map((c) => c.id))];
    const fields: Record<string, unknown> = {
      subject: event.summary.slice(0, 300),
      at: event.start,
      durationMinutes: event.durationMinutes,
      // An event Fieldbook exported keeps the attendees the CSM chose (the file only has emails).
      ...(fromFieldbook ? {} : { attendeeIds, externalIds: { calendar: event.uid.slice(0, 1_000) } }),
      ...(event.cancelled ? { status: 'cancelled' } : {}),
    };
    const kind = QBR.test(event.summary) ? 'qbr' : 'meeting';
    const defaults = {
      kind,
      status: event.start > state.settings.now ? 'scheduled' : 'completed',
      direction: 'two_way',
    };
    state.write(event, 'activities', event.id, accountId, { fields, defaults });
  }
}

const SAME_MEETING_MS = 5 * 60_000;

/** A meeting of that account at that time that came from elsewhere (a CRM export, another calendar). */
function sameMeeting(index: BookIndex, accountId: string, start: string): Activity | undefined {
  const at = Date.parse(start);
  return index
    .activitiesOf(accountId)
    .find(
      (a) =>
        (a.kind === 'meeting' || a.kind === 'qbr') &&
        Math.abs(Date.parse(a.at) - at) <= SAME_MEETING_MS &&
        !a.externalIds?.calendar,
    );
}
