import { useState } from 'react';
import { formatMoney } from '../../../src-core/metrics';
import {
  FEEDBACK_DUE_DEFINITION,
  REFERRAL_SUGGESTION_DEFINITION,
  type ObligationsBoard,
} from '../../../src-core/obligations';
import { accountHref } from '../../app/routes';
import { formatDate, labelOf } from '../shared/format';
import { Dialog } from '../shared/Dialog';
import { ProcessForm } from './ProcessesSection';
import { TRIGGER_WORDS } from './RequestDialog';

const tabHref = (accountId: string, tab: string) => `${accountHref(accountId)}?tab=${tab}`;

/** Feedback due and unanswered, across the book. */
export function FeedbackAsksCard({ board }: { board: ObligationsBoard }) {
  const f = board.year.feedback;
  return (
    <section className="card" aria-labelledby="feedback-asks-title">
      <h2 className="card__title" id="feedback-asks-title">
        Feedback <span className="muted card__note">{FEEDBACK_DUE_DEFINITION}</span>
      </h2>
      <p>
        Asked {f.requested} time{f.requested === 1 ? '' : 's'} this year, {f.answered} answered.
      </p>
      <h3 className="asks__title">Due now ({board.feedbackDue.length})</h3>
      <ul className="board-list" aria-label="Feedback due">
        {board.feedbackDue.map((d) => (
          <li key={d.accountId}>
            <a href={tabHref(d.accountId, 'feedback')}>{d.name}</a>
            <span className="muted">
              {' '}
              — {d.prompts.map((p) => `${TRIGGER_WORDS[p.trigger]}: ${p.reason}`).join('; ')}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="asks__title">Waiting for an answer ({board.awaitingAnswer.length})</h3>
      <ul className="board-list" aria-label="Waiting for an answer">
        {board.awaitingAnswer.map(({ accountId, name, request }) => (
          <li key={request.id}>
            <a href={tabHref(accountId, 'feedback')}>{name}</a>
            <span className="muted"> — asked {formatDate(request.requestedAt.slice(0, 10))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Referrals against the yearly target, promoters to ask, case studies and processes. */
export function RelationshipCard({
  board,
  spiffCents,
  perSpiff,
}: {
  board: ObligationsBoard;
  spiffCents: number;
  perSpiff: number;
}) {
  const y = board.year;
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="relationship-title">
      <h2 className="card__title" id="relationship-title">
        Referrals, case studies, processes
      </h2>
      <p>
        <strong>{y.referrals}</strong> of {board.referralsTarget} referrals this year.
      </p>
      <h3 className="asks__title" title={REFERRAL_SUGGESTION_DEFINITION}>
        Promoters to ask for a referral ({board.referralSuggestions.length})
      </h3>
      <ul className="board-list" aria-label="Promoters to ask">
        {board.referralSuggestions.map((s) => (
          <li key={s.accountId}>
            <a href={tabHref(s.accountId, 'relationship')}>{s.name}</a>
            <span className="muted">
              {' '}
              — NPS {s.answer.nps} on {formatDate(s.answer.date)}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="asks__title">Case studies</h3>
      <ul className="board-list" aria-label="Case studies">
        {board.caseStudies.length === 0 && <li className="muted">None yet: mark a client with results to tell.</li>}
        {board.caseStudies.map(({ name, study }) => (
          <li key={study.id}>
            <a href={tabHref(study.accountId, 'relationship')}>{name}</a> — {study.title}{' '}
            <span className="muted">({labelOf(study.status)})</span>
          </li>
        ))}
      </ul>
      <div className="asks__head">
        <h3 className="asks__title">
          Processes documented this year: {y.processesDocumented}{' '}
          <span className="muted">
            ({formatMoney(spiffCents)} per {perSpiff}:{' '}
            {formatMoney(Math.floor(y.processesDocumented / perSpiff) * spiffCents)} earned)
          </span>
        </h3>
        <button type="button" className="button button--small" onClick={() => setAdding(true)}>
          Record a documented process
        </button>
      </div>
      <ul className="board-list" aria-label="Processes documented">
        {board.processes.map(({ name, process }) => (
          <li key={process.id}>
            {process.title}{' '}
            <span className="muted">
              — {name}, {formatDate(process.documentedOn)}
            </span>
          </li>
        ))}
      </ul>
      <Dialog title="Record a documented process" open={adding} onClose={() => setAdding(false)}>
        <ProcessForm
          accounts={y.goals.map((c) => ({ id: c.accountId, name: c.name }))}
          today={y.asOf}
          onDone={() => setAdding(false)}
        />
      </Dialog>
    </section>
  );
}

export function AsksCards(props: { board: ObligationsBoard; spiffCents: number; perSpiff: number }) {
  return (
    <div className="obligations-asks">
      <FeedbackAsksCard board={props.board} />
      <RelationshipCard {...props} />
    </div>
  );
}
