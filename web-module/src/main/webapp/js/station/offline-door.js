import { api } from '../platform/api.js';
import { codeIn, looksSigned, tokenHash, verifySigned } from './door-codes.js';

// The station's offline side: the event's kit (public key, guest list, revocations) kept on the
// device, admissions decided from it while the server is out of reach, and a queue of those
// admissions (nonce, seats, the device's clock) uploaded when the server answers again. All in
// localStorage: it survives a reload or a crashed tab, and the page reads it synchronously.

const ONLINE_SYNC_MS = 60000; // kit refreshed and queue flushed this often while online
const OFFLINE_PROBE_MS = 10000; // and the server tried this often while offline
const UPLOAD_BATCH = 200;
const DEVICE_KEY = 'usher.station.device';
const kitKey = (eventId) => `usher.station.kit.${eventId}`;
const queueKey = (eventId) => `usher.station.queue.${eventId}`;

/** This device's own id (random, kept): tells two phones at the same door apart in conflicts. */
export function deviceId() {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

/**
 * One event's door, online or offline. `mode` is 'online' or 'offline'; it switches by itself:
 * offline when a call fails for the network or the browser says it lost it, online again when
 * a sync (upload, then a fresh kit) succeeds. `onChange` is called whenever anything shown changes.
 */
export class OfflineDoor {
  constructor(eventId, station, onChange) {
    this.eventId = eventId;
    this.station = station;
    this.onChange = onChange;
    this.mode = navigator.onLine === false ? 'offline' : 'online';
    this.kit = read(kitKey(eventId));
    this.queue = read(queueKey(eventId)) || [];
    this.conflicts = 0;
    this.problem = null; // why offline admission is not available (e.g. the server does not sign codes)
    this.goOnline = () => this.sync();
    this.goOffline = () => this.offline();
  }

  start() {
    window.addEventListener('online', this.goOnline);
    window.addEventListener('offline', this.goOffline);
    this.sync();
  }

  stop() {
    window.removeEventListener('online', this.goOnline);
    window.removeEventListener('offline', this.goOffline);
    clearTimeout(this.timer);
  }

  offline() {
    if (this.mode !== 'offline') {
      this.mode = 'offline';
      this.changed();
    }
    this.schedule(OFFLINE_PROBE_MS);
  }

  /** Whether this device can admit without the server: it holds a kit for its event. */
  ready() {
    return !!this.kit && !!this.kit.publicKey;
  }

  /** Uploads what is queued, then fetches a fresh kit; a network failure means offline. */
  async sync() {
    if (this.syncing) return this.syncing;
    this.syncing = (async () => {
      try {
        await this.upload();
        const kit = await api('GET', `/events/${encodeURIComponent(this.eventId)}/door/kit`);
        this.kit = kit;
        write(kitKey(this.eventId), kit);
        this.problem = null;
        this.mode = 'online';
        this.schedule(ONLINE_SYNC_MS);
      } catch (e) {
        if (e.status === 0) {
          this.offline();
        } else {
          this.problem = e; // 403, 503: the server answered; the door stays online without a kit
          this.schedule(ONLINE_SYNC_MS);
        }
      } finally {
        this.syncing = null;
        this.changed();
      }
    })();
    return this.syncing;
  }

  async upload() {
    while (this.queue.length) {
      const batch = this.queue.slice(0, UPLOAD_BATCH);
      const answers = await api('POST', `/events/${encodeURIComponent(this.eventId)}/door/offline-scans`, {
        body: { station: this.station, device: deviceId(), scans: batch.map(({ nonce, invitationId, seats, at }) => ({ nonce, invitationId, seats, at })) },
      });
      this.conflicts += answers.filter((a) => a.conflict && !a.replay).length;
      const done = new Set(answers.map((a) => a.nonce));
      // Until the next kit arrives, the local copy counts the uploaded seats as its own did.
      batch.filter((s) => done.has(s.nonce)).forEach((s) => this.count(s.invitationId, s.seats));
      this.queue = this.queue.filter((s) => !done.has(s.nonce));
      write(queueKey(this.eventId), this.queue);
      this.changed();
    }
  }

  /** An admission the server made while online: the local copy counts it too, in case the network goes next. */
  noteOnline(answer) {
    if (!this.kit || answer.outcome !== 'admitted') return;
    const guest = this.kit.guests.find((g) => g.number === answer.invitationNumber);
    if (guest) {
      guest.admitted += answer.seatsAdmitted;
      write(kitKey(this.eventId), this.kit);
    }
  }

  /**
   * Decides a scanned text from the local copy, in the server's answer shape (outcome, seats,
   * seatsLeft, firstName...). Exactly once per device: seats admitted here (queued or uploaded)
   * count against the code. `seats` null asks for a count when more than one seat is left.
   */
  async admit(text, seats, nonce) {
    const kit = this.kit;
    const code = codeIn(text);
    const found = await this.find(code);
    if (!found) return { outcome: 'unknown', offline: true };
    if (found.wrongEvent) return { outcome: 'wrong-event', offline: true };
    if (kit.revoked.includes(found.invitationId)) return { outcome: 'revoked', offline: true };
    const guest = found.guest || { id: found.invitationId, name: null, seats: found.seats, admitted: 0, household: [] };
    const total = guest.seats;
    const left = Math.max(0, total - guest.admitted - this.queued(guest.id));
    const base = { offline: true, seats: total, firstName: firstName(guest.name), invitationNumber: guest.number,
      rsvp: guest.rsvp, doorNote: guest.doorNote, household: guest.household || [] };
    // The server's rule (InvitationExpiry): from the instant on, no entry; the kit carries each code's instant.
    if (guest.expiresAt && Date.now() >= Date.parse(guest.expiresAt)) {
      return { ...base, outcome: 'expired', expiresAt: guest.expiresAt };
    }
    if (left === 0) return { ...base, outcome: 'already-used', seatsLeft: 0 };
    if (seats == null && (left > 1 || left < total)) return { ...base, outcome: 'choose-seats', seatsLeft: left };
    const wanted = seats == null ? left : seats;
    if (wanted > left) return { ...base, outcome: 'not-enough-seats', seatsLeft: left };
    this.queue.push({ nonce, invitationId: guest.id, seats: wanted, at: new Date().toISOString() });
    write(queueKey(this.eventId), this.queue);
    this.changed();
    return { ...base, outcome: 'admitted', seatsAdmitted: wanted, seatsLeft: left - wanted };
  }

  /** The kit's guest of a code: a signed code by its verified ids, a plain token by its hash. */
  async find(code) {
    if (looksSigned(code)) {
      const signed = await verifySigned(code, this.kit.publicKey);
      if (!signed) return null;
      if (signed.eventId !== this.eventId) return { wrongEvent: true };
      // An invitation made after the kit was fetched is still admitted: its signed code says its seats.
      return { invitationId: signed.invitationId, seats: signed.seats,
        guest: this.kit.guests.find((g) => g.id === signed.invitationId) };
    }
    if (!code) return null;
    const hash = await tokenHash(code);
    const guest = this.kit.guests.find((g) => g.tokenHash === hash);
    return guest ? { invitationId: guest.id, guest } : null;
  }

  queued(invitationId) {
    return this.queue.filter((s) => s.invitationId === invitationId).reduce((n, s) => n + s.seats, 0);
  }

  count(invitationId, seats) {
    const guest = this.kit && this.kit.guests.find((g) => g.id === invitationId);
    if (guest) guest.admitted += seats;
    if (this.kit) write(kitKey(this.eventId), this.kit);
  }

  schedule(ms) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.sync(), ms);
  }

  changed() {
    if (this.onChange) this.onChange(this);
  }
}

function firstName(name) {
  return name ? name.trim().split(/\s+/)[0] : null;
}

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || 'null');
  } catch {
    return null;
  }
}

function write(key, value) {
  localStorage.setItem(key, JSON.stringify(value));
}
