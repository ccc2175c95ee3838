import { useEffect, useRef } from 'react';
import { formatMetricValue, metricInfo, type MetricPoint } from '../../../src-core/metrics';
import type { MetricKey } from '../../../src-core/model';
import { formatShortDate } from '../shared/format';
import { Chart, chartColours } from './chart-setup';

interface Props {
  metric: MetricKey;
  points: MetricPoint[];
  /** Accessible description of what the chart shows. */
  label: string;
}

/** One metric's weekly values against its target line. chart.js is imperative, so it lives in an effect. */
export function KpiChart({ metric, points, label }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const colours = chartColours();
    const format = (v: number) => formatMetricValue(metric, v);
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map((p) => formatShortDate(p.date)),
        datasets: [
          {
            label: metricInfo(metric).label,
            data: points.map((p) => p.value),
            borderColor: colours.accent,
            backgroundColor: `${colours.accent}1f`,
            fill: true,
            tension: 0.25,
            pointRadius: 0,
            pointHoverRadius: 4,
            borderWidth: 2,
            spanGaps: false,
          },
          {
            label: 'Target',
            data: points.map((p) => p.target),
            borderColor: colours.target,
            borderDash: [6, 4],
            pointRadius: 0,
            borderWidth: 1.5,
            fill: false,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { position: 'top', align: 'end', labels: { boxWidth: 14, color: colours.text } },
          tooltip: {
            callbacks: {
              label: (ctx) => `${ctx.dataset.label}: ${ctx.parsed.y === null ? '—' : format(ctx.parsed.y)}`,
            },
          },
        },
        scales: {
          x: { grid: { display: false }, ticks: { color: colours.text, maxTicksLimit: 12, autoSkip: true } },
          y: {
            beginAtZero: true,
            grid: { color: colours.grid },
            ticks: { color: colours.text, callback: (v) => format(Number(v)) },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [metric, points]);

  return (
    <div className="chart">
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
