import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { field, focusFirstError } from '../platform/fields.js';
import { STATUSES } from '../guests/guests-api.js';
import { startBroadcast } from './messaging-api.js';
import { CONTENT_FIELDS, contentOf } from './message-content.js';
import './broadcast-totals.js';
import './message-content.js';
import '../jobs/job-progress.js';
import '../platform/problem-view.js';

/**
 * A WhatsApp broadcast (any member): the same message to every guest matching the filters
 * (status, side), sent by a whatsapp-broadcast job. Everything that would fail for every
 * guest (not configured, bad content, nobody matching) is refused before it starts and shown
 * as its problem; then the job's progress and the broadcast's totals by state (both channels,
 * when a text broadcast also e-mails the guests WhatsApp did not reach).
 * `show-broadcast` (detail: its id) asks the page to list the broadcast's messages.
 */
export class BroadcastForm extends UsherElement {
  static properties = {
    event: { attribute: false }, error: { state: true }, busy: { state: true },
    job: { state: true }, version: { state: true }, kind: { state: true },
  };

  constructor() {
    super();
    this.kind = 'text';
  }

  // The e-mail fallback is for text only (Usher does not know a template's wording), so its
  // checkbox follows the message kind chosen in <usher-message-content>.
  changed(e) {
    if (e.target.name === 'kind') this.kind = e.target.value;
  }

  async start(e) {
    e.preventDefault();
    const form = e.target;
    const data = new FormData(form);
    const request = {
      ...contentOf(form),
      status: data.get('status') || null,
      side: String(data.get('side') || '').trim() || null,
      emailFallback: this.kind === 'text' && data.get('emailFallback') === 'on',
    };
    const audience = [request.status && `whose status is ${request.status}`, request.side && `of the ${request.side} side`]
      .filter(Boolean).join(' and ');
    if (!confirm(`Send this WhatsApp message to every guest${audience ? ` ${audience}` : ''} of ${this.event.name}?`)) return;
    this.busy = true;
    this.error = null;
    try {
      this.job = await startBroadcast(this.event.id, request);
      this.version = 0;
    } catch (err) {
      this.error = err;
      await this.updateComplete;
      focusFirstError(form);
    } finally {
      this.busy = false;
    }
  }

  progressed(e) {
    this.job = e.detail;
    this.version = (this.version || 0) + 1;
  }

  render() {
    const err = this.error;
    return html`<form class="broadcast-form inline-form" novalidate @submit=${this.start} @change=${this.changed}
        aria-labelledby="broadcast-title">
        <h3 id="broadcast-title">Broadcast</h3>
        <p class="hint">One message to every guest matching the filters, at most once each; guests without a valid
          phone are counted as failed.</p>
        <usher-problem .error=${err} .shownFields=${['status', 'side', ...CONTENT_FIELDS]}></usher-problem>
        <div class="row">
          ${field({ id: 'broadcast-status', name: 'status', label: 'Guests whose status is', kind: 'select', error: err,
            options: [{ value: '', label: 'any status' }, ...STATUSES.map((s) => ({ value: s, label: s }))] })}
          ${field({ id: 'broadcast-side', name: 'side', label: 'Side', error: err, hint: 'Leave empty for every side' })}
        </div>
        <usher-message-content .prefix=${'broadcast'} .error=${err}></usher-message-content>
        <label class="check"><input type="checkbox" name="emailFallback" id="broadcast-email-fallback"
          ?disabled=${this.kind !== 'text'}> Also e-mail guests whose WhatsApp message failed</label>
        <p class="hint">Text messages only: the same text, to the guests who have an e-mail address.</p>
        <div class="actions">
          <button type="submit" class="primary" id="start-broadcast" ?disabled=${this.busy}>Send to every matching guest</button>
        </div>
      </form>
      ${this.job ? this.progress(this.job) : nothing}`;
  }

  progress(job) {
    const broadcastId = (job.parameters || {}).broadcastId;
    return html`<section class="broadcast-progress" id="broadcast-progress" aria-labelledby="broadcast-progress-title">
      <h3 id="broadcast-progress-title">Latest broadcast</h3>
      <usher-job-progress .executionId=${job.executionId} .label=${'Broadcast'} @job-update=${this.progressed}></usher-job-progress>
      <h4>Messages by state</h4>
      <usher-broadcast-totals .event=${this.event} .broadcastId=${broadcastId} .version=${this.version}></usher-broadcast-totals>
      <p><button class="link" id="show-broadcast" @click=${() => this.dispatchEvent(new CustomEvent('show-broadcast',
        { detail: broadcastId, bubbles: true }))}>Show this broadcast's messages</button>
        · <a href=${href(`/jobs/${job.executionId}`)}>The job</a></p>
    </section>`;
  }
}
customElements.define('usher-broadcast-form', BroadcastForm);
