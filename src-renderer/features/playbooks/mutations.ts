import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Account } from '../../../src-core/model';
import { runPlaybook, type Playbook, type PlaybookCause } from '../../../src-core/playbooks';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { createWriter } from '../../store';
import { accountKeys } from '../account/queries';
import { bookKeys } from '../book/queries';
import { sessionKeys } from '../session/queries';
import { todayKeys } from '../today/queries';
import { warningKeys } from '../warnings/queries';
import { linkPlaybookRun, type PlaybookLink } from '../warnings/warnings-store';
import { opportunityDraft, taskDraft } from './playbook-drafts';

export interface PlaybookRunInput {
  playbook: Playbook;
  account: Account;
  cause: PlaybookCause;
  /** The warning it answers; the created rows are linked back to it. */
  warningId: string | null;
}

/**
 * Runs a playbook: its tasks (and, for expansion, an opportunity framed as a solution) are
 * written through the store's writer, so they sync like rows the CSM typed; the warning keeps
 * their ids.
 */
export function useRunPlaybook() {
  const db = useDb();
  const author = usePreference('authorName') ?? '';
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ playbook, account, cause, warningId }: PlaybookRunInput): Promise<PlaybookLink> => {
      const now = BROWSER_CLOCK.now();
      const run = runPlaybook(playbook, account, cause, now, BROWSER_CLOCK.newId);
      const writer = createWriter(db, BROWSER_CLOCK, author);
      const tasks = [];
      for (const task of run.tasks) tasks.push(await writer.upsertRow('tasks', taskDraft(task)));
      const opportunity = run.opportunity
        ? await writer.upsertRow('opportunities', opportunityDraft(run.opportunity))
        : null;
      const link: PlaybookLink = {
        playbookId: playbook.id,
        playbookName: playbook.name,
        ranAt: now,
        taskIds: tasks.map((t) => t.id),
        opportunityId: opportunity?.id ?? null,
      };
      if (warningId) await linkPlaybookRun(db, warningId, link);
      return link;
    },
    onSuccess: (_link, { account }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.detail(account.id) }),
        queryClient.invalidateQueries({ queryKey: bookKeys.all }),
        queryClient.invalidateQueries({ queryKey: sessionKeys.pending() }),
        queryClient.invalidateQueries({ queryKey: warningKeys.list() }),
        // The playbook's tasks land in the task inbox on Today and #/tasks.
        queryClient.invalidateQueries({ queryKey: todayKeys.all }),
      ]),
    meta: { action: 'running the playbook', successMessage: 'Playbook started: its tasks are on the account.' },
  });
}
