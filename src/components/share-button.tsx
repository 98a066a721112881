/**
 * Shares the page as the reader sees it: the Web Share sheet where the browser has one,
 * otherwise the link goes to the clipboard with a visible, announced "Link copied".
 * The link is the address bar (path and query: the view, its search and filters) without the
 * #fragment; reader settings live in localStorage, never in the URL, so they are never shared.
 * Needs JavaScript, so until the app runs the button is laid out but invisible: it takes the same
 * space (nothing moves when it appears) and cannot be focused or heard.
 */
import { useRef, useState } from 'react';
import { useHydrated } from '../lib/use-hydrated';

type Outcome = 'idle' | 'copied' | 'failed';

export function shareableUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

const MESSAGE: Record<Outcome, string> = {
  idle: '',
  copied: 'Link copied',
  failed: 'Could not copy the link. Copy it from the address bar instead.',
};

export function ShareButton({
  title,
  label = 'Share this page',
}: {
  title: string;
  label?: string;
}) {
  const hydrated = useHydrated();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = (next: Outcome) => {
    setOutcome(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOutcome('idle'), 4000);
  };

  async function share() {
    const url = shareableUrl(window.location);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      show('copied');
    } catch {
      show('failed');
    }
  }

  return (
    <div className={hydrated ? 'share' : 'share share--pending'}>
      <button type="button" className="button button--quiet" onClick={() => void share()}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M18 16a3 3 0 0 0-2.4 1.2l-6.7-3.4a3 3 0 0 0 0-1.6l6.7-3.4A3 3 0 1 0 15 7l-6.7 3.4a3 3 0 1 0 0 3.2L15 17a3 3 0 1 0 3-1z"
          />
        </svg>
        {label}
      </button>
      <span className="share__status" role="status">
        {MESSAGE[outcome]}
      </span>
    </div>
  );
}
