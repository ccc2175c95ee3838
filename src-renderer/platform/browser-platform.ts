import { downloadFileName } from './download-name';
import { pickImportFiles } from './import-file-input';
import type { PickedFile, Platform, TokenStatus } from './platform';

/**
 * The platform in a plain browser (`npm run web`, the e2e tests, CSMs who cannot install the
 * desktop app): files download through a Blob URL, book files come from a file input, printing
 * uses the browser's dialog. Tokens stay in memory for the session only: never in
 * localStorage or sessionStorage, where any injected script could read them.
 */
export const BOOK_FILE_INPUT_TEST_ID = 'book-file-input';

export const BROWSER_TOKEN_STATUS: TokenStatus = {
  persistence: 'session',
  reason: 'In a browser Fieldbook keeps your sign-in only until you close this tab.',
};

function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

type PickResolver = { resolve(file: PickedFile | null): void; reject(err: unknown): void };
const pendingPick = new WeakMap<HTMLInputElement, PickResolver>();

/**
 * The hidden, reused `<input type="file">`, kept in the DOM so e2e tests can `setInputFiles` on
 * it. Its one `change` listener answers whichever pick is pending.
 */
function bookFileInput(doc: Document): HTMLInputElement {
  const existing = doc.querySelector<HTMLInputElement>(`input[data-testid="${BOOK_FILE_INPUT_TEST_ID}"]`);
  if (existing) return existing;
  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.hidden = true;
  input.dataset.testid = BOOK_FILE_INPUT_TEST_ID;
  input.addEventListener('change', () => {
    const pending = pendingPick.get(input);
    const file = input.files?.[0];
    if (!pending) return;
    pendingPick.delete(input);
    if (!file) return pending.resolve(null);
    file.text().then((text) => pending.resolve({ name: file.name, text }), pending.reject);
  });
  doc.body.appendChild(input);
  return input;
}

/**
 * Opens the file chooser. The `cancel` event is deliberately not used: headless Chromium fires
 * it at once when no chooser UI exists, before a test sets the file. A pick left open by a
 * cancelled chooser is answered with null when the next pick starts.
 */
function pickBookFile(doc: Document): Promise<PickedFile | null> {
  const input = bookFileInput(doc);
  pendingPick.get(input)?.resolve(null);
  input.value = '';
  return new Promise((resolve, reject) => {
    pendingPick.set(input, { resolve, reject });
    input.click();
  });
}

export function createBrowserPlatform(win: Window = window): Platform {
  const doc = win.document;
  const tokens = new Map<string, string>();
  return {
    kind: 'browser',
    async saveFile(request) {
      const name = downloadFileName(request.suggestedName, request.mimeType);
      const url = URL.createObjectURL(new Blob([request.bytes as BlobPart], { type: request.mimeType }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      doc.body.appendChild(link);
      link.click();
      link.remove();
      // Revoke later: the download starts asynchronously and needs the URL until then.
      win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { saved: true, location: name };
    },
    pickBookFile: () => pickBookFile(doc),
    pickImportFiles: () => pickImportFiles(doc),
    async printView(title) {
      const previous = doc.title;
      doc.title = title;
      win.print();
      doc.title = previous;
    },
    async appSavedOffline() {
      const workers = win.navigator.serviceWorker;
      if (!workers) return false;
      const registration = await workers.getRegistration();
      return registration?.active != null;
    },
    async openExternal(url) {
      if (isWebLink(url)) win.open(url, '_blank', 'noopener,noreferrer');
    },
    tokens: {
      get: async (serverUrl) => tokens.get(serverUrl) ?? null,
      set: async (serverUrl, token) => {
        tokens.set(serverUrl, token);
        return 'session';
      },
      clear: async (serverUrl) => {
        tokens.delete(serverUrl);
      },
      status: async () => BROWSER_TOKEN_STATUS,
    },
  };
}
