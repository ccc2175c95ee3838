import { parsePeriod, UTC } from '../time';
import type { AccountData } from './account-data';
import type { ClientText } from '../audience';
import type { Contact } from '../model';
import type { InsightPart } from './quiet-parts';
import { talkingPoints } from './talking-points';

export interface InsightDraft {
  to: string[];
  subject: string;
  body: string;
  /** The three parts as stored on the `monthly_insight` activity when it is sent. */
  insight: { working: string; needsWork: string; workingOn: string };
}

/**
 * The monthly contact of the SOP: an insight in three parts (What's working / What needs work /
 * What we're working on), drafted from the month's data for the CSM to edit. It is built from the
 * client's points only (`ClientPoints`): risk signals, payment details and the CSM's own to-dos
 * cannot reach it. When a part has no data the draft says so plainly instead of inventing a result.
 */
export function monthlyInsightDraft(data: AccountData, month: string, now: string, zone: string = UTC): InsightDraft {
  const period = parsePeriod(month);
  const points = talkingPoints(data, period, now, zone).client;
  const part = (k: InsightPart) => bullets(points[k]) || points.whenEmpty[k];
  const insight = { working: part('working'), needsWork: part('needsWork'), workingOn: part('workingOn') };
  const recipients = clientRecipients(data.contacts);
  const to = recipients.map((c) => c.email.trim());
  const greeting = greetingFor(recipients);
  const body = [
    greeting,
    '',
    `Here is your ${period.label} update for ${data.account.name}.`,
    '',
    "What's working",
    insight.working,
    '',
    'What needs work',
    insight.needsWork,
    '',
    "What we're working on",
    insight.workingOn,
    '',
    'Happy to walk through any of this on a call.',
    '',
    data.account.ownerName,
  ].join('\n');
  return { to, subject: `${data.account.name}: your ${period.label} update`, body, insight };
}

/**
 * Who a client email goes to: the account's primary contacts with an email address, or the first
 * contact with one when none is marked primary.
 */
export function clientRecipients(contacts: readonly Contact[]): Contact[] {
  const reachable = contacts.filter((c) => !c.deleted && c.email.trim() !== '');
  const primary = reachable.filter((c) => c.isPrimary);
  return primary.length > 0 ? primary : reachable.slice(0, 1);
}

/** "Hi Ana," for one primary contact, "Hi Ana and Bo," for two, "Hi all," for more, "Hi," for none. */
export function greetingFor(recipients: readonly Contact[]): string {
  const first = recipients.map((c) => c.name.trim().split(/\s+/)[0]).filter(Boolean);
  if (first.length === 0) return 'Hi,';
  if (first.length === 1) return `Hi ${first[0]},`;
  return first.length === 2 ? `Hi ${first[0]} and ${first[1]},` : 'Hi all,';
}

export function bullets(lines: readonly ClientText[]): string {
  return lines.map((l) => `- ${l}`).join('\n');
}

/**
 * A `mailto:` link that opens the draft in the mail app. Every part is percent-encoded (RFC 6068),
 * and line breaks are sent as CRLF so every mail client keeps the paragraphs.
 */
export function mailtoUrl(to: readonly string[], subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const recipients = to.map((t) => encodeURIComponent(t).replace(/%40/g, '@')).join(',');
  return `mailto:${recipients}?subject=${enc(subject)}&body=${enc(body)}`;
}
