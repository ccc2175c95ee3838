import { useEffect, useRef } from 'react';
import type { ScorecardHeadline, ScorecardUnit } from '../../../src-core/scorecard';
import { parsePeriod } from '../../../src-core/time';
import { scheduleChart } from '../health/chart-queue';
import { Chart, palette } from '../health/charts';
import { axisLabel, chartValue, formatScorecardValue, metricStatus, type MetricKey } from './scorecard-view';

interface Props {
  metric: MetricKey;
  unit: ScorecardUnit;
  label: string;
  /** Oldest first; the last is the chosen period. */
  scorecards: ScorecardHeadline[];
}

/** The metric over the last periods as bars (green when on target), with the target as a dashed line. */
export function MetricTrendChart({ metric, unit, label, scorecards }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: Chart | null = null;
    const cancel = scheduleChart(() => {
      if (ref.current) chart = buildTrendChart(ref.current, { metric, unit, label, scorecards });
    });
    return () => {
      cancel();
      chart?.destroy();
    };
  }, [metric, unit, label, scorecards]);
  return (
    <div className="metric__chart">
      <canvas ref={ref} role="img" aria-label={`${label} over the last ${scorecards.length} periods`} />
    </div>
  );
}

function buildTrendChart(canvas: HTMLCanvasElement, { metric, unit, label, scorecards }: Props): Chart {
  const c = palette();
  const shortLabel = (key: string) => parsePeriod(key).label.replace(/^(\w{3})\w* (\d{4})$/, '$1 $2');
  const colour = (s: ScorecardHeadline) =>
    ({ met: c.good, missed: c.bad, none: c.accent })[metricStatus(metric, s[metric], s.targets[metric])];
  const targets = scorecards.map((s) => chartValue(unit, s.targets[metric]));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: scorecards.map((s) => shortLabel(s.period)),
      datasets: [
        {
          type: 'bar',
          label,
          data: scorecards.map((s) => chartValue(unit, s[metric])),
          backgroundColor: scorecards.map(colour),
          borderRadius: 3,
          maxBarThickness: 28,
        },
        ...(targets.some((t) => t !== null)
          ? [
              {
                type: 'line' as const,
                label: 'Target',
                data: targets,
                borderColor: c.muted,
                borderDash: [5, 4],
                borderWidth: 1.5,
                pointRadius: 0,
                fill: false,
              },
            ]
          : []),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const s = scorecards[ctx.dataIndex]!;
              const raw = ctx.datasetIndex === 0 ? s[metric] : s.targets[metric];
              return `${ctx.dataset.label}: ${formatScorecardValue(unit, raw)}`;
            },
          },
        },
      },
      scales: {
        x: {
          grid: { display: false },
          ticks: { color: c.muted, font: { size: 10 }, maxRotation: 0, autoSkip: true },
        },
        y: {
          beginAtZero: unit !== 'nps',
          grid: { color: c.grid },
          ticks: {
            color: c.muted,
            font: { size: 10 },
            maxTicksLimit: 4,
            callback: (v) => axisLabel(unit, Number(v)),
          },
        },
      },
    },
  });
}
