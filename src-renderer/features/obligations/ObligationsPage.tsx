import { useObligationsBoard } from '../health/queries';
import { useEffectiveSettings } from '../settings/queries';
import { AsksCards } from './AsksCards';
import { GoalApprovalsCard } from './GoalApprovalsCard';
import { QualificationCard } from './QualificationCard';
import './obligations.css';

/**
 * `#/obligations`: the year's obligations of the job description (seed 002) — the year-end bonus
 * and President's Club, each qualification with its evidence, a forecast and the accounts in the
 * way — and the asks that move them: goal approvals, feedback, referrals, case studies, processes.
 */
export function ObligationsPage() {
  const board = useObligationsBoard();
  const settings = useEffectiveSettings();
  const b = board.data;
  const s = settings.data?.settings;
  return (
    <div className="page obligations-page">
      <header className="page-header">
        <div>
          <h1>Obligations</h1>
          <p className="page-header__sub">
            {b
              ? `${b.year.year} so far (to ${b.year.asOf}) · judged on the calendar year, forecast to 31 December`
              : ''}
          </p>
        </div>
      </header>
      {!b || !s ? (
        <p className="loading" role="status">
          Checking the year’s obligations…
        </p>
      ) : (
        <>
          <div className="obligations-top">
            <QualificationCard
              title="Year-end bonus"
              qualified={b.year.yearEndBonus.qualified}
              checks={[b.year.yearEndBonus.caseStudy, b.year.yearEndBonus.approvedGoals]}
              board={b}
              rule="Must produce one case study from a client each year; every client must have an approved POWER goal."
            />
            <QualificationCard
              title="President’s Club"
              qualified={b.year.presidentsClub.qualified}
              checks={b.year.presidentsClub.checks}
              board={b}
              rule="100% of assigned clients retained, 100% validating 100% ROI, and $125,000 closed as lead source."
            />
          </div>
          <GoalApprovalsCard goals={b.year.goals} perYear={s.targets.powerGoalsPerClientPerYear} year={b.year.year} />
          <AsksCards board={b} spiffCents={s.comp.processSpiffCents} perSpiff={s.comp.processesPerSpiff} />
        </>
      )}
    </div>
  );
}
