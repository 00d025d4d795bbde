import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { href, navigate } from '../app/router.js';
import { day } from '../platform/format.js';
import { deleteEvent, getEvent } from './events-api.js';
import './event-form.js';
import '../guests/guest-table.js';
import '../guests/stats-panel.js';
import '../questions/questions-panel.js';
import '../members/members-panel.js';
import '../imports/import-panel.js';
import '../messaging/whatsapp-panel.js';
import { includes } from '../members/members-api.js';
import { loadModule } from '../app/lazy-module.js';
import '../platform/problem-view.js';

// The event page's sections, each for the members whose role includes `role`.
const TABS = [
  { id: 'guests', label: 'Guests', role: 'viewer' },
  { id: 'members', label: 'Members', role: 'viewer' },
  { id: 'stats', label: 'Statistics', role: 'viewer' },
  { id: 'activity', label: 'Activity', role: 'viewer' },
  { id: 'questions', label: 'Questions', role: 'viewer' },
  { id: 'import', label: 'Import', role: 'editor' },
  { id: 'duplicates', label: 'Duplicates', role: 'editor' },
  { id: 'whatsapp', label: 'WhatsApp', role: 'viewer' },
  { id: 'invitations', label: 'Invitations', role: 'admin' },
  { id: 'reminders', label: 'Reminders', role: 'viewer' },
  { id: 'door', label: 'Door conflicts', role: 'viewer' },
  { id: 'arrivals', label: 'Arrivals', role: 'viewer' },
  { id: 'webhooks', label: 'Webhooks', role: 'admin' },
  { id: 'audit', label: 'Audit', role: 'admin' },
];

/** One event: its details, admin actions, and its sections (guests, members, statistics, activity, questions, import, duplicates, WhatsApp, invitations, reminders, door conflicts, arrivals, webhooks, audit). */
export class EventPage extends UsherElement {
  static properties = {
    me: { attribute: false }, eventId: { attribute: false }, tab: { attribute: false },
    event: { state: true }, error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('eventId')) this.load();
  }

  async load() {
    try {
      this.event = await getEvent(this.eventId);
      this.error = null;
    } catch (e) {
      this.event = null;
      this.error = e;
    }
  }

  async confirmDelete() {
    if (!confirm(`Delete "${this.event.name}" with all its guests and members? This cannot be undone.`)) return;
    try {
      await deleteEvent(this.event.id);
      navigate('/events');
    } catch (e) {
      this.error = e;
    }
  }

  render() {
    if (!this.event) {
      return html`<h1 tabindex="-1">${this.error ? 'Event not available' : 'Loading…'}</h1>
        <usher-problem .error=${this.error}></usher-problem>
        <p><a href=${href('/events')}>Back to your events</a></p>`;
    }
    const ev = this.event;
    const where = [day(ev.date), ev.startTime ? ev.startTime.slice(0, 5) : '', ev.location].filter(Boolean).join(' · ');
    return html`<p class="crumbs"><a href=${href('/events')}>Your events</a></p>
      <div class="page-head">
        <div>
          <h1 tabindex="-1">${ev.name}</h1>
          <p class="muted">${where || 'No date or place yet'} · your role: <strong id="my-role">${ev.myRole}</strong></p>
        </div>
        ${ev.myRole === 'admin' ? html`<div class="actions">
          <button id="edit-event" @click=${() => this.querySelector('usher-event-form').open(ev)}>Edit event</button>
          <button id="delete-event" class="danger" @click=${this.confirmDelete}>Delete event</button>
        </div>` : nothing}
      </div>
      <usher-problem .error=${this.error}></usher-problem>
      <nav class="tabs" aria-label="Event sections">
        ${TABS.filter((t) => includes(ev.myRole, t.role)).map((t) => html`<a id="tab-${t.id}" href=${href(`/events/${ev.id}/${t.id}`)}
          aria-current=${this.tab === t.id ? 'page' : nothing}>${t.label}</a>`)}
      </nav>
      <section class="tab-panel" aria-labelledby="tab-${this.tab}">${this.panel(ev)}</section>
      <usher-event-form @saved=${(e) => { this.event = e.detail; }}></usher-event-form>`;
  }

  panel(ev) {
    switch (this.tab) {
      case 'members':
        return html`<usher-members-panel .event=${ev} .me=${this.me} @my-role-changed=${() => this.load()}></usher-members-panel>`;
      case 'stats':
        return html`<usher-stats-panel .event=${ev}></usher-stats-panel>`;
      case 'questions':
        return html`<usher-questions-panel .event=${ev}></usher-questions-panel>`;
      case 'import':
        return includes(ev.myRole, 'editor') ? html`<usher-import-panel .event=${ev}></usher-import-panel>`
          : html`<p>Importing guests is for the event's admins and editors.</p>`;
      case 'whatsapp':
        return html`<usher-whatsapp-panel .event=${ev}></usher-whatsapp-panel>`;
      case 'invitations':
        loadModule(new URL('../invitations/event-invitations-panel.js', import.meta.url).href).catch((e) => { this.error = e; });
        return html`<usher-event-invitations-panel .event=${ev} .me=${this.me}></usher-event-invitations-panel>`;
      case 'activity':
        loadModule(new URL('../activity/activity-panel.js', import.meta.url).href).catch((e) => { this.error = e; });
        return html`<usher-activity-panel .event=${ev}></usher-activity-panel>`;
      case 'reminders':
        loadModule(new URL('../reminders/reminders-panel.js', import.meta.url).href).catch((e) => { this.error = e; });
        return html`<usher-reminders-panel .event=${ev}></usher-reminders-panel>`;
      case 'door':
        loadModule(new URL('../offline/door-conflicts-panel.js', import.meta.url).href).catch((e) => { this.error = e; });
        return html`<usher-door-conflicts-panel .event=${ev}></usher-door-conflicts-panel>`;
      case 'arrivals':
        loadModule(new URL('../checkin/arrivals-panel.js', import.meta.url).href).catch((e) => { this.error = e; });
        return html`<usher-arrivals-panel .event=${ev}></usher-arrivals-panel>`;
      case 'webhooks':
        loadModule(new URL('../webhooks/webhooks-panel.js', import.meta.url).href).catch((e) => { this.error = e; });
        return html`<usher-webhooks-panel .event=${ev}></usher-webhooks-panel>`;
      case 'duplicates':
        loadModule(new URL('../duplicates/duplicates-panel.js', import.meta.url).href).catch((e) => { this.error = e; });
        return html`<usher-duplicates-panel .event=${ev}></usher-duplicates-panel>`;
      case 'audit':
        loadModule(new URL('../audit/audit-panel.js', import.meta.url).href).catch((e) => { this.error = e; });
        return html`<usher-audit-panel .event=${ev}></usher-audit-panel>`;
      default:
        return html`<usher-guest-table .event=${ev}></usher-guest-table>`;
    }
  }
}
customElements.define('usher-event-page', EventPage);
