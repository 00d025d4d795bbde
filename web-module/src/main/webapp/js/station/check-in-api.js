import { api } from '../platform/api.js';
import { deviceId } from './offline-door.js';

const TIME_LIMIT_MS = 10000;
const RETRY_PAUSES_MS = [1000, 3000];

/**
 * Posts scans to POST /api/check-ins, and guests found by name to POST /api/check-ins/manual.
 * Each code (or invitation) gets a nonce for its attempt, kept until the server answers: a retry
 * after a time-out or a lost connection (here, or the volunteer scanning the same code again)
 * sends the same nonce, so the server answers it from the first attempt and never admits twice.
 * A network failure is retried twice, then thrown (status 0).
 *
 * A scan without a count asks the server to answer choose-seats when more than one seat is left
 * (or part of the party came already): nothing is admitted then, and the station posts again
 * with the count the volunteer chose.
 */
export class CheckInClient {
  constructor() {
    this.unanswered = new Map(); // code or 'manual:' + invitation id -> nonce of the attempt with no answer yet
  }

  checkIn(code, { station, eventId, input, seats, listId, gate, exit }) {
    return this.once(code, (nonce) => ({
      token: code, station, nonce, eventId: eventId || undefined, seats: seats || undefined, askSeats: !seats,
      listId: listId || undefined, gate: gate || undefined, exit: exit || undefined,
      device: { input, userAgent: navigator.userAgent.slice(0, 300), id: deviceId() },
    }), '/check-ins');
  }

  admitByName(invitationId, { station, eventId, seats, listId, gate }) {
    return this.once(`manual:${invitationId}`, (nonce) => ({
      invitationId, eventId, station, nonce, seats: seats || undefined, listId: listId || undefined, gate: gate || undefined,
      device: { input: 'name search', userAgent: navigator.userAgent.slice(0, 300) },
    }), '/check-ins/manual');
  }

  /**
   * The nonce for an admission this device decides offline: the unanswered online attempt's (it
   * may have reached the server), used up here; or a new one.
   */
  takeNonce(code) {
    const nonce = this.unanswered.get(code) || newNonce();
    this.unanswered.delete(code);
    return nonce;
  }

  async once(key, bodyFor, path) {
    let nonce = this.unanswered.get(key);
    if (!nonce) {
      nonce = newNonce();
      this.unanswered.set(key, nonce);
    }
    const body = bodyFor(nonce);
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await withTimeLimit((signal) => api('POST', path, { body, signal }));
        this.unanswered.delete(key);
        return answer;
      } catch (e) {
        if (e.status !== 0) {
          this.unanswered.delete(key); // the server answered (a problem): this attempt is over
          throw e;
        }
        if (attempt >= RETRY_PAUSES_MS.length) throw e;
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSES_MS[attempt]));
      }
    }
  }
}

/**
 * May the signed-in caller admit at this event's door (null: any event), on this check-in list
 * (null: the event's default list)? 403 names why not; the answer lists the event's lists.
 */
export function stationAccess(eventId, listId) {
  const query = {};
  if (eventId) query.eventId = eventId;
  if (listId) query.listId = listId;
  return api('GET', '/check-ins/station-access', { query });
}

/** The event's invitations whose name contains q, or whose phone is q (local formats too). */
export function findGuests(eventId, q) {
  return api('GET', '/check-ins/guests', { query: { eventId, q } });
}

/** Takes back an admission this staff member made a moment ago; the seats return to the code. */
export function undoAdmission(scanId) {
  return api('DELETE', `/check-ins/${encodeURIComponent(scanId)}`);
}

async function withTimeLimit(call) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIME_LIMIT_MS);
  try {
    return await call(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

function newNonce() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
