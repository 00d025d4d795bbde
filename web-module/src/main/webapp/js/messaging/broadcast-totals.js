import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { count } from '../platform/format.js';
import { messageTotals } from './messaging-api.js';
import '../platform/problem-view.js';

// The states a WhatsApp broadcast's messages can be in, as the organizer reads them.
const SHOWN = [
  { state: 'sent', label: 'Sent' }, { state: 'delivered', label: 'Delivered' }, { state: 'read', label: 'Read' },
  { state: 'failed', label: 'Failed' }, { state: 'sending', label: 'Sending or in doubt' }, { state: 'queued', label: 'Queued' },
];

/**
 * A broadcast's totals by state (GET messages/totals?broadcast=...), from the ledger: they
 * keep moving after the job ends, as WhatsApp reports deliveries and reads. Reloads when
 * `version` changes (the page bumps it as the job progresses).
 */
export class BroadcastTotals extends UsherElement {
  static properties = {
    event: { attribute: false }, broadcastId: { attribute: false }, version: { attribute: false },
    totals: { state: true }, error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('broadcastId') || changed.has('version')) this.load();
  }

  async load() {
    const asked = this.broadcastId;
    if (!asked) return;
    try {
      const totals = await messageTotals(this.event.id, { broadcast: asked });
      if (asked !== this.broadcastId) return;
      this.totals = totals;
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  render() {
    const t = this.totals;
    return html`<usher-problem .error=${this.error}></usher-problem>
      ${t ? html`<dl class="stat-cards broadcast-totals" aria-label="Messages of this broadcast by state">
        <div class="stat" data-state="total"><dt>Messages</dt><dd>${count(t.total)}</dd></div>
        ${SHOWN.map(({ state, label }) => html`<div class="stat" data-state=${state}><dt>${label}</dt>
          <dd>${count(t.byState[state])}</dd></div>`)}
      </dl>` : this.error ? nothing : html`<p class="muted">Loading the totals…</p>`}
      <button class="link" @click=${this.load}>Refresh the totals</button>`;
  }
}
customElements.define('usher-broadcast-totals', BroadcastTotals);
