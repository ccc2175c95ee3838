import { useSyncExternalStore } from 'react';

/** The one path by which outcomes of the CSM's actions reach them: short messages, bottom right. */
export interface Toast {
  id: number;
  tone: 'success' | 'error';
  message: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function showToast(tone: Toast['tone'], message: string): void {
  const toast = { id: nextId++, tone, message };
  toasts = [...toasts.slice(-3), toast];
  emit();
  // Errors stay until dismissed: a CSM must not miss that a write failed.
  if (tone === 'success') setTimeout(() => dismissToast(toast.id), 4_000);
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(subscribe, () => toasts);
}
