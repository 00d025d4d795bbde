import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { moment } from '../platform/format.js';
import { api } from '../platform/api.js';
import '../platform/problem-view.js';

const OUTCOMES = {
  'already-used': 'the seats had been used already',
  'not-enough-seats': 'fewer seats were left than it admitted',
  revoked: 'the invitation had been revoked',
  expired: 'the code had expired by the time the upload reached the server',
  unknown: 'no invitation of this event has that id',
};

/**
 * The event's Door section for organizers: admissions that offline stations made while apart
 * from the server and that collided with another admission of the same seats, each with the
 * devices, stations and times on both sides, so the door's count can be trusted or corrected.
 */
export class DoorConflictsPanel extends UsherElement {
  static properties = { event: { attribute: false }, conflicts: { state: true }, error: { state: true } };

  willUpdate(changed) {
    if (changed.has('event') && this.event) this.load();
  }

  async load() {
    try {
      this.conflicts = await api('GET', `/events/${encodeURIComponent(this.event.id)}/door/conflicts`);
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  render() {
    const list = this.conflicts;
    return html`<section aria-labelledby="door-conflicts-title">
      <h2 id="door-conflicts-title">Door conflicts</h2>
      <p class="hint">Stations that lost the connection admit guests from their own copy of the guest list and upload
        later. When two of them admitted the same seats while apart, it shows here.</p>
      <usher-problem .error=${this.error}></usher-problem>
      ${!list ? (this.error ? nothing : html`<p>Loading…</p>`) : !list.length ? html`<p id="door-conflicts-none">No conflicts.</p>`
        : html`<ul class="door-conflicts" id="door-conflicts">${list.map((c) => this.conflict(c))}</ul>`}
      <button type="button" id="door-conflicts-refresh" @click=${() => this.load()}>Refresh</button>
    </section>`;
  }

  conflict(c) {
    const o = c.offline;
    return html`<li class="card door-conflict" data-invitation=${c.invitationId}>
      <p><strong>${c.name || 'Unknown invitation'}</strong>${c.invitationNumber ? html` · ${c.invitationNumber}` : nothing}
        ${c.seats ? html` · ${c.seats} ${c.seats === 1 ? 'seat' : 'seats'}` : nothing}</p>
      <p>Offline at <strong>${o.station}</strong> (device ${shortDevice(o.device)}), ${moment(o.at)}: admitted ${o.seats},
        but ${OUTCOMES[c.outcome] || c.outcome}.</p>
      ${c.honoured.length ? html`<p>Admitted before:</p><ul>${c.honoured.map((h) => html`<li>${h.station}
        ${h.device ? html`(device ${shortDevice(h.device)})` : nothing}, ${moment(h.at)}, ${h.seats}
        ${h.seats === 1 ? 'seat' : 'seats'}${h.offline ? ', offline' : ''}</li>`)}</ul>` : nothing}
    </li>`;
  }
}
customElements.define('usher-door-conflicts-panel', DoorConflictsPanel);

function shortDevice(id) {
  return id && id.length > 12 ? `${id.slice(0, 8)}…` : id || '?';
}
