import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { LiveNotice } from '../platform/live-notice.js';
import { field } from '../platform/fields.js';
import { listEvents } from '../events/events-api.js';
import { CameraScanner } from './camera-scanner.js';
import { KeyboardWedge } from './keyboard-wedge.js';
import { CheckInClient, stationAccess, undoAdmission } from './check-in-api.js';
import { historyLine, resultScreen, verdict } from './station-result.js';
import { forgetSettings, loadSettings, saveSettings } from './station-settings.js';
import { ScreenWake, signal } from './door-feedback.js';
import { OfflineDoor } from './offline-door.js';
import { offlineLines, stationMode } from './station-mode.js';
import './door-search.js';
import '../platform/problem-view.js';

/** How long a result stays on screen before the station goes back to scanning by itself. */
const RESULT_MS = { admitted: 3500, used: 6000, invalid: 6000, expired: 6000, forbidden: 8000, offline: 6000, choose: 30000, exited: 3500 };

/**
 * The scanning station a door volunteer opens on a phone: set the station's name (and the
 * event it guards) once, then the camera scans continuously; a hand scanner (keyboard wedge)
 * and a typed code work too. Each answer fills the screen (ADMITTED, ALREADY USED, INVALID),
 * is announced to screen readers, and clears by itself.
 */
export class StationPage extends UsherElement {
  static properties = {
    settings: { state: true }, events: { state: true }, camera: { state: true }, result: { state: true },
    checking: { state: true }, history: { state: true }, error: { state: true }, setupError: { state: true },
    accessProblem: { state: true }, lastAdmission: { state: true }, undoNotice: { state: true }, wake: { state: true },
    settingUp: { state: true }, doorState: { state: true }, lists: { state: true },
  };

  notice = new LiveNotice(this);

  constructor() {
    super();
    this.settings = loadSettings();
    this.camera = { state: 'starting' };
    this.history = [];
    this.client = new CheckInClient();
    this.screenWake = new ScreenWake((wake) => { this.wake = wake; });
    this.wedge = new KeyboardWedge((code) => this.scan(code, 'scanner'));
    this.onKey = (e) => {
      if (this.result && (e.key === 'Escape' || (e.key === 'Enter' && !isField(e.target) && this.result.kind !== 'choose'))) {
        e.preventDefault();
        this.next();
      }
    };
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    if (!this.settings) this.loadEvents();
    else this.checkAccess(this.settings.eventId);
  }

  disconnectedCallback() {
    this.stopScanning();
    clearInterval(this.undoTimer);
    document.removeEventListener('keydown', this.onKey);
    clearTimeout(this.resultTimer);
    super.disconnectedCallback();
  }

  async loadEvents() {
    try {
      this.events = await listEvents();
    } catch (e) {
      this.setupError = e;
    }
  }

  firstUpdated() {
    if (this.settings) this.startScanning();
  }

  /**
   * A device set up earlier asks again when it opens: the account signed in now may not be the
   * one that set it up. A refusal is shown as what it is, with the server's reason.
   */
  async checkAccess(eventId) {
    try {
      const access = await stationAccess(eventId, this.settings.listId);
      this.accessProblem = null;
      this.settings = { ...this.settings, undoMinutes: access.undoMinutes };
    } catch (e) {
      if (e.status === 403 || e.status === 404 || e.status === 422) this.accessProblem = e;
    }
  }

  /** The chosen event's check-in lists, for the list field (the setup check answers with them). */
  async eventChosen(event) {
    const eventId = event.target.value;
    this.lists = null;
    if (!eventId) return;
    try {
      this.lists = (await stationAccess(eventId)).lists;
      this.setupError = null;
    } catch (e) {
      this.setupError = e;
    }
  }

  async startScanning() {
    this.startDoor();
    await this.updateComplete;
    this.wedge.start();
    this.screenWake.start();
    const video = this.querySelector('#station-video');
    this.scanner = new CameraScanner(video, {
      onCode: (code) => this.scan(code, 'camera'),
      onState: (camera) => { this.camera = camera; },
    });
    await this.scanner.start();
  }

  stopScanning() {
    if (this.door) this.door.stop();
    this.door = null;
    this.wedge.stop();
    this.screenWake.stop();
    if (this.scanner) this.scanner.stop();
    this.scanner = null;
  }

  /** Set-up asks the server whether this account may admit at the chosen door; a refusal stays on the form. */
  async setUp(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const station = String(data.get('station') || '').trim();
    if (!station || this.settingUp) return; // the field is required: the browser says so
    const eventId = String(data.get('eventId') || '');
    const listId = eventId ? String(data.get('listId') || '') : '';
    const gate = String(data.get('gate') || '').trim();
    const exit = data.get('direction') === 'exit';
    this.settingUp = true;
    let access;
    try {
      access = await stationAccess(eventId || null, listId || null);
    } catch (e) {
      this.setupError = e;
      this.updateComplete.then(() => { const p = this.querySelector('#station-setup usher-problem'); if (p) p.scrollIntoView({ block: 'nearest' }); });
      return;
    } finally {
      this.settingUp = false;
    }
    this.settings = { station, eventId: eventId || null, eventName: access.eventName, undoMinutes: access.undoMinutes,
      listId: access.list && !access.list.isDefault ? access.list.id : null, listName: access.list ? access.list.name : null,
      gate: gate || null, exit };
    saveSettings(this.settings);
    this.setupError = null;
    this.accessProblem = null;
    this.focusHeading();
    this.startScanning();
  }

  change() {
    this.stopScanning();
    this.next();
    forgetSettings();
    this.settings = null;
    this.accessProblem = null;
    this.lastAdmission = null;
    this.lists = null;
    this.camera = { state: 'starting' };
    this.loadEvents();
    this.focusHeading();
  }

  focusHeading() {
    this.updateComplete.then(() => { const h = this.querySelector('h1'); if (h) h.focus(); });
  }

  manual(event) {
    event.preventDefault();
    const input = event.target.querySelector('#station-code');
    const code = input.value.trim();
    if (!code) return;
    input.value = '';
    this.scan(code, 'manual');
  }

  /** One scan: camera codes wait while a result is on screen; typed and hand-scanned ones do not. */
  async scan(code, input) {
    if (this.checking || (input === 'camera' && this.result)) return;
    const online = (seats) => this.client.checkIn(code, { ...this.place(), input, seats });
    await this.decide(() => this.atDoor(code, undefined, online), (seats) => this.atDoor(code, seats, online));
  }

  /**
   * A station guarding one event's entrance keeps its kit, to admit from it when the server cannot be
   * reached. The kit counts the default list's seats only, so a station on another list, or letting
   * people out, stays online.
   */
  startDoor() {
    if (this.door || !this.settings || !this.settings.eventId || this.settings.listId || this.settings.exit) return;
    this.door = new OfflineDoor(this.settings.eventId, this.settings.station, (door) => { this.doorState = stationMode(door); });
    this.door.start();
  }

  /**
   * The server decides while it can be reached; offline (the browser says so, or a call fails for
   * the network) this device decides from its kit, with the nonce of the unanswered attempt so the
   * upload meets it as the same attempt if it did reach the server.
   */
  async atDoor(code, seats, online) {
    const door = this.door;
    if (door && door.ready() && door.mode === 'offline') return door.admit(code, seats, this.client.takeNonce(code));
    try {
      const answer = await online(seats);
      if (door) door.noteOnline(answer);
      return answer;
    } catch (e) {
      if (e.status !== 0 || !door || !door.ready()) throw e;
      door.offline();
      return door.admit(code, seats, this.client.takeNonce(code));
    }
  }

  /** Where this station stands: its name, event, list, gate, and whether it lets people out. */
  place() {
    const s = this.settings;
    return { station: s.station, eventId: s.eventId, listId: s.listId, gate: s.gate, exit: !!s.exit };
  }

  /** A guest found by name: a party with more than one seat left (or partly arrived) is asked for a count first. */
  async admitFound(event) {
    const found = event.detail;
    if (this.checking) return;
    const admit = (seats) => this.client.admitByName(found.invitationId, { ...this.place(), seats });
    if (found.seatsLeft > 1 || found.seatsLeft < found.seats) {
      this.show({ kind: 'choose', word: `${found.seatsLeft} of ${found.seats} seats left`, name: found.name,
        seatsLeft: found.seatsLeft, seats: found.seats, lines: ['Found by name'],
        warnings: found.rsvp === 'declined' ? ['This guest declined the invitation (RSVP).'] : [] }, admit);
      return;
    }
    await this.decide(() => admit(found.seatsLeft), admit);
  }

  /** Asks the server (`first`), shows its answer; a count chosen on a choose-seats answer goes to `withSeats`. */
  async decide(first, withSeats) {
    clearTimeout(this.resultTimer);
    if (this.scanner) this.scanner.paused = true;
    this.checking = true;
    this.result = null;
    let v;
    try {
      const answer = await first();
      v = verdict(answer, null);
      if (answer.offline) v.lines = [...offlineLines(answer), ...v.lines];
    } catch (e) {
      v = verdict(null, e);
    }
    this.checking = false;
    this.show(v, withSeats);
  }

  show(v, withSeats) {
    this.result = v;
    this.chooseSeats = v.kind === 'choose' ? withSeats : null;
    if (v.kind === 'admitted' && v.scanId) {
      this.lastAdmission = { scanId: v.scanId, name: v.name, seats: v.seatsNow, at: Date.now() };
      this.undoNotice = null;
      this.watchUndo();
    }
    if (v.kind !== 'choose') {
      this.history = [historyLine(v, new Date()), ...this.history].slice(0, 8);
      const finder = this.querySelector('usher-door-search');
      if (finder) finder.refresh();
    }
    signal(v.kind);
    this.notice.say([v.word, v.name, v.seatsNow ? `${v.seatsNow} now` : '', ...(v.warnings || []), ...v.lines,
      v.error ? `${v.error.title}. ${v.error.detail}` : ''].filter(Boolean).join('. '));
    this.updateComplete.then(() => {
      const b = this.querySelector(v.kind === 'choose' ? '#seat-count' : '#result-next');
      if (b) b.focus({ preventScroll: true });
    });
    this.resultTimer = setTimeout(() => this.next(), RESULT_MS[v.kind]);
  }

  async choose(seats) {
    const admit = this.chooseSeats;
    if (!admit) return;
    await this.decide(() => admit(seats), admit);
  }

  /** The undo offer lasts as long as the server allows it (undoMinutes), then goes. */
  watchUndo() {
    clearInterval(this.undoTimer);
    this.undoTimer = setInterval(() => {
      if (!this.undoOpen()) {
        clearInterval(this.undoTimer);
        this.lastAdmission = null;
      }
    }, 5000);
  }

  undoOpen() {
    const last = this.lastAdmission;
    return !!last && Date.now() - last.at < (this.settings.undoMinutes || 5) * 60000;
  }

  async undo() {
    const last = this.lastAdmission;
    if (!last) return;
    try {
      const undone = await undoAdmission(last.scanId);
      this.lastAdmission = null;
      this.undoNotice = { text: `Undone: ${undone.seatsReturned} ${undone.seatsReturned === 1 ? 'seat' : 'seats'} of ${last.name || undone.invitationNumber} returned to the code.` };
      this.history = [`${new Date().toLocaleTimeString(undefined, { timeStyle: 'short' })} · UNDONE · ${last.name || ''}`, ...this.history].slice(0, 8);
      this.notice.say(this.undoNotice.text);
      const finder = this.querySelector('usher-door-search');
      if (finder) finder.refresh();
    } catch (e) {
      this.undoNotice = { error: e };
    }
  }

  next() {
    clearTimeout(this.resultTimer);
    if (!this.result) return;
    this.result = null;
    if (this.scanner) this.scanner.resume();
    // Back to the heading, not the code field: on a phone that would open the keyboard over the camera.
    this.updateComplete.then(() => { const h = this.querySelector('h1'); if (h) h.focus({ preventScroll: true }); });
  }

  render() {
    return html`<div class="station">
      <p id="station-live" class="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">${this.notice.view()}</p>
      <div class="station-body" ?inert=${!!this.result}>${this.settings ? this.scanning() : this.setup()}</div>
      ${this.result ? resultScreen(this.result, { onNext: () => this.next(), onChoose: (n) => this.choose(n) }) : nothing}
    </div>`;
  }

  setup() {
    const err = this.setupError;
    const events = [{ value: '', label: 'Any event (codes of every event)' }, ...(this.events || []).map((e) => ({ value: e.id, label: e.name }))];
    return html`<h1 tabindex="-1">Scanning station</h1>
      <p>Set up this device once: it remembers its station name and event.</p>
      <form id="station-setup" class="card station-setup" @submit=${this.setUp}>
        <usher-problem .error=${err} id="station-setup-problem"></usher-problem>
        ${field({ id: 'station-name', name: 'station', label: 'Station name', required: true, error: err, hint: 'e.g. Gate A; kept with every scan' })}
        <div @change=${(e) => { if (e.target.id === 'station-event') this.eventChosen(e); }}>
        ${field({ id: 'station-event', name: 'eventId', label: 'Event at this door', kind: 'select', value: '', options: events,
          hint: 'Codes of other events are refused. Lists the events you are a member of. Admitting needs the scanner role, or the admin role in the event.' })}
        </div>
        ${this.lists && this.lists.length ? field({ id: 'station-list', name: 'listId', label: 'Check-in list', kind: 'select',
          value: '', error: err, options: this.lists.map((l) => ({ value: l.isDefault ? '' : l.id, label: l.name })),
          hint: 'Each list admits a code once; a list may be limited to some guests, hours, or keep exits.' }) : nothing}
        ${field({ id: 'station-gate', name: 'gate', label: 'Gate', error: err, hint: 'e.g. North gate; the arrivals view counts per gate' })}
        ${field({ id: 'station-direction', name: 'direction', label: 'This station', kind: 'select', value: 'entry',
          options: [{ value: 'entry', label: 'Admits guests (entry)' }, { value: 'exit', label: 'Lets guests out (exit)' }],
          hint: 'Exits only on lists that keep them.' })}
        <button type="submit" class="primary" id="station-start" ?disabled=${this.settingUp}>${this.settingUp ? 'Checking…' : 'Start scanning'}</button>
      </form>`;
  }

  scanning() {
    const s = this.settings;
    const cam = this.camera;
    return html`<div class="station-head">
        <h1 tabindex="-1">${s.station}</h1>
        <p class="muted">${s.eventName ? html`Guarding <strong id="station-event-name">${s.eventName}</strong>` : 'Any event'}
          ${s.listName ? html`· List <strong id="station-list-name">${s.listName}</strong>` : nothing}
          ${s.gate ? html`· Gate <strong id="station-gate-name">${s.gate}</strong>` : nothing}
          ${s.exit ? html`· <strong id="station-exit">Exit</strong>` : nothing}
          · <button class="link" id="station-change" @click=${this.change}>Change station</button></p>
      </div>
      ${this.doorState || nothing}
      ${this.accessProblem ? html`<div class="station-access" id="station-access-problem">
        <p><strong>This account may not admit guests at this door.</strong></p>
        <usher-problem .error=${this.accessProblem}></usher-problem></div>` : nothing}
      ${this.undoOpen() ? html`<p class="station-undo" id="station-undo">Last: ${this.lastAdmission.name || 'guest'},
        ${this.lastAdmission.seats} ${this.lastAdmission.seats === 1 ? 'seat' : 'seats'}
        <button type="button" id="station-undo-button" @click=${this.undo}>Undo</button></p>` : nothing}
      ${this.undoNotice ? html`<div id="station-undo-notice">${this.undoNotice.error
        ? html`<usher-problem .error=${this.undoNotice.error}></usher-problem>` : html`<p>${this.undoNotice.text}</p>`}</div>` : nothing}
      <div class="station-camera">
        <video id="station-video" muted playsinline aria-label="Camera view"></video>
        <p class="camera-state" id="camera-state">${cam.state === 'on' ? html`Scanning… <span class="muted small">(${cam.decoder})</span>`
          : cam.state === 'off' ? cam.reason : 'Starting the camera…'}</p>
      </div>
      ${this.wake === 'unsupported' ? html`<p class="hint" id="station-wake">This browser cannot keep the screen on by itself:
        set the phone's screen timeout long enough for the door.</p>` : nothing}
      ${this.checking ? html`<p class="checking" role="status">Checking…</p>` : nothing}
      <form id="station-manual" class="station-manual" @submit=${this.manual}>
        <div class="field"><label for="station-code">Code or link</label>
          <input id="station-code" name="code" autocomplete="off" autocapitalize="off" spellcheck="false"
            aria-describedby="station-code-hint"></div>
        <button type="submit" class="primary" id="station-check">Check</button>
        <p class="hint" id="station-code-hint">Type the code, or scan with a hand scanner anywhere on this page.</p>
      </form>
      ${s.eventId ? html`<usher-door-search .eventId=${s.eventId} @door-admit=${this.admitFound}></usher-door-search>`
        : html`<p class="hint">Finding guests by name needs a station set up for one event.</p>`}
      ${this.history.length ? html`<h2>Last scans</h2><ol class="station-history" id="station-history">
        ${this.history.map((line) => html`<li>${line}</li>`)}</ol>` : nothing}`;
  }
}
customElements.define('usher-station-page', StationPage);

function isField(target) {
  return !!target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
