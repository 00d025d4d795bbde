import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { formAction } from '../platform/form-action.js';
import { moment } from '../platform/format.js';
import { LiveNotice } from '../platform/live-notice.js';
import { finished, listDeliveries, redeliver, typeLabel } from './webhooks-api.js';
import '../platform/problem-view.js';

/** How often the open log asks again, so a delivery's progress shows without a reload. */
const REFRESH_MS = 2000;

/**
 * One subscription's delivery log, newest first (the server's latest 100): state, attempts, the
 * receiver's last answer, times, the payload on request; a finished delivery can be sent again,
 * which queues a new delivery at the end. Cards rather than a table, so a phone shows every field.
 */
export class WebhookDeliveries extends UsherElement {
  static properties = {
    event: { attribute: false }, webhook: { attribute: false },
    deliveries: { state: true }, error: { state: true }, busy: { state: true },
  };

  constructor() {
    super();
    this.notice = new LiveNotice(this);
  }

  connectedCallback() {
    super.connectedCallback();
    this.timer = setInterval(() => this.load(), REFRESH_MS);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  willUpdate(changed) {
    if (changed.has('webhook') && this.webhook) {
      this.deliveries = null;
      this.load();
    }
  }

  async load() {
    if (!this.webhook) return;
    const asked = this.webhook.id;
    try {
      const deliveries = await listDeliveries(this.event.id, asked);
      // An answer about a subscription no longer shown is dropped.
      if (this.webhook && this.webhook.id === asked) this.deliveries = deliveries;
    } catch (e) {
      this.error = e;
    }
  }

  again(delivery) {
    formAction(this, null, async () => {
      await redeliver(this.event.id, this.webhook.id, delivery.id);
      await this.load();
      return 'Queued again as a new delivery.';
    });
  }

  render() {
    return html`<h3 id="webhook-log-title" tabindex="-1">Deliveries to ${this.webhook.url}</h3>
      <usher-problem .error=${this.error}></usher-problem>
      <p class="live-status" role="status" aria-live="polite">${this.notice.view()}</p>
      ${!this.deliveries ? html`<p class="muted">Loading…</p>`
        : !this.deliveries.length ? html`<p class="muted" id="webhook-deliveries-none">Nothing delivered yet: a
          change of a subscribed type queues a delivery.</p>`
        : html`<ul class="webhook-deliveries" id="webhook-deliveries" aria-labelledby="webhook-log-title">
          ${this.deliveries.map((d) => this.row(d))}</ul>`}`;
  }

  row(d) {
    return html`<li class="card webhook-delivery" data-delivery-id=${d.id} data-state=${d.state}>
      <p class="webhook-delivery-head"><span class="badge state-${d.state}">${d.state}</span>
        <span>${typeLabel(d.eventType)}</span>
        ${d.redeliveryOf ? html`<span class="muted small">(sent again on request)</span>` : nothing}</p>
      <dl class="webhook-facts">
        <div><dt>Attempts</dt><dd>${d.attempts}</dd></div>
        <div><dt>Last answer</dt><dd>${d.lastStatus ? `HTTP ${d.lastStatus}` : 'none'}</dd></div>
        ${d.lastError ? html`<div><dt>Last error</dt><dd class="webhook-error">${d.lastError}</dd></div>` : nothing}
        <div><dt>Queued</dt><dd>${moment(d.createdAt)}</dd></div>
        ${d.finishedAt ? html`<div><dt>Finished</dt><dd>${moment(d.finishedAt)}</dd></div>`
          : d.state === 'pending' ? html`<div><dt>Next attempt</dt><dd>${moment(d.nextAttemptAt)}</dd></div>` : nothing}
      </dl>
      <details class="webhook-payload"><summary>Payload</summary><pre>${pretty(d.payload)}</pre></details>
      ${finished(d) ? html`<button class="redeliver" ?disabled=${this.busy} @click=${() => this.again(d)}
        aria-label="Redeliver the delivery queued ${moment(d.createdAt)}">Redeliver</button>` : nothing}
    </li>`;
  }
}

function pretty(payload) {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch (e) {
    return payload;
  }
}
customElements.define('usher-webhook-deliveries', WebhookDeliveries);
