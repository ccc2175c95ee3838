/**
 * Runs async tasks one after another. Main's small files (settings, tokens) are rewritten whole;
 * two overlapping writes could otherwise land in the wrong order and keep the older content.
 * A failed task does not stop the ones queued behind it.
 */
export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
