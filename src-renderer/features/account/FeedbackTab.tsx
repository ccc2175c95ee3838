import { answerTone, csatScore, npsScore, SURVEY_DEFINITIONS, surveyWords } from '../../../src-core/metrics';
import type { Contact, Feedback } from '../../../src-core/model';
import { containsDate, periodContaining, previousPeriod } from '../../../src-core/time';
import type { AccountDetail } from '../../store/types';
import { FeedbackAsks } from '../obligations/FeedbackAsks';
import '../obligations/obligations.css';
import { Badge } from '../shared/Badge';
import { formatDate, labelOf } from '../shared/format';

/** NPS and CSAT this quarter and last, counted as the deck and the scorecard count them, with their basis. */
function QuarterScores({ feedback, today }: { feedback: Feedback[]; today: string }) {
  const current = periodContaining(today, 'quarter');
  return (
    <ul className="feedback-scores" aria-label="NPS and CSAT by quarter">
      {[current, previousPeriod(current)].map((quarter) => {
        const rows = feedback.filter((f) => containsDate(quarter, f.date));
        return (
          <li key={quarter.key} title={`${SURVEY_DEFINITIONS.nps} ${SURVEY_DEFINITIONS.csat}`}>
            <strong>{quarter.label}</strong> {surveyWords(npsScore(rows))} · {surveyWords(csatScore(rows))}
          </li>
        );
      })}
    </ul>
  );
}

/** NPS and CSAT answers, and the asks behind them: what is due and what waits for an answer. */
export function FeedbackTab({ detail, today }: { detail: AccountDetail; today: string }) {
  const live = detail.feedback.filter((f) => !f.deleted);
  return (
    <>
      <FeedbackAsks detail={detail} today={today} />
      {live.length === 0 ? (
        <p className="empty">No NPS or CSAT feedback recorded yet.</p>
      ) : (
        <>
          <QuarterScores feedback={live} today={today} />
          <FeedbackTable live={live} contacts={detail.contacts} />
        </>
      )}
    </>
  );
}

function FeedbackTable({ live, contacts }: { live: Feedback[]; contacts: Contact[] }) {
  const names = new Map(contacts.map((c) => [c.id, c.name]));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              NPS
            </th>
            <th scope="col" className="num">
              CSAT
            </th>
            <th scope="col">From</th>
            <th scope="col">Asked</th>
            <th scope="col">Comment</th>
          </tr>
        </thead>
        <tbody>
          {live.map((f) => (
            <tr key={f.id}>
              <td className="nowrap">{formatDate(f.date)}</td>
              <td className="num">{f.nps === null ? '—' : <Badge tone={answerTone('nps', f.nps)}>{f.nps}</Badge>}</td>
              <td className="num">
                {f.csat === null ? '—' : <Badge tone={answerTone('csat', f.csat)}>{f.csat} / 5</Badge>}
              </td>
              <td>{(f.contactId && names.get(f.contactId)) || '—'}</td>
              <td>{labelOf(f.trigger)}</td>
              <td className="prewrap">{f.comment || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
