import 'fake-indexeddb/auto';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BookSessionContext, type BookSessionValue } from '../../../../src-renderer/app/book-session';
import { RecoveryReport } from '../../../../src-renderer/features/recovery/StoreRecoveryPage';
import { VersionChangeBanner } from '../../../../src-renderer/features/recovery/VersionChangeBanner';
import { describeStoreOpenError } from '../../../../src-renderer/platform/store-open-error';
import { openFieldbookDb } from '../../../../src-renderer/store';
import type { StoreRecovery } from '../../../../src-renderer/store/recover';

/** What the CSM reads on the recovery screen and the version-change banner. */

const session: BookSessionValue = { session: null, activate: () => undefined, deactivate: () => undefined };

function text(recovery: StoreRecovery, userKey = 'demo'): string {
  const html = renderToStaticMarkup(
    <BookSessionContext.Provider value={session}>
      <RecoveryReport recovery={recovery} userKey={userKey} />
    </BookSessionContext.Provider>,
  );
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const cannotOpen = describeStoreOpenError({ name: 'UnknownError' });

describe('the recovery screen', () => {
  it('says the book was kept aside, where, and how many unsynced changes were rescued', () => {
    const db = openFieldbookDb('fieldbook-demo-rebuilt-1');
    const shown = text({
      kind: 'rebuilt',
      problem: cannotOpen,
      setAsideName: 'fieldbook-demo',
      db,
      rescued: { outbox: 3, rejected: 1 },
    });
    expect(shown).toContain('It has been kept aside, not deleted');
    expect(shown).toContain('Kept aside as the local database fieldbook-demo .');
    expect(shown).toContain('3 unsynced changes were rescued, and 1 the server had refused');
    // A demo book has no team server to rebuild from.
    expect(shown).toContain('Open the demo book again or import a book file');
    expect(shown).not.toContain('Rebuild from the team server');
  });

  it('says when the unsynced changes could not be read', () => {
    const db = openFieldbookDb('fieldbook-file-rebuilt-1');
    const shown = text(
      { kind: 'rebuilt', problem: cannotOpen, setAsideName: 'fieldbook-file', db, rescued: null },
      'file',
    );
    expect(shown).toContain('Its unsynced changes could not be read; they stay in the kept-aside copy.');
  });

  it('refuses a book from a newer Fieldbook and says to update', () => {
    const shown = text({ kind: 'untouched', problem: describeStoreOpenError({ name: 'VersionError' }) });
    expect(shown).toBe(
      'This book was opened by a newer Fieldbook Update Fieldbook to open it. Your data has not been touched.',
    );
  });
});

describe('the version-change banner', () => {
  it('asks to reload, with a Reload button', () => {
    const html = renderToStaticMarkup(<VersionChangeBanner onReload={() => undefined} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Fieldbook was updated in another window — Reload to continue.');
    expect(html).toMatch(/<button[^>]*>Reload<\/button>/);
  });
});
