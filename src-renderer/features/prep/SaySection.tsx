import type { TalkingPoints } from '../../../src-core/prep';
import { defaultAgenda, useAgenda } from './agenda-draft';
import { PrepSection } from './PrepSection';
import { MoreLine, PRINT_ITEMS_FOR_YOU } from './MoreLine';

function Part({
  title,
  points,
  tone,
  empty,
  printed,
}: {
  title: string;
  points: string[];
  tone?: string;
  empty: string;
  printed?: number;
}) {
  return (
    <div className={`prep-part${tone ? ` prep-part--${tone}` : ''}`}>
      <h3 className="prep-h3">{title}</h3>
      {points.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="prep-list">
          {points.map((p) => (
            <li key={p}>{p}</li>
          ))}
          <MoreLine total={points.length} shown={points.length} printed={printed} />
        </ul>
      )}
    </div>
  );
}

/** What only the CSM reads: risks, expansion triggers and their own to-dos. Never on a slide or in an email. */
function ForYou({ points }: { points: TalkingPoints['internal'] }) {
  const { risk, expansion, toDo } = points;
  if (risk.length + expansion.length + toDo.length === 0) return null;
  return (
    <section className="prep-for-you" aria-label="For you, not the client">
      <h3 className="prep-h3">For you, not the client</h3>
      <p className="sub">Kept out of the deck and the monthly email; the deck puts them in your presenter notes.</p>
      <div className="prep-parts">
        {risk.length > 0 && (
          <Part title="Risk: address it directly" points={risk} tone="warn" empty="" printed={PRINT_ITEMS_FOR_YOU} />
        )}
        {expansion.length > 0 && (
          <Part
            title="Expansion: raise it as a solution"
            points={expansion}
            tone="accent"
            empty=""
            printed={PRINT_ITEMS_FOR_YOU}
          />
        )}
        {toDo.length > 0 && <Part title="Your own to-dos" points={toDo} empty="" printed={PRINT_ITEMS_FOR_YOU} />}
      </div>
    </section>
  );
}

/** 6. What to say: the three-part talking points for the client, what is for the CSM alone, and an editable agenda. */
export function SaySection({
  accountId,
  meetingId,
  points,
}: {
  accountId: string;
  meetingId: string;
  points: TalkingPoints;
}) {
  const [agenda, setAgenda] = useAgenda(accountId, meetingId, defaultAgenda(points.client));
  const { client } = points;
  return (
    <PrepSection id="say">
      <section className="prep-parts" aria-label="Say to the client">
        <Part title="What's working" points={client.working} tone="good" empty={client.whenEmpty.working} />
        <Part title="What needs work" points={client.needsWork} tone="bad" empty={client.whenEmpty.needsWork} />
        <Part
          title="What we're working on"
          points={client.workingOn}
          empty="Nothing marked for the client yet: tick “For the client” on a task to put it in their plan."
        />
      </section>
      <ForYou points={points.internal} />
      <label className="field prep-agenda">
        Agenda for the client (yours to edit; kept on this laptop)
        <textarea rows={8} value={agenda} onChange={(e) => setAgenda(e.target.value)} />
      </label>
      <pre className="prep-agenda-print" aria-hidden="true">
        {agenda}
      </pre>
    </PrepSection>
  );
}
