import { html } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { includes } from '../members/members-api.js';
import './broadcast-form.js';
import './message-history.js';
import './send-form.js';

/**
 * The event's WhatsApp section (any member): send to one guest, broadcast to many, and the
 * history of what was sent. It is shown even when WhatsApp is not configured: the server's
 * 503 problem then says which settings are missing.
 */
export class WhatsAppPanel extends UsherElement {
  static properties = { event: { attribute: false } };

  history() {
    return this.querySelector('usher-message-history');
  }

  render() {
    return html`<div class="toolbar"><h2>WhatsApp</h2>
        ${includes(this.event.myRole, 'editor')
          ? html`<a href=${href('/jobs', { eventId: this.event.id, type: 'whatsapp-broadcast' })}>Broadcast jobs of this event</a>`
          : ''}</div>
      <div class="messaging-forms">
        <usher-send-form .event=${this.event} @message-sent=${() => this.history().load()}></usher-send-form>
        <usher-broadcast-form .event=${this.event}
          @job-end=${() => this.history().load()}
          @show-broadcast=${(e) => {
            this.history().filterBy({ broadcast: e.detail });
            this.querySelector('#history-title').scrollIntoView();
          }}></usher-broadcast-form>
      </div>
      <section aria-labelledby="history-title"><usher-message-history .event=${this.event}></usher-message-history></section>`;
  }
}
customElements.define('usher-whatsapp-panel', WhatsAppPanel);
