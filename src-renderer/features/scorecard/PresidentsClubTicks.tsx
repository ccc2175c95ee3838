import { formatMoney } from '../shared/format';
import type { CsmScorecard } from '../../../src-core/scorecard';
import type { Settings } from '../../../src-core/settings';
import { CompDrill } from './CompDrill';

/**
 * The President's Club ticks (seed 002), each opening the accounts behind it: the clients lost this
 * year, the clients whose ROI is short of 100%, the lead-source deals toward the target.
 */
export function PresidentsClubTicks({ scorecard, settings }: { scorecard: CsmScorecard; settings: Settings }) {
  const c = scorecard.comp;
  const club = c.presidentsClub;
  const quota = settings.comp.opportunityQuota;
  const clubShare =
    club.leadSourceTargetCents > 0 ? Math.min(1, club.leadSourceClosedCents / club.leadSourceTargetCents) : 0;
  const oppShare = quota > 0 ? Math.min(1, c.opportunitiesThisYear / quota) : 0;
  return (
    <ul className="club">
      <li className={tick(club.allClientsRetained)}>
        <span>
          100% of clients retained{club.churned.length > 0 && ' · '}
          {club.churned.length > 0 && (
            <CompDrill
              scorecard={scorecard}
              figure="clubChurned"
              label="Clients lost this year"
              shown={`${club.churned.length} lost this year`}
            />
          )}
        </span>
      </li>
      <li className={tick(club.allClientsRoi)}>
        <span>
          100% of clients with ROI validated{club.roiShort.length > 0 && ' · '}
          {club.roiShort.length > 0 && (
            <CompDrill
              scorecard={scorecard}
              figure="clubRoiShort"
              label="Clients below 100% ROI"
              shown={`${club.roiShort.length} below 100%`}
            />
          )}
        </span>
      </li>
      <li className={tick(clubShare >= 1)}>
        <span>
          <CompDrill
            scorecard={scorecard}
            figure="clubLeadSourceCents"
            label="Closed as lead source this year"
            shown={formatMoney(club.leadSourceClosedCents)}
          />
          {` of ${formatMoney(club.leadSourceTargetCents)} closed as lead source`}
        </span>
        <Progress share={clubShare} label="President’s Club lead-source progress" />
      </li>
      <li className={tick(oppShare >= 1)}>
        <span>
          <CompDrill
            scorecard={scorecard}
            figure="opportunitiesThisYear"
            label="Opportunities this year"
            shown={String(c.opportunitiesThisYear)}
          />
          {` of ${quota} opportunities this year`}
        </span>
        <Progress share={oppShare} label="Opportunities toward the bonus" />
      </li>
    </ul>
  );
}

const tick = (done: boolean) => (done ? 'club__item club__item--done' : 'club__item');

function Progress({ share, label }: { share: number; label: string }) {
  return (
    <span
      className="progress"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(share * 100)}
    >
      <span style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  );
}
