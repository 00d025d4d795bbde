import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { LiveNotice } from '../platform/live-notice.js';
import { field } from '../platform/fields.js';
import { listEvents } from '../events/events-api.js';
import { CameraScanner } from './camera-scanner.js';
import { KeyboardWedge } from './keyboard-wedge.js';
import { CheckInClient } from './check-in-api.js';
import { historyLine, resultScreen, verdict } from './station-result.js';
import { forgetSettings, loadSettings, saveSettings } from './station-settings.js';
import '../platform/problem-view.js';

/** How long a result stays on screen before the station goes back to scanning by itself. */
const RESULT_MS = { admitted: 3500, used: 6000, invalid: 6000, offline: 6000 };

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
  };

  notice = new LiveNotice(this);

  constructor() {
    super();
    this.settings = loadSettings();
    this.camera = { state: 'starting' };
    this.history = [];
    this.client = new CheckInClient();
    this.wedge = new KeyboardWedge((code) => this.scan(code, 'scanner'));
    this.onKey = (e) => {
      if (this.result && (e.key === 'Escape' || (e.key === 'Enter' && !isField(e.target)))) {
        e.preventDefault();
        this.next();
      }
    };
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    if (!this.settings) this.loadEvents();
  }

  disconnectedCallback() {
    this.stopScanning();
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

  async startScanning() {
    await this.updateComplete;
    this.wedge.start();
    const video = this.querySelector('#station-video');
    this.scanner = new CameraScanner(video, {
      onCode: (code) => this.scan(code, 'camera'),
      onState: (camera) => { this.camera = camera; },
    });
    await this.scanner.start();
  }

  stopScanning() {
    this.wedge.stop();
    if (this.scanner) this.scanner.stop();
    this.scanner = null;
  }

  setUp(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const station = String(data.get('station') || '').trim();
    if (!station) return; // the field is required: the browser says so
    const eventId = String(data.get('eventId') || '');
    const chosen = (this.events || []).find((e) => e.id === eventId);
    this.settings = { station, eventId: eventId || null, eventName: chosen ? chosen.name : null };
    saveSettings(this.settings);
    this.setupError = null;
    this.focusHeading();
    this.startScanning();
  }

  change() {
    this.stopScanning();
    this.next();
    forgetSettings();
    this.settings = null;
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
    clearTimeout(this.resultTimer);
    if (this.scanner) this.scanner.paused = true;
    this.checking = true;
    this.result = null;
    let v;
    try {
      const answer = await this.client.checkIn(code, { station: this.settings.station, eventId: this.settings.eventId, input });
      v = verdict(answer, null);
    } catch (e) {
      v = verdict(null, e);
    }
    this.checking = false;
    this.show(v);
  }

  show(v) {
    this.result = v;
    this.history = [historyLine(v, new Date()), ...this.history].slice(0, 8);
    this.notice.say([v.word, v.name, ...v.lines, v.error ? `${v.error.title}. ${v.error.detail}` : ''].filter(Boolean).join('. '));
    this.updateComplete.then(() => { const b = this.querySelector('#result-next'); if (b) b.focus({ preventScroll: true }); });
    this.resultTimer = setTimeout(() => this.next(), RESULT_MS[v.kind]);
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
      ${this.result ? resultScreen(this.result, () => this.next()) : nothing}
    </div>`;
  }

  setup() {
    const err = this.setupError;
    const events = [{ value: '', label: 'Any event (codes of every event)' }, ...(this.events || []).map((e) => ({ value: e.id, label: e.name }))];
    return html`<h1 tabindex="-1">Scanning station</h1>
      <p>Set up this device once: it remembers its station name and event.</p>
      <form id="station-setup" class="card station-setup" @submit=${this.setUp}>
        <usher-problem .error=${err}></usher-problem>
        ${field({ id: 'station-name', name: 'station', label: 'Station name', required: true, error: err, hint: 'e.g. Gate A; kept with every scan' })}
        ${field({ id: 'station-event', name: 'eventId', label: 'Event at this door', kind: 'select', value: '', options: events,
          hint: 'Codes of other events are refused. Lists the events you are a member of.' })}
        <button type="submit" class="primary" id="station-start">Start scanning</button>
      </form>`;
  }

  scanning() {
    const s = this.settings;
    const cam = this.camera;
    return html`<div class="station-head">
        <h1 tabindex="-1">${s.station}</h1>
        <p class="muted">${s.eventName ? html`Guarding <strong id="station-event-name">${s.eventName}</strong>` : 'Any event'}
          · <button class="link" id="station-change" @click=${this.change}>Change station</button></p>
      </div>
      <div class="station-camera">
        <video id="station-video" muted playsinline aria-label="Camera view"></video>
        <p class="camera-state" id="camera-state">${cam.state === 'on' ? html`Scanning… <span class="muted small">(${cam.decoder})</span>`
          : cam.state === 'off' ? cam.reason : 'Starting the camera…'}</p>
      </div>
      ${this.checking ? html`<p class="checking" role="status">Checking…</p>` : nothing}
      <form id="station-manual" class="station-manual" @submit=${this.manual}>
        <div class="field"><label for="station-code">Code or link</label>
          <input id="station-code" name="code" autocomplete="off" autocapitalize="off" spellcheck="false"
            aria-describedby="station-code-hint"></div>
        <button type="submit" class="primary" id="station-check">Check</button>
        <p class="hint" id="station-code-hint">Type the code, or scan with a hand scanner anywhere on this page.</p>
      </form>
      ${this.history.length ? html`<h2>Last scans</h2><ol class="station-history" id="station-history">
        ${this.history.map((line) => html`<li>${line}</li>`)}</ol>` : nothing}`;
  }
}
customElements.define('usher-station-page', StationPage);

function isField(target) {
  return !!target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
