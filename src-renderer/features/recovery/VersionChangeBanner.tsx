import './recovery.css';

/**
 * Shown, and kept, once another window upgraded the open book: this window has closed its
 * connection (store/version-change.ts) and reloading is the way to continue. Saved work is on disk.
 */
export function VersionChangeBanner({ onReload = () => window.location.reload() }: { onReload?: () => void }) {
  return (
    <div className="version-banner" role="alert">
      <span>Fieldbook was updated in another window — Reload to continue. Everything you saved is kept.</span>
      <button type="button" className="button button--primary" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
