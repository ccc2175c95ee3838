import type { Settings } from '../../../src-core/settings';
import { standingDefinitions, type AccountStanding } from '../../../src-core/standing';
import { standingWords } from './standing-words';
import './health.css';

/**
 * Health, last two-way contact, meetings skipped and QBR due for one account, each with how it
 * is counted on hover. The same component (and the same numbers) on Account, Health, Prep,
 * Today and Cadence.
 */
export function StandingFacts({ standing, settings }: { standing: AccountStanding; settings: Settings }) {
  const words = standingWords(standing);
  const defs = standingDefinitions(settings, standing.qbr?.everyDays ?? null);
  const items = [
    { key: 'health', label: 'Health', word: words.health, def: defs.health },
    { key: 'last-contact', label: 'Last two-way contact', word: words.lastContact, def: defs.lastContact },
    {
      key: 'meetings-skipped',
      label: `Meetings, last ${standing.lookbackDays} days`,
      word: words.meetings,
      def: defs.meetings,
    },
    { key: 'qbr-due', label: 'QBR due', word: words.qbr, def: defs.qbr },
  ];
  // A QBR past due stands out here as on the Book.
  const bad = (key: string) => key === 'qbr-due' && words.qbr.overdue;
  return (
    <dl className="standing" aria-label="Where the account stands" data-account={standing.accountId}>
      {items.map((i) => (
        <div key={i.key} className="standing__item" title={i.def}>
          <dt>
            {i.label}{' '}
            <span className="standing__how" aria-hidden="true">
              ?
            </span>
          </dt>
          <dd data-figure={i.key} data-value={i.word.value} className={bad(i.key) ? 'bad-text' : undefined}>
            {i.word.text}
          </dd>
        </div>
      ))}
    </dl>
  );
}
