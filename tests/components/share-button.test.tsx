import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton, shareableUrl } from '../../src/components/share-button';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ShareButton', () => {
  it('copies the address without its #fragment and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    window.history.replaceState(null, '', '/characters?season=2&q=nick#source-1');
    render(<ShareButton title="Characters" />);
    await user.click(screen.getByRole('button', { name: 'Share this page' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/characters?season=2&q=nick');
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('uses the share sheet when the browser has one', async () => {
    const user = userEvent.setup();
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, share });
    window.history.replaceState(null, '', '/cast/joe-locke');
    render(<ShareButton title="Joe Locke" />);
    await user.click(screen.getByRole('button', { name: 'Share this page' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Joe Locke',
      url: 'http://localhost:3000/cast/joe-locke',
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('explains when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareButton title="Volume 1" />);
    await user.click(screen.getByRole('button', { name: 'Share this page' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copy it from the address bar instead');
  });
});

describe('shareableUrl', () => {
  it('keeps the path and query and drops the fragment', () => {
    expect(
      shareableUrl({
        origin: 'https://fans.example',
        pathname: '/wiki/cast',
        search: '?role=main',
      }),
    ).toBe('https://fans.example/wiki/cast?role=main');
  });
});
