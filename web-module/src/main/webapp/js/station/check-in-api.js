import { api } from '../platform/api.js';

const TIME_LIMIT_MS = 10000;
const RETRY_PAUSES_MS = [1000, 3000];

/**
 * Posts scans to POST /api/check-ins. Each code gets a nonce for its attempt, kept until the
 * server answers: a retry after a time-out or a lost connection (here, or the volunteer
 * scanning the same code again) sends the same nonce, so the server answers it from the first
 * attempt and never admits twice. A network failure is retried twice, then thrown (status 0).
 */
export class CheckInClient {
  constructor() {
    this.unanswered = new Map(); // code -> nonce of the attempt that got no answer yet
  }

  async checkIn(code, { station, eventId, input }) {
    let nonce = this.unanswered.get(code);
    if (!nonce) {
      nonce = newNonce();
      this.unanswered.set(code, nonce);
    }
    const body = {
      token: code, station, nonce, eventId: eventId || undefined,
      device: { input, userAgent: navigator.userAgent.slice(0, 300) },
    };
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await withTimeLimit((signal) => api('POST', '/check-ins', { body, signal }));
        this.unanswered.delete(code);
        return answer;
      } catch (e) {
        if (e.status !== 0) {
          this.unanswered.delete(code); // the server answered (a problem): this attempt is over
          throw e;
        }
        if (attempt >= RETRY_PAUSES_MS.length) throw e;
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSES_MS[attempt]));
      }
    }
  }
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
