import type { DeckRecord } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { showToast } from '../../app/toasts';
import { usePlatform } from '../../platform';
import { useTimeZone } from '../shared/clock';
import { formatDateTime } from '../shared/format';
import { formatSize } from './BatchProgress';
import { deckKindLabel } from '../../../src-core/deck';
import { KIND_LABELS } from './DeckControls';
import { savedFileId } from './save-deck';

interface Props {
  decks: DeckRecord[];
  /** The fingerprint of the account's data now, to tell a deck built from older data. */
  currentHash: string;
  disabled: boolean;
  onGenerateAgain(deck: DeckRecord): void;
  /** Opens "Email to client" for a deck. */
  onEmail(deck: DeckRecord): void;
}

/** Every deck generated for the account, newest first, with the data it came from. */
export function DeckHistory({ decks, currentHash, disabled, onGenerateAgain, onEmail }: Props) {
  const zone = useTimeZone();
  const platform = usePlatform();
  const live = decks.filter((d) => !d.deleted).sort((a, b) => b.generatedAt.localeCompare(a.generatedAt));
  if (live.length === 0) return <p className="muted">No decks generated for this account yet.</p>;
  return (
    <ul className="deck-history" aria-label="Deck history">
      {live.map((d) => {
        const fileId = savedFileId(d.id);
        return (
          <li key={d.id} className="deck-history__item">
            <div className="deck-history__what">
              <span className="deck-history__title">
                {d.kind === 'case_study' ? deckKindLabel(d.kind) : KIND_LABELS[d.kind]} · {periodLabel(d.period)}
              </span>
              <span className="mono deck-history__file">{d.fileName}</span>
              <span className="muted deck-history__meta">
                {formatDateTime(d.generatedAt, zone)} · {d.slideCount} slides · {formatSize(d.sizeBytes)} ·{' '}
                <span title={`Data fingerprint ${d.dataHash}`}>
                  data {shortHash(d.dataHash)}, {d.dataHash === currentHash ? 'matches the data now' : 'changed since'}
                </span>
              </span>
            </div>
            <div className="deck-history__actions">
              {fileId && platform.openFile && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void openDeck(platform.openFile!, fileId)}
                >
                  Open
                </button>
              )}
              {fileId && platform.revealFile && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void revealDeck(platform.revealFile!, fileId)}
                >
                  Reveal in folder
                </button>
              )}
              {d.kind === 'case_study' ? (
                <span className="muted deck-history__meta">Made again from the Relationship tab</span>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  disabled={disabled}
                  onClick={() => onGenerateAgain(d)}
                >
                  Generate again
                </button>
              )}
              <button type="button" className="button button--small" onClick={() => onEmail(d)}>
                Email to client…
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function periodLabel(key: string): string {
  try {
    return parsePeriod(key).label;
  } catch {
    return key;
  }
}

/** `fnv1a:412:9c0e57aa` → `9c0e57aa`: enough to tell two decks' data apart at a glance. */
function shortHash(hash: string): string {
  return hash.split(':').pop()!.slice(0, 8);
}

async function openDeck(open: (id: string) => Promise<{ opened: boolean; message?: string }>, fileId: string) {
  const result = await open(fileId);
  if (!result.opened) showToast('error', result.message ?? 'The deck could not be opened.');
}

async function revealDeck(reveal: (id: string) => Promise<boolean>, fileId: string) {
  if (!(await reveal(fileId))) showToast('error', 'The deck could not be shown: it may have been moved or deleted.');
}
