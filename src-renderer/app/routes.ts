/**
 * The hash routes of DESIGN §8 that exist today. Hash routes, so a deep link such as
 * `#/accounts/acc-12` works after a reload in Electron (file://) and in the browser alike.
 */
export type Route =
  | { name: 'warnings' }
  | { name: 'cadence' }
  | { name: 'scorecard' }
  | { name: 'obligations' }
  | { name: 'book' }
  | { name: 'account'; accountId: string }
  | { name: 'settings' }
  | { name: 'today' }
  | { name: 'tasks' }
  | { name: 'renewals' }
  | { name: 'prep'; accountId: string }
  | { name: 'decks' }
  | { name: 'sync' }
  | { name: 'import' }
  | { name: 'export' }
  | { name: 'unknown'; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  // Today is the home screen: the CSM's day starts there (DESIGN §1, start of day at 8:30).
  if (path === '' || path === '/' || path === '/today') return { name: 'today' };
  if (path === '/book') return { name: 'book' };
  if (path === '/tasks') return { name: 'tasks' };
  if (path === '/renewals') return { name: 'renewals' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/decks') return { name: 'decks' };
  if (path === '/warnings') return { name: 'warnings' };
  if (path === '/cadence') return { name: 'cadence' };
  if (path === '/scorecard') return { name: 'scorecard' };
  if (path === '/obligations') return { name: 'obligations' };
  if (path === '/sync') return { name: 'sync' };
  if (path === '/import') return { name: 'import' };
  if (path === '/export') return { name: 'export' };
  const prep = /^\/accounts\/([^/]+)\/prep\/?$/.exec(path);
  if (prep) return { name: 'prep', accountId: decodeURIComponent(prep[1]!) };
  const account = /^\/accounts\/([^/]+)\/?$/.exec(path);
  if (account) return { name: 'account', accountId: decodeURIComponent(account[1]!) };
  return { name: 'unknown', hash };
}

export function accountHref(accountId: string): string {
  return `#/accounts/${encodeURIComponent(accountId)}`;
}
