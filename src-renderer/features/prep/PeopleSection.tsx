import type { Activity, Contact } from '../../../src-core/model';
import { daysBetween } from '../../../src-core/time';
import { PrepSection } from './PrepSection';
import { formatBirthday, formatDate, labelOf } from '../shared/format';
import { Badge } from '../shared/Badge';
import { MoreLine } from './MoreLine';

/** Days from today to the next occurrence of an `MM-DD` birthday. */
export function daysToBirthday(today: string, monthDay: string): number {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-${monthDay}`;
  const next = thisYear >= today ? thisYear : `${year + 1}-${monthDay}`;
  return daysBetween(
    today,
    monthDay === '02-29' && next.endsWith('02-29') && !isLeap(Number(next.slice(0, 4)))
      ? next.replace('02-29', '03-01')
      : next,
  );
}
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** 4. People: who is coming, their role, the last time we spoke, what to remember about them. */
export function PeopleSection({
  contacts,
  attendeeIds,
  activities,
  today,
}: {
  contacts: Contact[];
  attendeeIds: string[];
  activities: Activity[];
  today: string;
}) {
  const live = contacts.filter((c) => !c.deleted);
  const attending = new Set(attendeeIds);
  const people = [...live].sort(
    (a, b) =>
      Number(attending.has(b.id)) - Number(attending.has(a.id)) ||
      Number(b.isPrimary) - Number(a.isPrimary) ||
      a.name.localeCompare(b.name),
  );
  const lastWith = (id: string) =>
    activities
      .filter((a) => !a.deleted && a.status === 'completed' && a.attendeeIds.includes(id))
      .reduce<Activity | null>((l, a) => (l === null || a.at > l.at ? a : l), null);
  return (
    <PrepSection id="people">
      {people.length === 0 ? (
        <p className="muted">No contacts on file.</p>
      ) : (
        <ul className="prep-people">
          {people.map((c) => {
            const last = lastWith(c.id);
            const soon = c.birthday ? daysToBirthday(today, c.birthday) : null;
            return (
              <li key={c.id} className="prep-person">
                <p className="prep-person__name">
                  <strong>{c.name}</strong> {attending.has(c.id) && <Badge tone="accent">Attending</Badge>}{' '}
                  {c.isPrimary && <Badge>Primary</Badge>}
                </p>
                <p className="sub">{[c.title, labelOf(c.role)].filter(Boolean).join(' · ')}</p>
                <p className="sub">
                  {last ? `Last spoke ${formatDate(last.at)}: ${last.subject}` : 'No meeting with them on file'}
                </p>
                {c.birthday && (
                  <p className={soon !== null && soon <= 30 ? 'warn-text' : 'sub'}>
                    Birthday {formatBirthday(c.birthday)}
                    {soon !== null && soon <= 30 ? ` · in ${soon} days` : ''}
                  </p>
                )}
                {c.family && <p>Family: {c.family}</p>}
                {c.interests && <p>Interests: {c.interests}</p>}
                {c.personalNotes && <p className="muted">{c.personalNotes}</p>}
              </li>
            );
          })}
          <MoreLine
            total={people.length}
            shown={people.length}
            names={people.map((c) => [c.name, c.title].filter(Boolean).join(', '))}
          />
        </ul>
      )}
    </PrepSection>
  );
}
