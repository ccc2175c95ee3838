import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Playbook } from '../../../src-core/playbooks';
import { useDb } from '../../app/book-session';
import { clearPlaybooks, readPlaybooks, writePlaybooks } from './playbooks-store';

export const playbookKeys = {
  all: ['playbooks'] as const,
  list: () => [...playbookKeys.all, 'list'] as const,
};

/** The playbooks in force: the CSM's edited ones, else the defaults. */
export function usePlaybooks() {
  const db = useDb();
  return useQuery({ queryKey: playbookKeys.list(), queryFn: () => readPlaybooks(db) });
}

export function useSavePlaybooks() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (playbooks: Playbook[]) => writePlaybooks(db, playbooks),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: playbookKeys.all }),
    meta: { action: 'saving the playbooks', successMessage: 'Playbooks saved.' },
  });
}

export function useResetPlaybooks() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => clearPlaybooks(db),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: playbookKeys.all }),
    meta: { action: 'resetting the playbooks', successMessage: 'Playbooks are back to the defaults.' },
  });
}
