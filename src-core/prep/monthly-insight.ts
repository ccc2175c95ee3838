import { parsePeriod, UTC } from '../time';
import type { AccountData } from './account-data';
import type { ClientText } from '../audience';
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
  const contacts = data.contacts.filter((c) => !c.deleted && c.email.trim() !== '');
  const primary = contacts.filter((c) => c.isPrimary);
  const to = (primary.length > 0 ? primary : contacts.slice(0, 1)).map((c) => c.email.trim());
  const greeting = primary[0] ? `Hi ${primary[0].name.split(' ')[0]},` : 'Hi,';
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

function bullets(lines: readonly ClientText[]): string {
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
