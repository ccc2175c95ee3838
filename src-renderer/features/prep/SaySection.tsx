import type { TalkingPoints } from '../../../src-core/prep';
import { defaultAgenda, useAgenda } from './agenda-draft';
import { PrepSection } from './PrepSection';

function Part({ title, points, tone, empty }: { title: string; points: string[]; tone?: string; empty: string }) {
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
        </ul>
      )}
    </div>
  );
}

/** 6. What to say: the three-part talking points, expansion or risk points, and an editable agenda. */
export function SaySection({
  accountId,
  meetingId,
  points,
}: {
  accountId: string;
  meetingId: string;
  points: TalkingPoints;
}) {
  const [agenda, setAgenda] = useAgenda(accountId, meetingId, defaultAgenda(points));
  return (
    <PrepSection id="say">
      <div className="prep-parts">
        <Part title="What's working" points={points.working} tone="good" empty="No wins in the data this quarter." />
        <Part title="What needs work" points={points.needsWork} tone="bad" empty="Nothing below target." />
        <Part title="What we're working on" points={points.workingOn} empty="No open work recorded." />
      </div>
      {(points.expansion.length > 0 || points.risk.length > 0) && (
        <div className="prep-parts prep-parts--two">
          {points.expansion.length > 0 && (
            <Part title="Expansion: raise it as a solution" points={points.expansion} tone="accent" empty="" />
          )}
          {points.risk.length > 0 && (
            <Part title="Risk: address it directly" points={points.risk} tone="warn" empty="" />
          )}
        </div>
      )}
      <label className="field prep-agenda">
        Agenda (yours to edit; kept on this laptop)
        <textarea rows={8} value={agenda} onChange={(e) => setAgenda(e.target.value)} />
      </label>
      <pre className="prep-agenda-print" aria-hidden="true">
        {agenda}
      </pre>
    </PrepSection>
  );
}
