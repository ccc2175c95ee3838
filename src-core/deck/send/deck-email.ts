import type { ClientText } from '../../audience';
import type { DeckSpecKind } from '../types';
import type { AccountData } from '../../prep/account-data';
import { bullets, clientRecipients, greetingFor } from '../../prep/monthly-insight';
import { talkingPoints } from '../../prep/talking-points';
import type { Period } from '../../time';
import { INSIGHT_HEADINGS, insightSlide } from '../spec/story';
import type { Mailbox } from './eml';

/**
 * "Email to client": the covering email for a deck, addressed to the account's primary contacts,
 * with a short summary in the SOP's three parts. The parts are the deck's own insight slide (the
 * monthly insight the CSM sent, or the client's talking points), so the email says what the deck
 * says and carries client text only: no risks, payments or the CSM's to-dos.
 */
export interface DeckEmailDraft {
  to: (Mailbox & { contactId: string })[];
  subject: string;
  body: string;
}

const MAX_LINES_PER_PART = 3;

export function deckEmailDraft(
  data: AccountData,
  kind: DeckSpecKind,
  period: Period,
  now: string,
  senderName: string,
): DeckEmailDraft {
  const recipients = clientRecipients(data.contacts);
  if (kind === 'case_study') return caseStudyEmail(data, recipients, senderName);
  const points = talkingPoints(data, period, now);
  const parts = insightSlide(data, points, period).columns.map((c) => c.bullets.slice(0, MAX_LINES_PER_PART));
  const what = kind === 'qbr' ? `quarterly business review for ${period.label}` : `value report for ${period.label}`;
  const summary = INSIGHT_HEADINGS.flatMap((heading, i) => [heading, bullets(parts[i] as ClientText[]), '']);
  const body = [
    greetingFor(recipients),
    '',
    `Attached is your ${what} for ${data.account.name}. In short:`,
    '',
    ...summary,
    'Happy to walk you through it on a call.',
    '',
    senderName || data.account.ownerName,
  ].join('\n');
  return {
    to: recipients.map((c) => ({ contactId: c.id, name: c.name, email: c.email.trim() })),
    subject: `${data.account.name}: your ${period.label} ${kind === 'qbr' ? 'QBR' : 'value report'}`,
    body,
  };
}

/** A case study goes to the client for their approval before it is published: nothing but that ask. */
function caseStudyEmail(
  data: AccountData,
  recipients: ReturnType<typeof clientRecipients>,
  senderName: string,
): DeckEmailDraft {
  const body = [
    greetingFor(recipients),
    '',
    `Attached is the case study we wrote about our work together at ${data.account.name}.`,
    'Before we share it, please read it through: tell us anything you would like changed, and whether we may ' +
      'publish it with your name and quote.',
    '',
    'Thank you for the results we achieved together.',
    '',
    senderName || data.account.ownerName,
  ].join('\n');
  return {
    to: recipients.map((c) => ({ contactId: c.id, name: c.name, email: c.email.trim() })),
    subject: `${data.account.name}: your case study, for your approval`,
    body,
  };
}
