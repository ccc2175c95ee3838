import type { IpcError, IpcErrorCode, IpcResult } from '../../src-core/ipc/types';

/** A refusal or failure reported by the main process, with the message to show the CSM. */
export class PlatformError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }

  static from(error: IpcError): PlatformError {
    return new PlatformError(error.code, error.message);
  }
}

export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw PlatformError.from(result.error);
}
