// Reading a scanned code on the station itself, with no server: the plain token or signed code
// out of whatever the scanner read (the whole QR URL, a path, the code alone), a signed code's
// Ed25519 signature checked with WebCrypto against the event's public key, and the short hash a
// plain token is found by in the kit. The same rules as the server's TokenReader and DoorCode.

const SIGNED_LENGTH = 133;
const PAYLOAD_BYTES = 34;

/** The code in a scanned text: the token query parameter, the last path segment, or the text. */
export function codeIn(text) {
  let t = String(text || '').trim();
  const query = /[?&]token=([^&#]*)/.exec(t);
  if (query) {
    try { t = decodeURIComponent(query[1]); } catch { return ''; }
  } else if (t.includes('/')) {
    t = t.slice(t.lastIndexOf('/') + 1);
  }
  return t;
}

export function looksSigned(code) {
  return code.length === SIGNED_LENGTH && code.startsWith('U1') && /^[A-Za-z0-9_-]+$/.test(code.slice(2));
}

/**
 * {eventId, invitationId, seats} of a signed code whose signature verifies under the raw
 * public key (base64url); null when it does not (tampered, another event's key, not signed).
 */
export async function verifySigned(code, publicKeyB64) {
  if (!looksSigned(code)) return null;
  const all = fromB64url(code.slice(2));
  if (all.length !== PAYLOAD_BYTES + 64) return null;
  const payload = all.slice(0, PAYLOAD_BYTES);
  const message = new Uint8Array(2 + PAYLOAD_BYTES);
  message.set([0x55, 0x31]); // "U1": the signature covers the format too
  message.set(payload, 2);
  try {
    const key = await crypto.subtle.importKey('raw', fromB64url(publicKeyB64), { name: 'Ed25519' }, false, ['verify']);
    if (!await crypto.subtle.verify({ name: 'Ed25519' }, key, all.slice(PAYLOAD_BYTES), message)) return null;
  } catch {
    return null; // a browser without Ed25519 in WebCrypto cannot vouch for a code: not admitted offline
  }
  const seats = (payload[32] << 8) | payload[33];
  return { eventId: uuid(payload.slice(0, 16)), invitationId: uuid(payload.slice(16, 32)), seats };
}

/** The first 16 bytes of the token's SHA-256, base64url: how the kit names a plain code. */
export async function tokenHash(token) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  return toB64url(digest.slice(0, 16));
}

function fromB64url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function toB64url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function uuid(bytes) {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
