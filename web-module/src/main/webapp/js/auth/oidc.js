import { ApiError } from '../platform/api-error.js';

// OpenID Connect sign-in in the browser: authorization code with PKCE (RFC 7636), for a
// public client (no secret). The provider is found through its discovery document, whose
// issuer must be the configured one. The access token becomes the API's bearer token.
const PENDING = 'usher.oidc.pending';

function randomString(bytes) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(buffer) {
  const bytes = new Uint8Array(buffer);
  let text = '';
  bytes.forEach((b) => { text += String.fromCharCode(b); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function failure(detail) {
  return new ApiError(0, { title: 'Sign-in failed', detail });
}

async function discover(settings) {
  let response;
  try {
    response = await fetch(settings.discoveryUrl, { credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch (e) {
    throw failure(`The identity provider cannot be reached at ${settings.discoveryUrl} (${e.message}).`);
  }
  if (!response.ok) throw failure(`The identity provider's discovery document answered ${response.status}.`);
  const doc = await response.json();
  if (doc.issuer !== settings.issuer) {
    throw failure(`The discovery document names the issuer ${doc.issuer}, not the configured ${settings.issuer}.`);
  }
  return doc;
}

/** The console's own address, registered at the provider as the redirect URI. */
export function redirectUri() {
  return location.origin + location.pathname;
}

/** Sends the browser to the provider's sign-in page; comes back to `returnTo` (a hash route). */
export async function beginSignIn(settings, returnTo) {
  const doc = await discover(settings);
  const verifier = randomString(32);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const pending = {
    verifier, state: randomString(16), nonce: randomString(16), returnTo: returnTo || '#/events',
    tokenEndpoint: doc.token_endpoint, endSessionEndpoint: doc.end_session_endpoint || null,
  };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(doc.authorization_endpoint);
  Object.entries({
    response_type: 'code', client_id: settings.clientId, redirect_uri: redirectUri(), scope: settings.scopes,
    state: pending.state, nonce: pending.nonce, code_challenge: challenge, code_challenge_method: 'S256',
  }).forEach(([key, value]) => url.searchParams.set(key, value));
  location.assign(url.toString());
}

/** Whether this page load is the provider sending the browser back. */
export function isCallback() {
  const params = new URLSearchParams(location.search);
  return params.has('state') && (params.has('code') || params.has('error'));
}

/** Exchanges the code for tokens; returns the session to start. Clears the code from the URL. */
export async function completeSignIn(settings) {
  const params = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', location.pathname + (pending ? pending.returnTo : '#/events'));
  if (!pending || params.get('state') !== pending.state) {
    throw failure('This sign-in answer does not belong to a sign-in started in this tab; sign in again.');
  }
  if (params.has('error')) {
    throw failure(`The identity provider refused: ${params.get('error_description') || params.get('error')}.`);
  }
  const body = new URLSearchParams({
    grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
    client_id: settings.clientId, code_verifier: pending.verifier,
  });
  let response;
  try {
    response = await fetch(pending.tokenEndpoint, {
      method: 'POST', body, credentials: 'omit',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    });
  } catch (e) {
    throw failure(`The identity provider's token endpoint cannot be reached (${e.message}).`);
  }
  const tokens = await response.json().catch(() => ({}));
  if (!response.ok || !tokens.access_token) {
    throw failure(`The identity provider did not issue a token: ${tokens.error_description || tokens.error || response.status}.`);
  }
  const claims = tokens.id_token ? payload(tokens.id_token) : {};
  if (tokens.id_token && claims.nonce !== pending.nonce) {
    throw failure('The ID token does not carry the nonce of this sign-in.');
  }
  return {
    token: tokens.access_token, source: 'oidc', email: claims.email || null,
    expiresAt: tokens.expires_in ? Date.now() + Number(tokens.expires_in) * 1000 : null,
    endSessionUrl: pending.endSessionEndpoint,
  };
}

function payload(jwt) {
  const part = jwt.split('.')[1] || '';
  const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
}

/** Where to send the browser after a local sign-out, to end the provider's session too. */
export function endSessionUrl(settings, endpoint) {
  if (!endpoint) return null;
  const url = new URL(endpoint);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('post_logout_redirect_uri', redirectUri());
  return url.toString();
}
