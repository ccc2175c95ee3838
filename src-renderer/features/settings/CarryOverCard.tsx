import type { SettingsKind } from '../../../src-core/user-settings';
import type { SettingsState } from '../../store/settings-repo';
import { SETTINGS_WORDS } from '../../store/settings-repo';
import { useAnswerCarryOver, useDismissCarryOver } from './mutations';
import './settings-sync.css';

const FROM: Record<'demo' | 'file', string> = { demo: 'the demo book', file: 'the book file you imported' };

/**
 * After a first sign-in: settings the CSM tuned in the demo or an imported book. Where their team
 * account had none of its own they were carried over already (this says so); where it had, the
 * CSM chooses per kind. The local book keeps its copy either way.
 */
export function CarryOverCard({ state }: { state: SettingsState }) {
  const answer = useAnswerCarryOver();
  const dismiss = useDismissCarryOver();
  const offer = state.carryOver;
  if (!offer?.checked) return null;
  const kinds = Object.keys(offer.layers) as SettingsKind[];
  const carried = kinds.filter((k) => !offer.ask.includes(k));
  const from = FROM[offer.from];
  return (
    <section className="card settings-section carry-over" aria-labelledby="carry-over-title">
      <h2 className="card__title" id="carry-over-title">
        Your settings from {from}
      </h2>
      {carried.length > 0 && (
        <p>
          Your {list(carried)} from {from} on this laptop are now yours on the team server, on every laptop you sign in
          on.
        </p>
      )}
      {offer.ask.map((kind) => (
        <div key={kind} className="carry-over__choice">
          <p>
            Your team account already has {SETTINGS_WORDS[kind]} of your own, and {from} on this laptop has different
            ones. Use the ones you changed in {from}? Everything else stays as it is.
          </p>
          <div className="form-actions form-actions--start">
            <button
              type="button"
              className="button button--primary"
              disabled={answer.isPending}
              onClick={() => answer.mutate({ kind, use: true })}
            >
              Use this laptop’s {SETTINGS_WORDS[kind]}
            </button>
            <button
              type="button"
              className="button"
              disabled={answer.isPending}
              onClick={() => answer.mutate({ kind, use: false })}
            >
              Keep the team account’s
            </button>
          </div>
        </div>
      ))}
      {offer.ask.length === 0 && (
        <div className="form-actions form-actions--start">
          <button type="button" className="button" onClick={() => dismiss.mutate()}>
            OK
          </button>
        </div>
      )}
    </section>
  );
}

function list(kinds: SettingsKind[]): string {
  const words = kinds.map((k) => SETTINGS_WORDS[k]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
