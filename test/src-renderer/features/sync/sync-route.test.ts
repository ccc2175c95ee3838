import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../../src-renderer/app/routes';

describe('the couldn’t-sync route', () => {
  it('is #/sync, both ways', () => {
    expect(parseRoute('#/sync')).toEqual({ name: 'sync' });
    expect(routeHref({ name: 'sync' })).toBe('#/sync');
  });
});
