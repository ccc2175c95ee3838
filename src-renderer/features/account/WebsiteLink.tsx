import { reportError } from '../../app/describe-error';
import { showToast } from '../../app/toasts';
import { usePlatform } from '../../platform';

/** The client's website, opened in the system browser (never inside the app window). */
export function WebsiteLink({ url }: { url: string }) {
  const platform = usePlatform();
  if (!/^https?:\/\//i.test(url)) return <>{url || '—'}</>;
  return (
    <a
      href={url}
      rel="noopener noreferrer"
      onClick={(e) => {
        e.preventDefault();
        platform
          .openExternal(url)
          .catch((error: unknown) => showToast('error', reportError(error, 'opening the website')));
      }}
    >
      {url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')}
    </a>
  );
}
