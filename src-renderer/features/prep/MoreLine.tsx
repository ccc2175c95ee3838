/** How many items of a list the printed brief keeps (prep.css hides the rest with nth-child). */
export const PRINT_ITEMS = 3;
/** Lists in "For you, not the client" keep two lines a part in print. */
export const PRINT_ITEMS_FOR_YOU = 2;

interface Props {
  total: number;
  /** Items rendered on screen (a list may cut long tails on screen too). */
  shown: number;
  /** Items the printed brief keeps. */
  printed?: number;
  /** Names of what is left out, when short enough to say ("Megan Vaughn, CEO"). */
  names?: string[];
}

/**
 * The last line of a cut list: "+N more", on screen when the list cuts its tail and in print
 * when the one-page brief does — so the brief never drops a line without saying so.
 */
export function MoreLine({ total, shown, printed = PRINT_ITEMS, names }: Props) {
  const onScreen = total - shown;
  const onPaper = total - Math.min(shown, printed);
  if (onPaper <= 0) return null;
  const left = (n: number, from: number) =>
    names && names.length > 0 ? `+${n} more: ${names.slice(from).join(', ')}` : `+${n} more`;
  return (
    <li className="prep-more">
      {onScreen > 0 && <span className="prep-more__screen muted">{left(onScreen, shown)}</span>}
      <span className="prep-more__print">{left(onPaper, Math.min(shown, printed))} (see the app)</span>
    </li>
  );
}
