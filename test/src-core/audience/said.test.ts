import { describe, expect, it } from 'vitest';
import { clientText, internalText, isForClient, taskAudience } from '../../../src-core/audience';
import type { BulletsSlide, ColumnSpec } from '../../../src-core/deck';
import type { ClientPoints } from '../../../src-core/prep';

describe('who may read a sentence', () => {
  it('will not let internal text onto a slide or into the client’s points: the build fails', () => {
    const risk = internalText('They are talking to a competitor');
    // @ts-expect-error an InternalText is not a ClientText: `npm run typecheck` fails if this ever compiles.
    const bullets: BulletsSlide['bullets'] = [risk];
    // @ts-expect-error a plain string is not a ClientText either: every slide sentence is marked where it is written.
    const column: ColumnSpec = { heading: 'What needs work', bullets: ['raw text'] };
    // @ts-expect-error the client's points take only client text.
    const needsWork: ClientPoints['needsWork'] = [risk];
    const fine: BulletsSlide['bullets'] = [clientText('Leads up 12% on Q2')];
    // At run time they are plain strings, so specs cross workers and JSON unchanged.
    expect([bullets[0], column.bullets[0], needsWork[0], fine[0]]).toEqual([
      'They are talking to a competitor',
      'raw text',
      'They are talking to a competitor',
      'Leads up 12% on Q2',
    ]);
  });

  it('reads a task as internal unless the CSM marked it for the client', () => {
    expect(taskAudience({})).toBe('internal');
    expect(taskAudience({ audience: undefined })).toBe('internal');
    expect(taskAudience({ audience: 'internal' })).toBe('internal');
    expect(isForClient({ audience: 'client' })).toBe(true);
    expect(isForClient({})).toBe(false);
  });
});
