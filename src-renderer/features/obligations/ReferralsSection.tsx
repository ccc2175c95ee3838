import { useState, type FormEvent } from 'react';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../../src-core/model';
import { REFERRAL_SUGGESTION_DEFINITION, referralSuggestions } from '../../../src-core/obligations';
import type { AccountDetail } from '../../store/types';
import { useTimeZone } from '../shared/clock';
import { Dialog } from '../shared/Dialog';
import { formatDate, labelOf } from '../shared/format';
import { useAddReferral, useSetReferralStatus } from './mutations';
import { RequestDialog, type RequestChoice } from './RequestDialog';
import { FormActions } from '../shared/FormActions';

/** Referrals this client gave (company, contact, date, outcome), and the ask when it is a promoter. */
export function ReferralsSection({ detail, today }: { detail: AccountDetail; today: string }) {
  const zone = useTimeZone();
  const [adding, setAdding] = useState(false);
  const [choice, setChoice] = useState<RequestChoice | null>(null);
  const setStatus = useSetReferralStatus(detail.account.id);
  const referrals = detail.referrals.filter((r) => !r.deleted).sort((a, b) => b.date.localeCompare(a.date));
  const suggested = referralSuggestions([detail], today, zone)[0];
  return (
    <section className="asks" aria-label="Referrals">
      <div className="asks__head">
        <h3 className="asks__title">Referrals</h3>
        <span className="asks__actions">
          <button
            type="button"
            className="button"
            onClick={() => setChoice({ kind: 'referral', trigger: 'ad_hoc', causeId: null })}
          >
            Ask for a referral
          </button>
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            Record a referral
          </button>
        </span>
      </div>
      {suggested && (
        <p className="asks__item asks__item--due" title={REFERRAL_SUGGESTION_DEFINITION}>
          A promoter: NPS {suggested.answer.nps} on {formatDate(suggested.answer.date)}, and no referral asked in 90
          days.
        </p>
      )}
      {referrals.length === 0 ? (
        <p className="muted">No referrals recorded from this client.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Referred company</th>
              <th scope="col">Contact</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {referrals.map((r) => (
              <tr key={r.id}>
                <td className="nowrap">{formatDate(r.date)}</td>
                <td>
                  <div className="strong">{r.referredName}</div>
                  {r.note && <div className="sub">{r.note}</div>}
                </td>
                <td>{r.referredContact || '—'}</td>
                <td>
                  <select
                    aria-label={`Outcome of ${r.referredName}`}
                    value={r.status}
                    onChange={(e) => setStatus.mutate({ id: r.id, status: e.target.value as ReferralStatus })}
                  >
                    {REFERRAL_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {labelOf(s)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog title="Record a referral" open={adding} onClose={() => setAdding(false)}>
        <ReferralForm detail={detail} today={today} onDone={() => setAdding(false)} />
      </Dialog>
      <RequestDialog detail={detail} choice={choice} onClose={() => setChoice(null)} />
    </section>
  );
}

function ReferralForm({ detail, today, onDone }: { detail: AccountDetail; today: string; onDone(): void }) {
  const add = useAddReferral(detail.account.id);
  const [company, setCompany] = useState('');
  const [contact, setContact] = useState('');
  const [date, setDate] = useState(today);
  const [status, setStatusValue] = useState<ReferralStatus>('received');
  const [note, setNote] = useState('');
  // A referral that follows an ask answers it: the latest open referral request of this client.
  const ask = detail.clientRequests
    .filter((r) => r.kind === 'referral' && !r.deleted)
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];
  const answered = new Set(detail.referrals.map((r) => r.requestId));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      {
        accountId: detail.account.id,
        referredName: company.trim(),
        referredContact: contact.trim(),
        date,
        status,
        note: note.trim(),
        requestId: ask && !answered.has(ask.id) ? ask.id : null,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="dialog__body" onSubmit={onSubmit}>
      <div className="form-grid">
        <label className="field">
          <span>Referred company</span>
          <input required autoFocus value={company} onChange={(e) => setCompany(e.target.value)} />
        </label>
        <label className="field">
          <span>Contact (name, email or phone)</span>
          <input value={contact} onChange={(e) => setContact(e.target.value)} />
        </label>
        <label className="field">
          <span>Date</span>
          <input type="date" required max={today} value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span>Outcome</span>
          <select value={status} onChange={(e) => setStatusValue(e.target.value as ReferralStatus)}>
            {REFERRAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {labelOf(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--wide">
          <span>Note</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <FormActions pending={add.isPending} submit="Record referral" onCancel={onDone} />
    </form>
  );
}
