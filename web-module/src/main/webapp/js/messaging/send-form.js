import { html } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { focusFirstError } from '../platform/fields.js';
import { sendWhatsApp } from './messaging-api.js';
import { CONTENT_FIELDS, contentOf } from './message-content.js';
import './guest-picker.js';
import './message-content.js';
import '../platform/problem-view.js';

/**
 * A WhatsApp message to one guest (any member): text or an approved template. The answer is
 * the ledger record after WhatsApp's reply; a refusal (no phone, window closed, not
 * configured...) is shown as the server's problem. Tells the page with `message-sent`.
 */
export class SendForm extends UsherElement {
  static properties = { event: { attribute: false }, error: { state: true }, busy: { state: true }, sent: { state: true } };

  async send(e) {
    e.preventDefault();
    const form = e.target;
    this.busy = true;
    this.error = null;
    this.sent = null;
    try {
      const guestId = new FormData(form).get('guestId');
      this.sent = await sendWhatsApp(this.event.id, { guestId: guestId || null, ...contentOf(form) });
      this.dispatchEvent(new CustomEvent('message-sent', { detail: this.sent, bubbles: true }));
    } catch (err) {
      this.error = err;
      await this.updateComplete;
      focusFirstError(form);
    } finally {
      this.busy = false;
    }
  }

  render() {
    const err = this.error;
    return html`<form class="send-form inline-form" novalidate @submit=${this.send} aria-labelledby="send-title">
      <h3 id="send-title">Send to one guest</h3>
      <usher-problem .error=${err} .shownFields=${['guestId', ...CONTENT_FIELDS]}></usher-problem>
      <usher-guest-picker .event=${this.event} .pickerId=${'send-guest'} .error=${err}></usher-guest-picker>
      <usher-message-content .prefix=${'send'} .error=${err}></usher-message-content>
      <div class="actions">
        <p class="send-result" role="status" aria-live="polite">${this.sent
          ? `Sent to ${this.sent.recipient}: ${this.sent.state}.` : ''}</p>
        <button type="submit" class="primary" id="send-message" ?disabled=${this.busy}>Send</button>
      </div>
    </form>`;
  }
}
customElements.define('usher-send-form', SendForm);
