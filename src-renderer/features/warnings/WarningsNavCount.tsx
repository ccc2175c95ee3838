import './warnings.css';
import { useWarningsInbox } from './queries';

/**
 * The open-warnings count beside "Warnings" in the sidebar. Mounting it keeps the inbox current
 * from the moment a book opens: detection runs in the book worker whenever the book changes.
 */
export function WarningsNavCount() {
  const { inbox, stored } = useWarningsInbox();
  if (!stored.data || inbox.length === 0) return null;
  return (
    <span className="nav__count">
      {inbox.length}
      <span className="visually-hidden"> open</span>
    </span>
  );
}
