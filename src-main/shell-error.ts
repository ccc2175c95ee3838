import type { IpcError, IpcErrorCode } from '../src-core/ipc';

/** An error main reports to the CSM as is: a code the renderer can act on and a readable message. */
export class ShellError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ShellError';
  }

  toIpcError(): IpcError {
    return { code: this.code, message: this.message };
  }
}
