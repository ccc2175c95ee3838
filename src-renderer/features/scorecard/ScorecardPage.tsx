import { useMemo, useState } from 'react';
import type { ScorecardHeadline } from '../../../src-core/scorecard';
import { parsePeriod, periodContaining, type Period } from '../../../src-core/time';
import { useBookInsights, useScorecards } from '../health/queries';
import { useShowCompPlan } from '../settings/mutations';
import { useEffectiveSettings } from '../settings/queries';
import { useToday } from '../shared/clock';
import { BookHealthCard } from './BookHealthCard';
import { CompPlanView } from './CompPlanView';
import { MetricCard } from './MetricCard';
import { RevenueLossCallout } from './RevenueLossCallout';
import { periodChoices, SCORECARD_GROUPS, targetsMet, trailingPeriodKeys } from './scorecard-view';
import './scorecard.css';

const KINDS: { kind: Period['kind']; label: string; choices: number }[] = [
  { kind: 'month', label: 'Month', choices: 24 },
  { kind: 'quarter', label: 'Quarter', choices: 8 },
  { kind: 'year', label: 'Year', choices: 3 },
];
const TREND_PERIODS = 6;

/** `#/scorecard`: the CSM scorecard for a month, quarter or year, each number with its target and trend. */
export function ScorecardPage() {
  const today = useToday();
  const [periodKey, setPeriodKey] = useState(() => periodContaining(today, 'quarter').key);
  const period = parsePeriod(periodKey);
  const keys = useMemo(() => trailingPeriodKeys(periodKey, TREND_PERIODS), [periodKey]);
  const scorecards = useScorecards(keys);
  const settings = useEffectiveSettings();
  const insights = useBookInsights();
  // The shown period in full (the rows behind each figure) and the trend's headline figures.
  const current = scorecards.data?.current?.period === periodKey ? scorecards.data.current : null;
  const history = current ? scorecards.data!.trend : null;
  return (
    <div className="page scorecard-page">
      <header className="page-header">
        <div>
          <h1>Scorecard</h1>
          <p className="page-header__sub">
            {period.label}
            {current && current.asOf < period.end ? `, so far (to ${current.asOf})` : ''}
            {current ? ` · ${describeMet(current)}` : ''}
          </p>
        </div>
        <PeriodPicker period={period} today={today} onChange={setPeriodKey} />
      </header>
      {!current || !settings.data ? (
        <p className="loading" role="status">
          Calculating the scorecard for {period.label}…
        </p>
      ) : (
        <>
          <div className="scorecard-top">
            <RevenueLossCallout
              scorecard={current}
              retention={settings.data.settings.targets.quarterlyRevenueRetention}
              periodLabel={period.label}
            />
            <BookHealthCard target={settings.data.settings.targets.healthScore} insights={insights.data ?? null} />
          </div>
          {SCORECARD_GROUPS.map((g) => (
            <section key={g.title} className="scorecard-group" aria-labelledby={`group-${g.title}`}>
              <h2 className="section-title" id={`group-${g.title}`}>
                {g.title}
              </h2>
              <div className="metrics">
                {g.keys.map((k) => (
                  <MetricCard key={k} metric={k} current={current} history={history!} />
                ))}
              </div>
            </section>
          ))}
          <CompPlanToggle show={settings.data.showCompPlan} />
          {settings.data.showCompPlan && <CompPlanView scorecard={current} settings={settings.data.settings} />}
        </>
      )}
    </div>
  );
}

function describeMet(s: ScorecardHeadline): string {
  const { met, of } = targetsMet(s);
  return `${met} of ${of} targets met`;
}

function PeriodPicker({ period, today, onChange }: { period: Period; today: string; onChange(key: string): void }) {
  const choices = periodChoices(period.kind, today, KINDS.find((k) => k.kind === period.kind)!.choices);
  return (
    <div className="toolbar period-picker">
      <label className="filter">
        <span className="filter__label">Period</span>
        <select
          value={period.kind}
          onChange={(e) => onChange(periodContaining(today, e.target.value as Period['kind']).key)}
        >
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter__label">{KINDS.find((k) => k.kind === period.kind)!.label}</span>
        <select value={period.key} onChange={(e) => onChange(e.target.value)}>
          {choices.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function CompPlanToggle({ show }: { show: boolean }) {
  const toggle = useShowCompPlan();
  // The box follows the click at once; the stored value takes over once the write is read back.
  const [wanted, setWanted] = useState<boolean | null>(null);
  return (
    <label className="check comp-toggle">
      <input
        type="checkbox"
        checked={wanted ?? show}
        onChange={(e) => {
          setWanted(e.target.checked);
          toggle.mutate(e.target.checked, { onSettled: () => setWanted(null) });
        }}
      />
      <span>Show my comp-plan estimate (commission, bonuses, President’s Club)</span>
    </label>
  );
}
