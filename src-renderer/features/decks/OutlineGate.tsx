import type { ReactNode } from 'react';
import type { DeckSpec } from '../../../src-core/deck';

/** A deck's outline, or why it could not be built (the deck input's own words). */
export type BuiltOutline = { spec: DeckSpec; problem: null } | { spec: null; problem: string };

export function buildOutline(build: () => DeckSpec): BuiltOutline {
  try {
    return { spec: build(), problem: null };
  } catch (error) {
    return { spec: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * "Building the outline…" until the outline (and whatever else it waits for) is ready, the reason
 * when it cannot be built, else the outline review. One gate for every deck kind's review.
 */
export function OutlineGate({
  outline,
  pending,
  className = '',
  children,
}: {
  outline: BuiltOutline | null;
  pending: boolean;
  className?: string;
  children: (spec: DeckSpec) => ReactNode;
}) {
  if (!outline || pending)
    return (
      <p className={`loading ${className}`.trim()} role="status">
        Building the outline…
      </p>
    );
  if (!outline.spec)
    return (
      <p className={`bad-text ${className}`.trim()} role="alert">
        The outline could not be built: {outline.problem}
      </p>
    );
  return children(outline.spec);
}
