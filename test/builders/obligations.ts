import type { CaseStudy, ClientRequest, GoalApproval, ProcessDoc, Referral } from '../../src-core/model';

/** Builders with overrides for the obligation rows (STYLE rule 12). Every row is valid per its schema. */
const sync = (id: string) => ({ id, rev: 1, deleted: false, updatedAt: '2026-01-01T00:00:00.000Z' });
let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

export function makeApproval(o: Partial<GoalApproval> = {}): GoalApproval {
  return { approvedBy: 'Dana Ruiz', contactId: null, approvedOn: '2026-02-10', method: 'email', note: '', ...o };
}

export function makeRequest(o: Partial<ClientRequest> = {}): ClientRequest {
  return {
    ...sync(nextId('rq')),
    accountId: 'a-1',
    kind: 'feedback',
    trigger: 'quarterly',
    causeId: null,
    contactId: null,
    requestedAt: '2026-07-06T15:00:00.000Z',
    closedAt: null,
    ...o,
  };
}

export function makeReferral(o: Partial<Referral> = {}): Referral {
  return {
    ...sync(nextId('rf')),
    accountId: 'a-1',
    referredName: 'Northside Dental',
    date: '2026-05-04',
    status: 'received',
    note: '',
    ...o,
  };
}

export function makeCaseStudy(o: Partial<CaseStudy> = {}): CaseStudy {
  return {
    ...sync(nextId('cs')),
    accountId: 'a-1',
    title: 'Booked jobs up 40%',
    status: 'candidate',
    markedOn: '2026-03-01',
    draftedOn: null,
    approvedOn: null,
    publishedOn: null,
    situation: '',
    whatWeDid: '',
    quoteFeedbackId: null,
    link: '',
    ...o,
  };
}

export function makeProcess(o: Partial<ProcessDoc> = {}): ProcessDoc {
  return {
    ...sync(nextId('pd')),
    accountId: 'a-1',
    title: 'Monthly audit checklist',
    documentedOn: '2026-01-15',
    link: 'https://help.agency.test/p',
    body: '',
    ...o,
  };
}
