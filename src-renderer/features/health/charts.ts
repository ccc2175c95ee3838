import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/** The chart.js pieces health, warnings and the scorecard draw with, registered once. */
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  Legend,
  Filler,
);

/** Colours read from the design tokens, so charts match the screens around them. */
export function palette() {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    accent: read('--accent', '#2357c6'),
    good: read('--good', '#17744a'),
    warn: read('--warn', '#8f5b00'),
    bad: read('--bad', '#b3261e'),
    muted: read('--text-muted', '#5d6878'),
    faint: read('--text-faint', '#8a94a3'),
    grid: read('--border', '#e2e5ea'),
  };
}

export { Chart };
