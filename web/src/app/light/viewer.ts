import { tokenStore } from '../pwa/token';

// Who is signed in on this phone, remembered beside the session, so a light page opened with no
// signal still knows whose queued writes it may show and send.

const KEY = 'gj.viewer';
const tag = (token: string) => token.slice(-12);

export function rememberViewer(id: string | null): void {
  const token = tokenStore.get();
  if (id && token) localStorage.setItem(KEY, JSON.stringify({ id, for: tag(token) }));
  else localStorage.removeItem(KEY);
}

/** The account behind the current token, as last seen; null when unknown or another session. */
export function knownViewer(): string | null {
  const token = tokenStore.get();
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { id: string; for: string } | null;
    return token && stored?.for === tag(token) ? stored.id : null;
  } catch {
    return null;
  }
}
