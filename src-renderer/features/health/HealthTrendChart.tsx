import { useEffect, useRef } from 'react';
import type { HealthSnapshot } from '../../../src-core/health';
import type { Settings } from '../../../src-core/settings';
import { formatShortDate } from '../shared/format';
import { Chart, palette } from './charts';

/** The score day by day, with the band lines, so "Yellow turning Red" can be seen, not only read. */
export function HealthTrendChart({
  snapshots,
  bands,
}: {
  snapshots: HealthSnapshot[];
  bands: Settings['health']['bands'];
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvasRef.current || snapshots.length === 0) return;
    const c = palette();
    const flat = (value: number) => snapshots.map(() => value);
    const chart = new Chart(canvasRef.current, {
      type: 'line',
      data: {
        labels: snapshots.map((s) => formatShortDate(s.date)),
        datasets: [
          {
            label: 'Health score',
            data: snapshots.map((s) => s.score),
            borderColor: c.accent,
            backgroundColor: `${c.accent}1f`,
            fill: true,
            tension: 0.2,
            pointRadius: 0,
            borderWidth: 2,
          },
          {
            label: `Green from ${bands.green}`,
            data: flat(bands.green),
            borderColor: c.good,
            borderDash: [5, 4],
            pointRadius: 0,
            borderWidth: 1,
          },
          {
            label: `Red below ${bands.yellow}`,
            data: flat(bands.yellow),
            borderColor: c.bad,
            borderDash: [5, 4],
            pointRadius: 0,
            borderWidth: 1,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'top', align: 'end', labels: { boxWidth: 14, color: c.muted } } },
        scales: {
          x: { grid: { display: false }, ticks: { color: c.muted, maxTicksLimit: 8 } },
          y: { min: 0, max: 100, grid: { color: c.grid }, ticks: { color: c.muted, stepSize: 25 } },
        },
      },
    });
    return () => chart.destroy();
  }, [snapshots, bands]);
  const last = snapshots[snapshots.length - 1];
  return (
    <div className="health-trend__chart">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={
          last ? `Health score over the last ${snapshots.length - 1} days, now ${last.score}` : 'No health history'
        }
      />
    </div>
  );
}
