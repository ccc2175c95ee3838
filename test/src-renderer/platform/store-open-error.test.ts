import { describe, expect, it } from 'vitest';
import { describeStoreOpenError } from '../../../src-renderer/platform/store-open-error';

/** Dexie wraps the IndexedDB error it got: `OpenFailedError` with the original as `inner`. */
const dexieOpenFailed = (innerName: string) =>
  Object.assign(new Error('open failed'), { name: 'OpenFailedError', inner: { name: innerName, message: '…' } });

describe('telling the CSM why the local book will not open', () => {
  it('refuses a downgrade with a clear message', () => {
    const problem = describeStoreOpenError(dexieOpenFailed('VersionError'));
    expect(problem.kind).toBe('newer-version');
    expect(problem.title).toBe('This book was saved by a newer Fieldbook');
    expect(problem.actions).toEqual(['update-app']);
    expect(describeStoreOpenError({ name: 'VersionError' }).kind).toBe('newer-version');
  });

  it('says the disk is full and that saved data is intact', () => {
    const problem = describeStoreOpenError(
      Object.assign(new Error('quota'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }),
    );
    expect(problem).toEqual({
      kind: 'disk-full',
      title: 'Your disk is full',
      message:
        'Fieldbook could not save because there is no space left. Everything saved before is intact. Free some space, then try again.',
      actions: ['free-space', 'retry'],
    });
  });

  it.each(['InvalidStateError', 'UnknownError'])(
    'offers a rebuild from the team server when the store cannot open (%s)',
    (name) => {
      const problem = describeStoreOpenError(dexieOpenFailed(name));
      expect(problem.kind).toBe('cannot-open');
      expect(problem.message).toContain('kept aside, not deleted');
      expect(problem.actions).toEqual(['retry', 'rebuild-from-server', 'export-unsynced']);
    },
  );

  it('asks for a reload when another window upgraded the book', () => {
    expect(describeStoreOpenError({ name: 'DatabaseClosedError' })).toMatchObject({
      kind: 'changed-elsewhere',
      actions: ['reload'],
    });
  });

  it('falls back to a retry for anything else, including non-errors', () => {
    expect(describeStoreOpenError(new TypeError('x')).kind).toBe('unknown');
    expect(describeStoreOpenError('boom').actions).toEqual(['retry']);
    expect(describeStoreOpenError(null).kind).toBe('unknown');
  });
});
