import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildEml, buildQbrSpec, deckEmailDraft, deckFileName, renderDeck } from '../../../src-core/deck';
import { accountRows } from '../../../src-core/deck/spec/account-rows';
import type { BookTables, RowOf } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from './fixture-book';
import { CLIENT_TASK, RISK_WORDS, redAccountBook } from './red-account-book';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const period = parsePeriod('2026-Q3');

function contact(o: Partial<RowOf<'contacts'>>): RowOf<'contacts'> {
  return {
    id: 'c-1',
    rev: 1,
    deleted: false,
    updatedAt: NOW,
    accountId: ACCOUNT_ID,
    name: 'Zoë Müller',
    title: 'Owner',
    role: 'decision_maker',
    email: 'zoe@acme.test',
    phone: '',
    isPrimary: true,
    birthday: null,
    family: '',
    interests: '',
    personalNotes: 'Going through a divorce',
    ...o,
  };
}

function withContacts(book: BookTables): BookTables {
  book.contacts.push(
    contact({}),
    contact({ id: 'c-2', name: 'Bo Li', email: 'bo@acme.test' }),
    contact({ id: 'c-3', name: 'Pat Day', email: 'pat@acme.test', isPrimary: false, role: 'billing' }),
    contact({ id: 'c-4', name: 'No Email', email: '', isPrimary: true }),
  );
  return book;
}

describe('"Email to client": the covering email', () => {
  it('goes to the primary contacts with the three-part summary, client text only', () => {
    const data = accountRows(withContacts(redAccountBook()), ACCOUNT_ID)!;
    const draft = deckEmailDraft(data, 'qbr', period, NOW, 'Sam Lee');
    expect(draft.to).toEqual([
      { contactId: 'c-1', name: 'Zoë Müller', email: 'zoe@acme.test' },
      { contactId: 'c-2', name: 'Bo Li', email: 'bo@acme.test' },
    ]);
    expect(draft.subject).toBe('Acme Plumbing: your Q3 2026 QBR');
    const lines = draft.body.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Hi Zoë and Bo,',
      '',
      'Attached is your quarterly business review for Q3 2026 for Acme Plumbing. In short:',
    ]);
    for (const heading of ['What’s working', 'What needs work', 'What we’re working on'])
      expect(lines).toContain(heading);
    expect(draft.body).toContain(CLIENT_TASK);
    for (const words of [...Object.values(RISK_WORDS), 'divorce']) expect(draft.body).not.toContain(words);
    expect(lines.at(-1)).toBe('Sam Lee');
  });
});

describe('"Email to client" for a case-study deck', () => {
  it('asks the client to approve the case study before it is published, and says nothing internal', () => {
    const data = accountRows(withContacts(redAccountBook()), ACCOUNT_ID)!;
    const draft = deckEmailDraft(data, 'case_study', parsePeriod('2026'), NOW, 'Sam Lee');
    expect(draft.to.map((t) => t.contactId)).toEqual(['c-1', 'c-2']);
    expect(draft.subject).toBe('Acme Plumbing: your case study, for your approval');
    expect(draft.body).toContain('whether we may publish it with your name and quote');
    for (const words of [...Object.values(RISK_WORDS), 'divorce', CLIENT_TASK]) expect(draft.body).not.toContain(words);
    expect(draft.body.split('\n').at(-1)).toBe('Sam Lee');
  });
});

describe('the .eml draft', () => {
  it('parses with an independent MIME reader: headers, body, and the attachment byte for byte', async () => {
    const book = withContacts(fixtureBook());
    book.accounts[0] = { ...book.accounts[0]!, name: 'Zürich Plumbing' };
    const spec = buildQbrSpec({ book, accountId: ACCOUNT_ID, period, branding: BRANDING, now: NOW });
    const deck = await renderDeck(spec);
    const draft = deckEmailDraft(accountRows(book, ACCOUNT_ID)!, 'qbr', period, NOW, 'Sam Lee');
    const fileName = deckFileName('Zürich Plumbing', 'qbr', '2026-Q3');
    const eml = buildEml({
      from: { name: 'Sam Lee', email: 'sam@northwind.test' },
      to: draft.to,
      subject: draft.subject,
      body: draft.body,
      attachment: { fileName, mimeType: PPTX, bytes: deck },
      date: NOW,
      id: '6f1c2a9e-0d4b-4c1e-9a57-2b8e3c4d5f60',
    });
    const mail = await PostalMime.parse(eml);
    expect(mail.from).toEqual({ name: 'Sam Lee', address: 'sam@northwind.test' });
    expect(mail.to).toEqual([
      { name: 'Zoë Müller', address: 'zoe@acme.test' },
      { name: 'Bo Li', address: 'bo@acme.test' },
    ]);
    expect(mail.subject).toBe('Zürich Plumbing: your Q3 2026 QBR');
    expect(mail.date).toBe('2026-10-05T12:00:00.000Z');
    expect(mail.messageId).toBe('<6f1c2a9e-0d4b-4c1e-9a57-2b8e3c4d5f60@fieldbook.invalid>');
    expect(mail.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(draft.body);
    expect(mail.attachments).toHaveLength(1);
    const [file] = mail.attachments;
    expect(file!.filename).toBe('Zürich Plumbing — QBR 2026-Q3.pptx');
    expect(file!.mimeType).toBe(PPTX);
    expect(new Uint8Array(file!.content as ArrayBuffer)).toEqual(deck);
    // RFC 5322 lines end in CRLF and stay under 998 characters; base64 lines under 76 (RFC 2045).
    expect(eml.split('\r\n').every((l) => l.length <= 998 && !l.includes('\n'))).toBe(true);
    expect(
      Math.max(
        ...eml
          .split('\r\n')
          .filter((l) => /^[A-Za-z0-9+/=]{60,}$/.test(l))
          .map((l) => l.length),
      ),
    ).toBe(76);
  });

  it('is the same file for the same draft, and no header can be smuggled in', async () => {
    const input = {
      from: null,
      to: [
        { name: 'Ana\r\nBcc: spy@evil.test', email: 'ana@acme.test' },
        { name: 'Bad', email: 'not an address' },
      ],
      subject: 'Q3\r\nBcc: spy@evil.test',
      body: 'Hello',
      attachment: null,
      date: NOW,
      id: 'draft-1',
    };
    expect(buildEml(input)).toBe(buildEml(input));
    const mail = await PostalMime.parse(buildEml(input));
    expect(mail.headers.map((h) => h.key)).not.toContain('bcc');
    expect(mail.to).toEqual([{ name: 'Ana Bcc: spy@evil.test', address: 'ana@acme.test' }]);
    expect(mail.text?.trim()).toBe('Hello');
  });
});
