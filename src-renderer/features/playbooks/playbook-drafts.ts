import type { HealthBand, Opportunity, Task } from '../../../src-core/model';
import { playbooksFor, type Playbook, type PlaybookCause } from '../../../src-core/playbooks';
import type { EarlyWarning } from '../../../src-core/warnings';
import type { RowDraft } from '../../store';

/** What set the playbook off, in the core's terms: the warning, its evidence and the account's band. */
export function causeOfWarning(
  warning: Pick<EarlyWarning, 'kind' | 'evidence'>,
  band: HealthBand | null,
): PlaybookCause {
  return { evidence: warning.evidence, warning: warning.kind, ...(band ? { band } : {}) };
}

/**
 * The playbooks that answer a cause, most specific first: those for its warning, signal or
 * expansion trigger, then the one for the account's band; each listed once.
 */
export function playbooksForWarning(playbooks: readonly Playbook[], cause: PlaybookCause): Playbook[] {
  const { evidence } = cause;
  const groups = [
    cause.warning ? playbooksFor(playbooks, { evidence, warning: cause.warning }) : [],
    cause.signal ? playbooksFor(playbooks, { evidence, signal: cause.signal }) : [],
    cause.expansion ? playbooksFor(playbooks, { evidence, expansion: cause.expansion }) : [],
    cause.band ? playbooksFor(playbooks, { evidence, band: cause.band }) : [],
  ];
  return [...new Set(groups.flat())];
}

/** A generated row as the writer takes it: the server's bookkeeping is the writer's to fill. */
function draftOf<R extends { rev: number; deleted: boolean; updatedAt: string }>(
  row: R,
): Omit<R, 'rev' | 'deleted' | 'updatedAt'> {
  const { rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...draft } = row;
  return draft;
}

export const taskDraft = (task: Task): RowDraft<'tasks'> => draftOf(task);
export const opportunityDraft = (opportunity: Opportunity): RowDraft<'opportunities'> => draftOf(opportunity);
