import { SCORECARD_DEFINITIONS, type CsmScorecard, type ScorecardHeadline } from '../../../src-core/scorecard';
import { parsePeriod } from '../../../src-core/time';
import { DRILL_SPECS, drillRows } from './figure-drill';
import { FigureDrill } from './FigureDrill';
import { MetricTrendChart } from './MetricTrendChart';
import {
  formatScorecardValue,
  metricStatus,
  surveyAnswers,
  surveyBasis,
  targetWords,
  type MetricKey,
} from './scorecard-view';

const STATUS_WORDS = { met: 'On target', missed: 'Below target', none: '' } as const;

interface Props {
  metric: MetricKey;
  /** The shown period, with the accounts behind its figures. */
  current: CsmScorecard;
  /** The trend's periods, oldest first, ending with the shown one. */
  history: ScorecardHeadline[];
}

/** One scorecard number: value, target and verdict, its trend, and what it means (hover or expand). */
export function MetricCard({ metric, current, history }: Props) {
  const def = SCORECARD_DEFINITIONS[metric];
  const value = current[metric];
  const target = current.targets[metric];
  const status = metricStatus(metric, value, target, surveyAnswers(metric, current));
  const words = targetWords(metric, target);
  const basis = surveyBasis(metric, current);
  const shown = formatScorecardValue(def.unit, value);
  return (
    <article className={`metric metric--${status}`} aria-label={def.label}>
      <header className="metric__head" title={def.definition}>
        <h3 className="metric__label">{def.label}</h3>
        {status !== 'none' && (
          <span className={`badge badge--${status === 'met' ? 'good' : 'bad'}`}>{STATUS_WORDS[status]}</span>
        )}
      </header>
      <p className="metric__value">
        <FigureDrill
          label={def.label}
          shown={shown}
          spec={DRILL_SPECS[metric]}
          rows={drillRows(current, metric)}
          periodLabel={parsePeriod(current.period).label}
        />
      </p>
      <p className="metric__target">
        {words ?? 'No target in the SOPs'}
        {basis && ` · ${basis}`}
      </p>
      <MetricTrendChart metric={metric} unit={def.unit} label={def.label} scorecards={history} />
      <details className="metric__definition">
        <summary>How it is counted</summary>
        <p>{def.definition}</p>
      </details>
    </article>
  );
}
