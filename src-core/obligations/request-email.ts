import { clientText, type ClientText } from '../audience';
import type { Mailbox } from '../deck/send/eml';
import type { AccountData } from '../health';
import type { ClientRequestKind, Contact, FeedbackTrigger } from '../model';
import { clientRecipients, greetingFor } from '../prep/monthly-insight';

/**
 * The email a CSM sends to ask a client for feedback or a referral, drafted for their own mail
 * app (a `.eml` draft or a `mailto:` link). Client text only: the opening names the moment the
 * client knows about ("our quarterly review", "the issue you raised") and never an internal
 * reason, risk, ticket priority or health figure.
 */
export interface RequestEmailDraft {
  to: (Mailbox & { contactId: string })[];
  subject: string;
  body: string;
}

const OPENINGS: Record<FeedbackTrigger, ClientText> = {
  quarterly: clientText('As we close out the quarter, we would love to hear how we are doing for you.'),
  qbr: clientText('Thank you for your time at our quarterly review.'),
  deliverable: clientText('Now that you have your latest report, we would love to hear what you think.'),
  escalation: clientText('Now that the issue you raised is resolved, we would like to know how we handled it.'),
  ad_hoc: clientText('We would love to hear how we are doing for you.'),
};

function feedbackLines(trigger: FeedbackTrigger): ClientText[] {
  return [
    OPENINGS[trigger],
    clientText(''),
    clientText('Two quick questions — a one-line reply is perfect:'),
    clientText(''),
    clientText('1. How likely are you to recommend us to a friend or colleague? (0 = not at all, 10 = extremely)'),
    clientText('2. How satisfied are you with our work for you? (1 = very unsatisfied, 5 = very satisfied)'),
    clientText(''),
    clientText('Anything we should do differently? Every answer reaches me directly.'),
  ];
}

function referralLines(): ClientText[] {
  return [
    clientText('It has been a pleasure working with you, and I am glad the results show it.'),
    clientText(
      'Do you know another business owner who could use the same kind of help? An introduction by email is ' +
        'all it takes; we will take good care of them.',
    ),
  ];
}

/** The draft for one request; `recipient` is the contact asked, or the account's primary contacts. */
export function requestEmailDraft(
  data: AccountData,
  kind: ClientRequestKind,
  trigger: FeedbackTrigger,
  recipient: Contact | null,
  senderName: string,
): RequestEmailDraft {
  const to = recipient && recipient.email.trim() !== '' ? [recipient] : clientRecipients(data.contacts);
  const lines = kind === 'feedback' ? feedbackLines(trigger) : referralLines();
  const body = [greetingFor(to), '', ...lines, '', 'Thank you,', senderName || data.account.ownerName].join('\n');
  const subject =
    kind === 'feedback'
      ? `${data.account.name}: two quick questions about our work`
      : `${data.account.name}: a quick favour`;
  return { to: to.map((c) => ({ contactId: c.id, name: c.name, email: c.email.trim() })), subject, body };
}
