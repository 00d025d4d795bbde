import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { moment } from '../platform/format.js';
import { STATUSES, listEventInvitations, resendEventInvitation } from './invitations-api.js';
import { statusBadge } from './invitation-status.js';
import { resend, revoke } from './invitation-actions.js';
import { ListController } from '../platform/list-controller.js';
import { pagedTable } from '../platform/list-view.js';
import './guest-invite-form.js';
import './invitation-brand-form.js';
import '../platform/problem-view.js';

/**
 * The event page's Invitations section (event admins): invite guests, and the event's
 * invitations with where each stands (status; sent, opened, first scanned; seats used), each
 * e-mailed again on demand. Revoking is a super-admin operation in the API, so only they see it.
 */
export class EventInvitationsPanel extends UsherElement {
  static properties = { event: { attribute: false }, me: { attribute: false }, inviteOpen: { state: true } };

  constructor() {
    super();
    this.list = new ListController(this, {
      fetch: (query) => listEventInvitations(this.event.id, query),
      query: { status: '', q: '', sort: '-createdAt', skip: 0, limit: 25 },
      // The invite form starts open while the event has no invitations; after that it is the reader's to open.
      loaded: (page) => { if (this.inviteOpen === undefined) this.inviteOpen = page.total === 0; },
    });
  }

  // Not connectedCallback: this element is loaded lazily, so `event` may have been set before it
  // was defined, and Lit hands such properties over only at the first update.
  willUpdate(changed) {
    if (changed.has('event') && this.event) this.list.load();
  }

  superAdmin() {
    return !!this.me && (this.me.roles || []).includes('super-admin');
  }

  render() {
    if (this.event.myRole !== 'admin') {
      return html`<h2>Invitations</h2><p>Only the event's admins invite guests and see their invitations.</p>`;
    }
    return html`<h2>Invitations</h2>
      <details class="invite-details" id="invite-details" ?open=${this.inviteOpen}>
        <summary>Invite guests</summary>
        <usher-guest-invite-form .event=${this.event} @invited=${() => this.list.load()}></usher-guest-invite-form>
      </details>
      <details class="invite-details" id="brand-details">
        <summary>The look of the e-mail: brand, preview, test</summary>
        <usher-invitation-brand-form .event=${this.event}></usher-invitation-brand-form>
      </details>
      <h3>Sent and pending</h3>
      <form class="filters" role="search" aria-label="Filter invitations" @submit=${(e) => this.list.filter(e)}>
        <div class="field"><label for="ev-inv-status">Status</label>
          <select id="ev-inv-status" name="status" @change=${(e) => this.list.filter(e)}>
            <option value="">All</option>${STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}
          </select></div>
        <div class="field"><label for="ev-inv-q">Search</label>
          <input id="ev-inv-q" name="q" type="search" placeholder="Name or e-mail" @input=${(e) => this.list.search(e)}></div>
      </form>
      <usher-problem .error=${this.list.error}></usher-problem>
      <p class="live-status notice-live" role="status" aria-live="polite">${this.list.notice.view()}</p>
      ${this.superAdmin() ? nothing : html`<p class="muted small">Revoking an invitation is for super-admins.</p>`}
      ${this.list.page ? this.table() : this.list.error ? nothing : html`<p class="muted">Loading…</p>`}`;
  }

  table() {
    const superAdmin = this.superAdmin();
    return pagedTable(this.list, { id: 'ev-inv', noun: 'invitations', empty: 'No invitations yet.', table: () => html`<table class="invitations event-invitations">
        <caption class="visually-hidden">Invitations of ${this.event.name}</caption>
        <thead><tr><th scope="col">Number</th><th scope="col">Guest</th><th scope="col">Status</th>
          <th scope="col">Sent</th><th scope="col">Opened</th><th scope="col">Scanned</th><th scope="col">Seats used</th>
          <th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${repeat(this.list.page.items, (i) => i.id, (i) => html`<tr data-invitation-id=${i.id} data-guest-id=${i.guestId || ''}>
          <td data-label="Number">${superAdmin ? html`<a href=${href(`/invitations/${i.id}`)}>${i.number}</a>` : i.number}</td>
          <td data-label="Guest">${i.recipientName}<br><span class="muted small">${i.email}</span></td>
          <td data-label="Status">${statusBadge(i.status)}${i.failureReason ? html`<br><span class="field-error small">${i.failureReason}</span>` : nothing}</td>
          <td data-label="Sent">${moment(i.sentAt)}</td>
          <td data-label="Opened">${moment(i.openedAt)}</td>
          <td data-label="Scanned">${moment(i.scannedAt)}</td>
          <td data-label="Seats used">${i.seatsAdmitted} / ${i.seats}</td>
          <td class="row-actions">${i.status === 'revoked' ? nothing : html`
            <button @click=${() => resend(this.list, () => resendEventInvitation(this.event.id, i.id))} aria-label="Resend ${i.number}">Resend</button>
            ${superAdmin ? html`<button class="danger" @click=${() => revoke(this.list, i)} aria-label="Revoke ${i.number}">Revoke</button>` : nothing}`}</td>
        </tr>`)}</tbody>
      </table>` });
  }
}
customElements.define('usher-event-invitations-panel', EventInvitationsPanel);
