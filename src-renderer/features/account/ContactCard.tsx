import { useState } from 'react';
import type { Contact } from '../../../src-core/model';
import { Badge } from '../shared/Badge';
import { formatBirthday, labelOf } from '../shared/format';
import { ContactEditor } from './ContactEditor';

/** A stakeholder with their role and what the CSM remembers about them; editable in place. */
export function ContactCard({ contact }: { contact: Contact }) {
  const [editing, setEditing] = useState(false);
  if (editing) return <ContactEditor contact={contact} onDone={() => setEditing(false)} />;
  return (
    <article className="card contact" aria-label={contact.name}>
      <header className="contact__header">
        <div>
          <h3 className="contact__name">{contact.name}</h3>
          <p className="contact__title">{contact.title || '—'}</p>
        </div>
        <button
          type="button"
          className="button button--small"
          onClick={() => setEditing(true)}
          aria-label={`Edit ${contact.name}`}
        >
          Edit
        </button>
      </header>
      <div className="chips">
        <Badge tone="accent">{labelOf(contact.role)}</Badge>
        {contact.isPrimary && <Badge tone="info">Primary</Badge>}
      </div>
      <p className="contact__reach">
        {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
        {contact.phone && <span>{contact.phone}</span>}
      </p>
      <dl className="facts facts--compact">
        <dt>Birthday</dt>
        <dd>{contact.birthday ? formatBirthday(contact.birthday) : '—'}</dd>
        <dt>Family</dt>
        <dd>{contact.family || '—'}</dd>
        <dt>Interests</dt>
        <dd>{contact.interests || '—'}</dd>
        <dt>Notes</dt>
        <dd className="prewrap">{contact.personalNotes || '—'}</dd>
      </dl>
    </article>
  );
}
