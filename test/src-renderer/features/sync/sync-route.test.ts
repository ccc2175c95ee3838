import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../../src-renderer/app/routes';

describe('the couldn’t-sync route', () => {
  it('is #/sync', () => {
    expect(parseRoute('#/sync')).toEqual({ name: 'sync' });
  });
});
