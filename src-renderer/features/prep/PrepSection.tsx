import type { ReactNode } from 'react';
import { PREP_SECTIONS, type PrepSectionKey } from '../../../src-core/prep';

/** One of the six numbered prep sections, with its minute budget beside the title. */
export function PrepSection({ id, children, aside }: { id: PrepSectionKey; children: ReactNode; aside?: ReactNode }) {
  const index = PREP_SECTIONS.findIndex((s) => s.key === id);
  const section = PREP_SECTIONS[index]!;
  return (
    <section id={`prep-${id}`} className="prep-section" aria-labelledby={`prep-${id}-title`}>
      <header className="prep-section__header">
        <h2 id={`prep-${id}-title`}>
          <span className="prep-section__n">{index + 1}</span> {section.title}
        </h2>
        <span className="muted prep-section__budget">{aside ?? `${section.minutes} min`}</span>
      </header>
      {children}
    </section>
  );
}
