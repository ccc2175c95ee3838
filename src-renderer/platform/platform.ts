/**
 * The one contract between the renderer and the operating system. The Electron preload implements
 * it over IPC; the browser implementation uses downloads and file inputs. Screens call
 * `usePlatform()` / `getPlatform()` and never ask which runtime they are in.
 */
export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  mimeType: string;
}

export type SaveFileResult = { saved: true; location: string } | { saved: false; reason: 'cancelled' | 'failed'; message?: string };

export interface PickedFile {
  name: string;
  text: string;
}

export type TokenPersistence = 'secure' | 'session';

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Save a generated file (deck, export) where the user chooses; never a path the renderer names. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Let the user pick a book file (JSON) to import; null when cancelled. */
  pickBookFile(): Promise<PickedFile | null>;
  /** Print the current view, or save it as PDF (Electron: print to PDF; browser: print dialog). */
  printView(title: string): Promise<void>;
  /** Open an http(s) link in the system browser. */
  openExternal(url: string): Promise<void>;
  /** Team-server token: kept by the main process in secure storage, or for the session only. */
  tokens: {
    get(serverUrl: string): Promise<string | null>;
    set(serverUrl: string, token: string): Promise<TokenPersistence>;
    clear(serverUrl: string): Promise<void>;
  };
}
