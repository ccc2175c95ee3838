/**
 * Creating a chart.js chart costs a few milliseconds; a screen of two dozen (the scorecard)
 * created in one go is a long task that freezes input. Charts are queued and built one per
 * task instead, so the screen stays responsive while they appear.
 */
type Job = { run(): void; cancelled: boolean };

const queue: Job[] = [];
let pumping = false;

function pump(): void {
  const job = queue.shift();
  if (!job) {
    pumping = false;
    return;
  }
  if (!job.cancelled) job.run();
  setTimeout(pump, 0);
}

/** Runs `build` in a task of its own, after the ones queued before it; returns a cancel. */
export function scheduleChart(build: () => void): () => void {
  const job: Job = { run: build, cancelled: false };
  queue.push(job);
  if (!pumping) {
    pumping = true;
    setTimeout(pump, 0);
  }
  return () => {
    job.cancelled = true;
  };
}
