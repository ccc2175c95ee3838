import type { CompDrillKey, CsmScorecard } from '../../../src-core/scorecard';
import { parsePeriod } from '../../../src-core/time';
import { COMP_DRILL_SPECS } from './comp-drill';
import { FigureDrill } from './FigureDrill';

interface Props {
  scorecard: CsmScorecard;
  figure: CompDrillKey;
  label: string;
  /** The figure as the comp plan shows it. */
  shown: string;
  note?: string;
}

/** A comp-plan figure that opens the rows behind it: deals, renewals, accounts and their arithmetic. */
export function CompDrill({ scorecard, figure, label, shown, note }: Props) {
  return (
    <FigureDrill
      label={label}
      shown={shown}
      spec={COMP_DRILL_SPECS[figure]}
      rows={scorecard.comp.accounts[figure] ?? []}
      periodLabel={parsePeriod(scorecard.period).label}
      note={note}
    />
  );
}
