import { nextRenewal, renewalPlanState, type AccountData, type RenewalPlanState } from '../health';
import type { Contract } from '../model';
import { daysBetween } from '../time';

export interface RenewalFocus {
  contract: Contract;
  inDays: number;
  plan: RenewalPlanState;
}

/**
 * The renewal a prep leads with: the next one, once it is inside the planning window (the same
 * window and plan rule health and the Renewals view use). Null before the window or without one.
 */
export function renewalFocus(data: AccountData, today: string, windowDays: number): RenewalFocus | null {
  const contract = nextRenewal(data.contracts, today);
  if (!contract) return null;
  const inDays = daysBetween(today, contract.renewalDate);
  if (inDays > windowDays) return null;
  return { contract, inDays, plan: renewalPlanState(contract, data.opportunities, data.tasks, today, windowDays) };
}
