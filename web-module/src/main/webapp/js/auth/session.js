// The signed-in caller's bearer token. Kept in this tab's sessionStorage (survives a reload,
// gone with the tab, never in a URL or a cookie) and cleared at sign-out or on a 401.
const KEY = 'usher.session';
const listeners = new Set();
let current = load();
let endReason = null;

function load() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    return saved && saved.token && !(saved.expiresAt && Date.now() >= saved.expiresAt) ? saved : null;
  } catch {
    return null;
  }
}

function notify() {
  listeners.forEach((listener) => listener(current));
}

export const session = {
  /** The bearer token, or null when nobody is signed in (or the token has run out). */
  token() {
    if (current && current.expiresAt && Date.now() >= current.expiresAt) {
      this.end('Your sign-in has expired; sign in again.');
    }
    return current ? current.token : null;
  },
  /** {token, expiresAt (ms), source: 'oidc' | 'dev', email?, endSessionUrl?} */
  current() {
    return current;
  },
  start(value) {
    current = value;
    endReason = null;
    sessionStorage.setItem(KEY, JSON.stringify(value));
    notify();
  },
  end(reason = null) {
    current = null;
    endReason = reason;
    sessionStorage.removeItem(KEY);
    notify();
  },
  /** Ends the session because the API refused its token (401). */
  expire(error) {
    this.end(error && error.detail ? `The server refused your sign-in: ${error.detail}` : 'Sign in again.');
  },
  /** Why the last session ended, if not by signing out. */
  endReason() {
    return endReason;
  },
  onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
