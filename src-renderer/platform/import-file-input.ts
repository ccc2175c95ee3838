import type { ImportFile } from './platform';

/**
 * The browser's way to choose import files: a hidden, reused `<input type="file" multiple>` (kept
 * in the DOM so e2e tests can answer its file chooser). Each File is read as a stream, so a
 * 100,000-row export is never in memory whole.
 */
export const IMPORT_FILE_INPUT_TEST_ID = 'import-file-input';
const ACCEPT = '.csv,.tsv,.txt,.ics,text/csv,text/plain,text/calendar';

type Waiting = { resolve(files: ImportFile[] | null): void };
const waiting = new WeakMap<HTMLInputElement, Waiting>();

export function fileToImportFile(file: File): ImportFile {
  return {
    name: file.name,
    size: file.size,
    async *chunks() {
      const reader = file.stream().getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          if (value) yield value;
        }
      } finally {
        reader.releaseLock();
      }
    },
  };
}

function importInput(doc: Document): HTMLInputElement {
  const existing = doc.querySelector<HTMLInputElement>(`input[data-testid="${IMPORT_FILE_INPUT_TEST_ID}"]`);
  if (existing) return existing;
  const input = doc.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = ACCEPT;
  input.hidden = true;
  input.dataset.testid = IMPORT_FILE_INPUT_TEST_ID;
  input.addEventListener('change', () => {
    const pending = waiting.get(input);
    if (!pending) return;
    waiting.delete(input);
    const files = [...(input.files ?? [])];
    pending.resolve(files.length > 0 ? files.map(fileToImportFile) : null);
  });
  doc.body.appendChild(input);
  return input;
}

/** Opens the chooser; a pick left open by a cancelled chooser is answered with null by the next one. */
export function pickImportFiles(doc: Document): Promise<ImportFile[] | null> {
  const input = importInput(doc);
  waiting.get(input)?.resolve(null);
  input.value = '';
  return new Promise((resolve) => {
    waiting.set(input, { resolve });
    input.click();
  });
}
