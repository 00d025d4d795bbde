import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { findGuests } from './check-in-api.js';
import '../platform/problem-view.js';

/**
 * Check-in by name: door staff type part of a guest's name or their phone (as people write it,
 * 054-123-4567 too) and pick the guest from a short list (name, seats left, state). Picking fires
 * `door-admit` with the found invitation; the station admits it, with the same exactly-once rule
 * as a scan. Only the latest search's answer is shown.
 */
export class DoorSearch extends UsherElement {
  static properties = { eventId: { attribute: false }, results: { state: true }, error: { state: true }, searching: { state: true } };

  constructor() {
    super();
    this.results = null;
    this.asked = 0;
  }

  async search(event) {
    if (event) event.preventDefault();
    const q = (this.querySelector('#door-q').value || '').trim();
    this.lastQuery = q;
    if (!q) return;
    const ask = ++this.asked;
    this.searching = true;
    try {
      const results = await findGuests(this.eventId, q);
      if (ask !== this.asked) return;
      this.results = results;
      this.error = null;
      // On a phone the list lands below the camera: bring it up to where the thumb is.
      this.updateComplete.then(() => {
        const list = this.querySelector('#door-results, #door-none');
        if (list && event) list.scrollIntoView({ block: 'nearest' });
      });
    } catch (e) {
      if (ask !== this.asked) return;
      this.results = null;
      this.error = e;
    } finally {
      if (ask === this.asked) this.searching = false;
    }
  }

  /** The same search again (after an admission, the seats left have changed). */
  refresh() {
    if (this.lastQuery) this.search();
  }

  pick(found) {
    this.dispatchEvent(new CustomEvent('door-admit', { detail: found, bubbles: true }));
  }

  render() {
    const r = this.results;
    return html`<form id="door-search" class="door-search" role="search" @submit=${this.search}>
        <div class="field"><label for="door-q">Find a guest by name or phone</label>
          <input id="door-q" name="q" autocomplete="off" spellcheck="false" minlength="2" maxlength="100"
            aria-describedby="door-q-hint"></div>
        <button type="submit" id="door-find">Find</button>
        <p class="hint" id="door-q-hint">For a guest without their code: part of the name, or the phone number.</p>
      </form>
      <usher-problem .error=${this.error}></usher-problem>
      ${this.searching ? html`<p class="muted" role="status">Searching…</p>` : nothing}
      ${r ? html`<p class="visually-hidden" role="status">${r.length} found</p>
        ${r.length ? html`<ul class="door-results" id="door-results">${r.map((f) => this.row(f))}</ul>`
          : html`<p id="door-none">Nobody of this event matches.</p>`}` : nothing}`;
  }

  row(f) {
    const full = f.seatsLeft === 0;
    return html`<li class="door-result" data-invitation=${f.invitationId}>
      <div class="door-guest">
        <strong class="door-name">${f.name}</strong>
        <span class="door-seats">${full ? `All ${f.seats} arrived` : `${f.seatsLeft} of ${f.seats} seats left`}</span>
        <span class="badge">${f.status}</span>
        ${f.rsvp === 'declined' ? html`<span class="badge door-declined">declined</span>` : nothing}
      </div>
      <button type="button" class="primary door-admit" ?disabled=${full || f.status === 'revoked'}
        aria-label=${`Admit ${f.name}`} @click=${() => this.pick(f)}>Admit</button>
    </li>`;
  }
}
customElements.define('usher-door-search', DoorSearch);
