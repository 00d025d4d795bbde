import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { field } from '../platform/fields.js';
import { formAction } from '../platform/form-action.js';
import { moment } from '../platform/format.js';
import { LiveNotice } from '../platform/live-notice.js';
import { createWebhook, deleteWebhook, listWebhooks, typeLabel, webhookTypes } from './webhooks-api.js';
import './webhook-deliveries.js';
import '../platform/problem-view.js';

const NAMES = ['url', 'eventTypes', 'active'];

/**
 * The event's Webhooks section (admins only, as the server decides): the subscriptions (URL, types,
 * active or turned off with the reason), a form to add one with the types the server knows, its
 * signing secret shown once right after, delete, and a subscription's delivery log.
 */
export class WebhooksPanel extends UsherElement {
  static properties = {
    event: { attribute: false }, webhooks: { state: true }, types: { state: true }, error: { state: true },
    busy: { state: true }, created: { state: true }, shown: { state: true },
  };

  constructor() {
    super();
    this.notice = new LiveNotice(this);
  }

  willUpdate(changed) {
    if (changed.has('event') && this.event) this.load();
  }

  async load() {
    try {
      [this.webhooks, this.types] = await Promise.all([listWebhooks(this.event.id), this.types || webhookTypes()]);
      if (this.shown && !this.webhooks.some((w) => w.id === this.shown.id)) this.shown = null;
    } catch (e) {
      this.error = e;
    }
  }

  submit(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    const input = { url: String(data.get('url') || '').trim(), eventTypes: data.getAll('eventTypes').map(String) };
    formAction(this, form, async () => {
      this.created = await createWebhook(this.event.id, input);
      form.reset();
      await this.load();
      await this.updateComplete;
      this.querySelector('#webhook-secret-box')?.focus();
      return 'The webhook is added. Copy its secret now.';
    });
  }

  async copySecret() {
    try {
      await navigator.clipboard.writeText(this.created.secret);
      this.notice.say('The secret is copied.');
    } catch (e) {
      // No clipboard (an insecure page, a refusal): the secret stays on screen to be selected.
      this.notice.say('Copying is not allowed here: select the secret and copy it.');
    }
  }

  remove(webhook) {
    if (!confirm(`Delete the webhook to ${webhook.url}, with its queue and its delivery log?`)) return;
    formAction(this, null, async () => {
      await deleteWebhook(this.event.id, webhook.id);
      if (this.created?.id === webhook.id) this.created = null;
      await this.load();
      return 'The webhook is deleted.';
    });
  }

  async showLog(webhook) {
    this.shown = webhook;
    await this.updateComplete;
    this.querySelector('usher-webhook-deliveries')?.updateComplete.then(() =>
      this.querySelector('#webhook-log-title')?.focus());
  }

  render() {
    if (this.event.myRole !== 'admin') {
      return html`<h2>Webhooks</h2><p>Webhooks are for the event's admins.</p>`;
    }
    return html`<h2>Webhooks</h2>
      <p class="muted">Usher posts what happens in this event to your other systems, signed with each
        webhook's secret (see the README's "Webhooks" for how to check it).</p>
      <usher-problem .error=${this.error} .shownFields=${NAMES}></usher-problem>
      <p class="live-status" role="status" aria-live="polite">${this.notice.view()}</p>
      ${this.created ? this.secret() : nothing}
      ${this.types ? this.form() : nothing}
      ${this.webhooks ? this.list() : nothing}
      ${this.shown ? html`<section class="webhook-log" aria-labelledby="webhook-log-title">
        <usher-webhook-deliveries .event=${this.event} .webhook=${this.shown}></usher-webhook-deliveries>
      </section>` : nothing}`;
  }

  secret() {
    const c = this.created;
    return html`<div class="notice webhook-secret" id="webhook-secret-box" tabindex="-1" role="group"
        aria-labelledby="webhook-secret-title">
      <p id="webhook-secret-title"><strong>Copy it now, it will not be shown again:</strong> the signing secret of
        the webhook to <span class="webhook-url">${c.url}</span></p>
      <p><code id="webhook-secret">${c.secret}</code></p>
      <div class="row">
        <button type="button" id="webhook-secret-copy" @click=${this.copySecret}>Copy the secret</button>
        <button type="button" id="webhook-secret-done" @click=${() => { this.created = null; }}>I have copied it</button>
      </div>
    </div>`;
  }

  form() {
    const err = this.error;
    const typeMessages = err ? [...err.fieldMessages('eventTypes'),
      ...this.types.flatMap((t, i) => err.fieldMessages(`eventTypes[${i}]`))] : [];
    return html`<form id="webhook-form" class="inline-form" novalidate @submit=${this.submit}
        aria-labelledby="webhook-form-title">
      <h3 id="webhook-form-title">Add a webhook</h3>
      ${field({ id: 'webhook-url', name: 'url', label: 'URL', kind: 'url', required: true, error: err,
        hint: 'https://… where your system receives the posts' })}
      <fieldset class="check-group ${typeMessages.length ? 'has-error' : ''}" id="webhook-types"
          aria-describedby=${typeMessages.length ? 'webhook-types-error' : nothing}>
        <legend>What to send</legend>
        ${this.types.map((t) => html`<label class="check"><input type="checkbox" name="eventTypes" value=${t}
          id="webhook-type-${t.replace(/[^a-z]/g, '-')}"> ${typeLabel(t)} <code class="small">${t}</code></label>`)}
        ${typeMessages.length ? html`<p class="field-error" id="webhook-types-error">${typeMessages.join('; ')}</p>` : nothing}
      </fieldset>
      <button type="submit" class="primary" id="webhook-submit" ?disabled=${this.busy}>Add webhook</button>
    </form>`;
  }

  list() {
    if (!this.webhooks.length) return html`<p class="muted" id="webhooks-none">No webhooks yet.</p>`;
    return html`<h3 id="webhooks-title">This event's webhooks</h3>
      <ul class="webhooks" id="webhooks" aria-labelledby="webhooks-title">${this.webhooks.map((w) => html`<li
        class="card webhook" data-webhook-id=${w.id}>
        <p class="webhook-url">${w.url}</p>
        <p>${w.active ? html`<span class="badge state-delivered">active</span>`
          : html`<span class="badge state-failed">disabled</span>
            ${w.disabledReason ? html`<span class="webhook-disabled-reason">${w.disabledReason}</span>` : nothing}`}</p>
        <ul class="webhook-types">${w.eventTypes.map((t) => html`<li>${typeLabel(t)}</li>`)}</ul>
        <p class="muted small">Added ${moment(w.createdAt)}</p>
        <div class="row">
          <button type="button" class="show-deliveries" @click=${() => this.showLog(w)}
            aria-pressed=${this.shown?.id === w.id ? 'true' : 'false'}
            aria-label="Deliveries to ${w.url}">Deliveries</button>
          <button type="button" class="danger delete-webhook" ?disabled=${this.busy} @click=${() => this.remove(w)}
            aria-label="Delete the webhook to ${w.url}">Delete</button>
        </div>
      </li>`)}</ul>`;
  }
}
customElements.define('usher-webhooks-panel', WebhooksPanel);
