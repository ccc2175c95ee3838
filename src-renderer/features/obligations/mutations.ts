import type {
  CaseStudy,
  ClientRequest,
  Feedback,
  Goal,
  GoalApproval,
  ProcessDoc,
  Referral,
  ReferralStatus,
} from '../../../src-core/model';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import type { RowDraft } from '../../store/row-writes';
import { useAccountWrite } from '../account/mutations';

/**
 * The obligation writes of one account, each through the store's one write path (row and outbox
 * entry in one transaction), so they sync like every other row.
 */
export const useApproveGoal = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, { goalId, approval }: { goalId: string; approval: GoalApproval | null }) =>
      w.patchRow('goals', goalId, { approval }),
    { action: 'recording the approval', successMessage: 'Approval recorded.' },
  );

export type RequestDraft = Omit<RowDraft<'clientRequests'>, 'requestedAt' | 'closedAt'>;

export const useRecordRequest = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, draft: RequestDraft): Promise<ClientRequest> =>
      w.upsertRow('clientRequests', { ...draft, requestedAt: BROWSER_CLOCK.now(), closedAt: null }),
    { action: 'recording the request', successMessage: 'Request recorded: answers can be entered against it.' },
  );

export const useCloseRequest = (accountId: string) =>
  useAccountWrite(accountId, (w, id: string) => w.patchRow('clientRequests', id, { closedAt: BROWSER_CLOCK.now() }), {
    action: 'closing the request',
    successMessage: 'Request closed without an answer.',
  });

export const useRecordAnswer = (accountId: string) =>
  useAccountWrite(accountId, (w, draft: RowDraft<'feedback'>): Promise<Feedback> => w.upsertRow('feedback', draft), {
    action: 'recording the answer',
    successMessage: 'Answer recorded.',
  });

export const useAddReferral = (accountId: string) =>
  useAccountWrite(accountId, (w, draft: RowDraft<'referrals'>): Promise<Referral> => w.upsertRow('referrals', draft), {
    action: 'recording the referral',
    successMessage: 'Referral recorded.',
  });

export const useSetReferralStatus = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, { id, status }: { id: string; status: ReferralStatus }) => w.patchRow('referrals', id, { status }),
    { action: 'updating the referral', successMessage: 'Referral updated.' },
  );

export const useSaveCaseStudy = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, draft: RowDraft<'caseStudies'>): Promise<CaseStudy> => w.upsertRow('caseStudies', draft),
    { action: 'saving the case study', successMessage: 'Case study saved.' },
  );

export const useAddProcess = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, draft: RowDraft<'processes'>): Promise<ProcessDoc> => w.upsertRow('processes', draft),
    {
      action: 'recording the process',
      successMessage: 'Process recorded.',
    },
  );

const NEXT_STEP = { candidate: 'drafted', drafted: 'approved', approved: 'published' } as const;
const STEP_DATE = { drafted: 'draftedOn', approved: 'approvedOn', published: 'publishedOn' } as const;

/** Moves a case study one step on (drafted → client approved → published), dated `on`. */
export const useAdvanceCaseStudy = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, { id, on }: { id: string; on: string }) =>
      w.patchRow('caseStudies', id, (study) => {
        if (study.status === 'published') return {};
        const next = NEXT_STEP[study.status];
        return { status: next, [STEP_DATE[next]]: on };
      }),
    { action: 'updating the case study', successMessage: 'Case study updated.' },
  );

/** A new POWER goal the CSM documented with the client (checked by `parseGoalForm` first). */
export const useAddGoal = (accountId: string) =>
  useAccountWrite(accountId, (w, draft: RowDraft<'goals'>): Promise<Goal> => w.upsertRow('goals', draft), {
    action: 'saving the POWER goal',
    successMessage: 'POWER goal saved: record the client’s approval when they agree to it.',
  });
