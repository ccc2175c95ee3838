import type { ImportPlan } from '../../../src-core/crm';
import { importBlocker, issueCounts } from './import-counts';

interface Props {
  plan: ImportPlan;
  leaveOut: boolean;
  remember: boolean;
  pending: boolean;
  onLeaveOut(value: boolean): void;
  onRemember(value: boolean): void;
  onImport(): void;
}

/** The last step: leave unreadable rows out (a choice, never a default), keep the mapping, Import. */
export function ImportGo({ plan, leaveOut, remember, pending, onLeaveOut, onRemember, onImport }: Props) {
  const blocker = importBlocker(plan, leaveOut);
  const { invalid } = issueCounts(plan);
  return (
    <section className="card import-go">
      {invalid > 0 && (
        <label className="check">
          <input type="checkbox" checked={leaveOut} onChange={(e) => onLeaveOut(e.target.checked)} />
          Leave out the {invalid} row{invalid === 1 ? '' : 's'} that cannot be read, and import the rest
        </label>
      )}
      <label className="check">
        <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} />
        Use this mapping next time
      </label>
      {blocker && <p className="hint">{blocker}</p>}
      <button
        type="button"
        className="button button--primary"
        disabled={blocker !== null || pending}
        onClick={onImport}
      >
        {pending ? 'Importing…' : `Import ${plan.writes.length.toLocaleString('en-US')} rows`}
      </button>
    </section>
  );
}
