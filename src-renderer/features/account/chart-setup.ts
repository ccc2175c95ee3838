import {
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

/** Registers only the chart.js pieces the KPI charts use, once, keeping the bundle small. */
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Filler);

/** Read from the design tokens so charts match the rest of the app. */
export function chartColours(): { accent: string; target: string; grid: string; text: string } {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    accent: read('--accent', '#2456c7'),
    target: read('--text-muted', '#6b7280'),
    grid: read('--border', '#e5e7eb'),
    text: read('--text-muted', '#6b7280'),
  };
}

export { Chart };
