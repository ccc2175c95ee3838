import { useState, type FormEvent } from 'react';
import { CONTACT_ROLES, type Contact, type ContactRole } from '../../../src-core/model';
import { labelOf } from '../shared/format';
import { useUpdateContact } from './mutations';
import { FormActions } from '../shared/FormActions';

/** Edits a contact's role, reach and personal details in place; saved offline through the writer. */
export function ContactEditor({ contact, onDone }: { contact: Contact; onDone(): void }) {
  const update = useUpdateContact(contact.accountId);
  const [form, setForm] = useState({
    title: contact.title,
    role: contact.role,
    email: contact.email,
    phone: contact.phone,
    birthday: contact.birthday ?? '',
    family: contact.family,
    interests: contact.interests,
    personalNotes: contact.personalNotes,
  });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      { id: contact.id, fields: { ...form, birthday: form.birthday.trim() || null } },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="card contact contact--editing" onSubmit={onSubmit} aria-label={`Edit ${contact.name}`}>
      <h3 className="contact__name">{contact.name}</h3>
      <div className="form-grid">
        <label className="field">
          <span>Title</span>
          <input value={form.title} onChange={(e) => set({ title: e.target.value })} />
        </label>
        <label className="field">
          <span>Role</span>
          <select value={form.role} onChange={(e) => set({ role: e.target.value as ContactRole })}>
            {CONTACT_ROLES.map((r) => (
              <option key={r} value={r}>
                {labelOf(r)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Email</span>
          <input type="email" value={form.email} onChange={(e) => set({ email: e.target.value })} />
        </label>
        <label className="field">
          <span>Phone</span>
          <input value={form.phone} onChange={(e) => set({ phone: e.target.value })} />
        </label>
        <label className="field">
          <span>Birthday (MM-DD)</span>
          <input
            value={form.birthday}
            placeholder="04-23"
            pattern="(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
            onChange={(e) => set({ birthday: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Family</span>
          <input value={form.family} onChange={(e) => set({ family: e.target.value })} />
        </label>
        <label className="field field--wide">
          <span>Interests</span>
          <input value={form.interests} onChange={(e) => set({ interests: e.target.value })} />
        </label>
        <label className="field field--wide">
          <span>Notes</span>
          <textarea rows={3} value={form.personalNotes} onChange={(e) => set({ personalNotes: e.target.value })} />
        </label>
      </div>
      <FormActions pending={update.isPending} submit="Save contact" onCancel={onDone} />
    </form>
  );
}
