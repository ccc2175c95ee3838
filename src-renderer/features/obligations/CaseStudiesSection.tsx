import { useState, type FormEvent } from 'react';
import { CaseStudyDeckDialog } from './CaseStudyDeckDialog';
import type { CaseStudy } from '../../../src-core/model';
import { CASE_STUDY_DEFINITION } from '../../../src-core/obligations';
import type { AccountDetail } from '../../store/types';
import { Badge } from '../shared/Badge';
import { Dialog } from '../shared/Dialog';
import { formatDate, labelOf } from '../shared/format';
import { useAdvanceCaseStudy, useSaveCaseStudy } from './mutations';
import { FormActions } from '../shared/FormActions';

const NEXT_LABEL: Record<CaseStudy['status'], string | null> = {
  candidate: 'Mark drafted',
  drafted: 'Client approved',
  approved: 'Published',
  published: null,
};

/** This client as a case study: a candidate, drafted, approved by the client, published (one a year earns the bonus). */
export function CaseStudiesSection({ detail, today }: { detail: AccountDetail; today: string }) {
  const [adding, setAdding] = useState(false);
  const advance = useAdvanceCaseStudy(detail.account.id);
  const [deckFor, setDeckFor] = useState<CaseStudy | null>(null);
  const studies = detail.caseStudies.filter((s) => !s.deleted).sort((a, b) => b.markedOn.localeCompare(a.markedOn));
  return (
    <section className="asks" aria-label="Case studies">
      <div className="asks__head">
        <h3 className="asks__title" title={CASE_STUDY_DEFINITION}>
          Case study
        </h3>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Mark as case-study candidate
        </button>
      </div>
      {studies.length === 0 && <p className="muted">Not a case-study candidate yet.</p>}
      <ul className="asks__list">
        {studies.map((s) => (
          <li key={s.id} className="asks__item">
            <span>
              <strong>{s.title}</strong>{' '}
              <Badge tone={s.status === 'published' || s.status === 'approved' ? 'good' : 'info'}>
                {labelOf(s.status)}
              </Badge>
              <span className="sub">{stepDates(s)}</span>
            </span>
            <span className="asks__actions">
              <button type="button" className="button button--small" onClick={() => setDeckFor(s)}>
                Case-study deck (.pptx)
              </button>
              {NEXT_LABEL[s.status] && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={advance.isPending}
                  onClick={() => advance.mutate({ id: s.id, on: today })}
                >
                  {NEXT_LABEL[s.status]}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <CaseStudyDeckDialog detail={detail} study={deckFor} today={today} onClose={() => setDeckFor(null)} />
      <Dialog title="Case-study candidate" open={adding} onClose={() => setAdding(false)}>
        <CaseStudyForm detail={detail} today={today} onDone={() => setAdding(false)} />
      </Dialog>
    </section>
  );
}

function stepDates(s: CaseStudy): string {
  const steps: [string, string | null][] = [
    ['marked', s.markedOn],
    ['drafted', s.draftedOn],
    ['approved', s.approvedOn],
    ['published', s.publishedOn],
  ];
  return steps
    .filter(([, d]) => d !== null)
    .map(([w, d]) => `${w} ${formatDate(d!)}`)
    .join(' · ');
}

function CaseStudyForm({ detail, today, onDone }: { detail: AccountDetail; today: string; onDone(): void }) {
  const save = useSaveCaseStudy(detail.account.id);
  const quotes = detail.feedback.filter((f) => !f.deleted && f.comment.trim() !== '');
  const [title, setTitle] = useState('');
  const [situation, setSituation] = useState('');
  const [whatWeDid, setWhatWeDid] = useState('');
  const [quote, setQuote] = useState(quotes[0]?.id ?? '');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        accountId: detail.account.id,
        title: title.trim(),
        status: 'candidate',
        markedOn: today,
        draftedOn: null,
        approvedOn: null,
        publishedOn: null,
        situation: situation.trim(),
        whatWeDid: whatWeDid.trim(),
        quoteFeedbackId: quote || null,
        link: '',
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="dialog__body" onSubmit={onSubmit}>
      <p className="hint">Written for the client and the public: the case-study deck shows these words as they are.</p>
      <div className="form-grid">
        <label className="field field--wide">
          <span>Headline</span>
          <input
            required
            autoFocus
            value={title}
            placeholder="Booked jobs up 40% in one season"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="field field--wide">
          <span>The situation</span>
          <textarea rows={3} value={situation} onChange={(e) => setSituation(e.target.value)} />
        </label>
        <label className="field field--wide">
          <span>What we did</span>
          <textarea rows={3} value={whatWeDid} onChange={(e) => setWhatWeDid(e.target.value)} />
        </label>
        <label className="field field--wide">
          <span>Client quote (from their feedback)</span>
          <select value={quote} onChange={(e) => setQuote(e.target.value)}>
            <option value="">No quote</option>
            {quotes.map((f) => (
              <option key={f.id} value={f.id}>
                {formatDate(f.date)} — “{f.comment.slice(0, 80)}”
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormActions pending={save.isPending} submit="Save candidate" onCancel={onDone} />
    </form>
  );
}
