import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { navigate } from '../app/router.js';
import { deleteEvent, getEvent, listEvents } from './events-api.js';
import { eventCard } from './event-card.js';
import './event-form.js';
import '../platform/problem-view.js';

/** The caller's events as cards, with "New event"; edit and delete for the events they administer. */
export class EventsPage extends UsherElement {
  static properties = { me: { attribute: false }, events: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.events = await listEvents();
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  async edit(event) {
    try {
      this.querySelector('usher-event-form').open(await getEvent(event.id));
    } catch (e) {
      this.error = e;
    }
  }

  async confirmDelete(event) {
    if (!confirm(`Delete "${event.name}" with all its guests and members? This cannot be undone.`)) return;
    try {
      await deleteEvent(event.id);
      await this.load();
    } catch (e) {
      this.error = e;
    }
  }

  saved(e) {
    if (!this.editing(e.detail)) {
      navigate(`/events/${e.detail.id}`);
    } else {
      this.load();
    }
  }

  editing(saved) {
    return (this.events || []).some((ev) => ev.id === saved.id);
  }

  render() {
    return html`<div class="page-head">
        <h1 tabindex="-1">Your events</h1>
        <button class="primary" id="new-event" @click=${() => this.querySelector('usher-event-form').open()}>New event</button>
      </div>
      <usher-problem .error=${this.error}></usher-problem>
      ${this.events === undefined ? html`<p class="muted">Loading…</p>` : nothing}
      ${this.events && this.events.length === 0 ? html`<p>No events yet. Create one, or ask an event's admin to add you.</p>` : nothing}
      <ul class="cards" aria-label="Events">
        ${(this.events || []).map((ev) => eventCard(ev, { onEdit: (x) => this.edit(x), onDelete: (x) => this.confirmDelete(x) }))}
      </ul>
      <usher-event-form @saved=${this.saved}></usher-event-form>`;
  }
}
customElements.define('usher-events-page', EventsPage);
