import type { Account, AccountSignalKind, ExpansionTrigger, HealthBand, Opportunity, Task } from '../model';
import { addDays } from '../time';
import type { WarningKind } from '../warnings';
import type { Playbook } from './playbook-schema';

/** What set a playbook off: a warning, a signal, a band or an expansion trigger, with its evidence. */
export interface PlaybookCause {
  evidence: string;
  warning?: WarningKind;
  signal?: AccountSignalKind;
  band?: HealthBand;
  expansion?: ExpansionTrigger;
}

export interface PlaybookRun {
  tasks: Task[];
  opportunity: Opportunity | null;
}

const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function fill(template: string, account: Account, cause: PlaybookCause | null, max: number): string {
  const text = template
    .replaceAll('{account}', account.name)
    .replaceAll('{evidence}', cause?.evidence ?? 'no evidence recorded');
  return cut(text, max);
}

/**
 * Turns a playbook into rows: its tasks (source `playbook`, due relative to `now`) and, for an
 * expansion playbook, an `identified` opportunity in the CS selling pipeline framed as a
 * solution. Every row is valid per its schema; texts are cut to their limits.
 */
export function runPlaybook(
  playbook: Playbook,
  account: Account,
  cause: PlaybookCause | null,
  now: string,
  newId: () => string,
): PlaybookRun {
  const today = now.slice(0, 10);
  const row = () => ({ id: newId(), rev: 0, deleted: false, updatedAt: now, accountId: account.id });
  const tasks: Task[] = playbook.tasks.map((t) => ({
    ...row(),
    title: fill(t.title, account, cause, 300),
    detail: fill(t.detail, account, cause, 5_000),
    dueDate: addDays(today, t.dueInDays),
    status: 'open',
    source: 'playbook',
    playbookId: playbook.id,
    completedAt: null,
    // A playbook's tasks are the CSM's response to a signal, never the client's plan.
    audience: 'internal',
  }));
  const o = playbook.opportunity;
  const opportunity: Opportunity | null = o && {
    ...row(),
    kind: o.kind,
    title: fill(o.title, account, cause, 200),
    amountCents: o.amountCents,
    stage: 'identified',
    trigger: cause?.expansion ?? playbook.when.expansion[0] ?? null,
    problem: fill(o.problem, account, cause, 2_000),
    expectedImpact: fill(o.expectedImpact, account, cause, 2_000),
    pilot: fill(o.pilot, account, cause, 2_000),
    createdAt: today,
    passedToSalesAt: null,
    closedAt: null,
    csmIsLeadSource: true,
  };
  return { tasks, opportunity };
}

/** The playbooks that answer a cause, in the order they are listed. */
export function playbooksFor(playbooks: readonly Playbook[], cause: PlaybookCause): Playbook[] {
  return playbooks.filter(
    (p) =>
      (cause.warning !== undefined && p.when.warnings.includes(cause.warning)) ||
      (cause.signal !== undefined && p.when.signals.includes(cause.signal)) ||
      (cause.band !== undefined && p.when.bands.includes(cause.band)) ||
      (cause.expansion !== undefined && p.when.expansion.includes(cause.expansion)),
  );
}
