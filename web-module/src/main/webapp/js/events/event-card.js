import { html, nothing } from 'lit';
import { href } from '../app/router.js';
import { count, day, percent } from '../platform/format.js';

/** One event in the list: name, date, place, the caller's role, guest total and confirmation rate. */
export function eventCard(event, { onEdit, onDelete }) {
  const s = event.stats || {};
  const admin = event.myRole === 'admin';
  return html`<li class="card event-card" data-event-id=${event.id}>
    <h2><a href=${href(`/events/${event.id}`)}>${event.name}</a></h2>
    <p class="muted">${[day(event.date), event.location].filter(Boolean).join(' · ') || 'No date or place yet'}</p>
    <dl class="quick-stats">
      <div><dt>Guests</dt><dd class="guest-total">${count(s.guestTotal)}</dd></div>
      <div><dt>Confirmed</dt><dd class="confirmation-rate">${percent(s.confirmationRate)}</dd></div>
      <div><dt>Your role</dt><dd>${event.myRole}</dd></div>
    </dl>
    ${admin ? html`<div class="actions">
      <button @click=${() => onEdit(event)} aria-label="Edit ${event.name}">Edit</button>
      <button class="danger" @click=${() => onDelete(event)} aria-label="Delete ${event.name}">Delete</button>
    </div>` : nothing}
  </li>`;
}
