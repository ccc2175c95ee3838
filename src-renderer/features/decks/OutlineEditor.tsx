import { useMemo, useState } from 'react';
import type { DeckSpecKind, DeckSpec } from '../../../src-core/deck';
import { withCommentary, withRenewalOption, withSlideIncluded, type DeckChoices } from './deck-choices';
import { outlineRows, outlineSummary } from './deck-outline';
import { useSaveDeckDraft } from './mutations';
import { OutlineReview } from './OutlineReview';

interface Props {
  accountId: string;
  kind: DeckSpecKind;
  periodKey: string;
  spec: DeckSpec;
  initial: DeckChoices;
  disabled: boolean;
  onGenerate(choices: DeckChoices): void;
}

const GENERATE: Record<DeckSpecKind, string> = {
  qbr: 'Generate QBR',
  value_report: 'Generate value report',
  case_study: 'Generate case study',
};

/** The outline with the CSM's choices; every change is kept as a draft until the deck is generated. */
export function OutlineEditor({ accountId, kind, periodKey, spec, initial, disabled, onGenerate }: Props) {
  const [choices, setChoices] = useState(initial);
  const saveDraft = useSaveDeckDraft(accountId, kind, periodKey);
  const rows = useMemo(() => outlineRows(spec, choices), [spec, choices]);
  const keep = (next: DeckChoices) => saveDraft.mutate({ ...next, savedAt: new Date().toISOString() });

  return (
    <div className="outline-editor">
      {spec.warnings.length > 0 && (
        <ul className="deck-run__list deck-run__list--warn" aria-label="Deck warnings">
          {spec.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="form-actions outline-editor__actions">
        <span className="hint">
          {outlineSummary(rows)} · {spec.period.label} · your commentary and choices are kept for next time
        </span>
        <button
          type="button"
          className="button button--primary"
          disabled={disabled}
          onClick={() => onGenerate(choices)}
        >
          {GENERATE[kind]}
        </button>
      </div>
      <OutlineReview
        rows={rows}
        disabled={disabled}
        onInclude={(key, included) => {
          const empty = rows.find((r) => r.key === key)?.nothingToSay != null;
          const next = withSlideIncluded(choices, key, included, empty);
          setChoices(next);
          keep(next);
        }}
        onCommentary={(key, text) => setChoices((c) => withCommentary(c, key, text))}
        onCommentaryDone={() => keep(choices)}
        onOption={(key, picked) => {
          const offered = spec.renewalOptions.map((o) => o.key);
          const next = withRenewalOption(choices, offered, key, picked);
          setChoices(next);
          keep(next);
        }}
      />
    </div>
  );
}
