/**
 * Runs Electron's own installer (its `install-electron` bin) in this process, so its progress bar
 * reaches the terminal, but turns a failure into one line on stderr instead of a stack trace:
 * the installer prints `err.stack`, and a failed fetch says only "fetch failed".
 * Usage: node install-electron.cjs ELECTRON_PACKAGE_DIR
 */
const { join } = require('node:path');

const electronDir = process.argv[2];
let reason = '';

const fetchOriginal = globalThis.fetch;
globalThis.fetch = async (url, init) => {
  try {
    return await fetchOriginal(url, init);
  } catch (error) {
    const cause = error?.cause?.code ?? error?.cause?.message ?? error?.message;
    reason = `could not reach ${String(url)} (${cause})`;
    throw error;
  }
};
console.error = (first) => {
  // The installer's only use of console.error is its failure: keep the first line, not the stack.
  reason ||= String(first ?? '').split('\n')[0];
};
process.on('exit', (code) => {
  if (code !== 0) process.stderr.write(`${reason || `the installer exited with ${code}`}\n`);
});

require(join(electronDir, 'install.js'));
