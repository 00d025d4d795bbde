import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { moment } from '../platform/format.js';
import { STATUSES, listEventInvitations, resendEventInvitation, revokeInvitation } from './invitations-api.js';
import { statusBadge } from './invitation-status.js';
import { confirmRevoke, resentNotice, revokedNotice } from './invitation-notices.js';
import { pager } from '../platform/pager.js';
import './guest-invite-form.js';
import '../platform/problem-view.js';


/**
 * The event page's Invitations section (event admins): invite guests, and the event's
 * invitations with where each stands (status; sent, opened, first scanned; seats used), each
 * e-mailed again on demand. Revoking is a super-admin operation in the API, so only they see it.
 */
export class EventInvitationsPanel extends UsherElement {
  static properties = {
    event: { attribute: false }, me: { attribute: false }, page: { state: true }, query: { state: true }, error: { state: true },
    inviteOpen: { state: true },
  };

  constructor() {
    super();
    this.query = { status: '', q: '', sort: '-createdAt', skip: 0, limit: 25 };
  }

  // Not connectedCallback: this element is loaded lazily, so `event` may have been set before it
  // was defined, and Lit hands such properties over only at the first update.
  willUpdate(changed) {
    if (changed.has('event') && this.event) this.load();
  }

  async load() {
    try {
      this.page = await listEventInvitations(this.event.id, this.query);
      // The invite form starts open while the event has no invitations; after that it is the reader's to open.
      if (this.inviteOpen === undefined) this.inviteOpen = this.page.total === 0;
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  set(changes) {
    this.query = { ...this.query, skip: 0, ...changes };
    this.load();
  }

  filter(event) {
    event.preventDefault();
    const data = new FormData(event.target.form || event.target);
    this.set({ status: data.get('status'), q: String(data.get('q') || '').trim() });
  }

  search(event) {
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.filter(event), 300);
  }

  superAdmin() {
    return !!this.me && (this.me.roles || []).includes('super-admin');
  }

  async resend(inv) {
    try {
      const after = await resendEventInvitation(this.event.id, inv.id);
      this.announce(resentNotice(after));
      await this.load();
    } catch (e) {
      this.error = e;
    }
  }

  async revoke(inv) {
    if (!confirmRevoke(inv)) return;
    try {
      await revokeInvitation(inv.id);
      this.announce(revokedNotice(inv));
      await this.load();
    } catch (e) {
      this.error = e;
    }
  }

  announce(text) {
    this.querySelector('.live-status').textContent = text;
  }

  render() {
    if (this.event.myRole !== 'admin') {
      return html`<h2>Invitations</h2><p>Only the event's admins invite guests and see their invitations.</p>`;
    }
    return html`<h2>Invitations</h2>
      <details class="invite-details" id="invite-details" ?open=${this.inviteOpen}>
        <summary>Invite guests</summary>
        <usher-guest-invite-form .event=${this.event} @invited=${() => this.load()}></usher-guest-invite-form>
      </details>
      <h3>Sent and pending</h3>
      <form class="filters" role="search" aria-label="Filter invitations" @submit=${this.filter}>
        <div class="field"><label for="ev-inv-status">Status</label>
          <select id="ev-inv-status" name="status" @change=${this.filter}>
            <option value="">All</option>${STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}
          </select></div>
        <div class="field"><label for="ev-inv-q">Search</label>
          <input id="ev-inv-q" name="q" type="search" placeholder="Name or e-mail" @input=${this.search}></div>
      </form>
      <usher-problem .error=${this.error}></usher-problem>
      <p class="live-status notice-live" role="status" aria-live="polite"></p>
      ${this.superAdmin() ? nothing : html`<p class="muted small">Revoking an invitation is for super-admins.</p>`}
      ${this.page ? this.table() : this.error ? nothing : html`<p class="muted">Loading…</p>`}`;
  }

  table() {
    const { items } = this.page;
    const superAdmin = this.superAdmin();
    // No rows: a sentence, not headers over an empty body (read out as an empty grid).
    return html`${items.length === 0 ? html`<p>No invitations yet.</p>` : html`<div class="table-wrap"><table class="invitations event-invitations">
        <caption class="visually-hidden">Invitations of ${this.event.name}</caption>
        <thead><tr><th scope="col">Number</th><th scope="col">Guest</th><th scope="col">Status</th>
          <th scope="col">Sent</th><th scope="col">Opened</th><th scope="col">Scanned</th><th scope="col">Seats used</th>
          <th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${repeat(items, (i) => i.id, (i) => html`<tr data-invitation-id=${i.id} data-guest-id=${i.guestId || ''}>
          <td data-label="Number">${superAdmin ? html`<a href=${href(`/invitations/${i.id}`)}>${i.number}</a>` : i.number}</td>
          <td data-label="Guest">${i.recipientName}<br><span class="muted small">${i.email}</span></td>
          <td data-label="Status">${statusBadge(i.status)}${i.failureReason ? html`<br><span class="field-error small">${i.failureReason}</span>` : nothing}</td>
          <td data-label="Sent">${moment(i.sentAt)}</td>
          <td data-label="Opened">${moment(i.openedAt)}</td>
          <td data-label="Scanned">${moment(i.scannedAt)}</td>
          <td data-label="Seats used">${i.seatsAdmitted} / ${i.seats}</td>
          <td class="row-actions">${i.status === 'revoked' ? nothing : html`
            <button @click=${() => this.resend(i)} aria-label="Resend ${i.number}">Resend</button>
            ${superAdmin ? html`<button class="danger" @click=${() => this.revoke(i)} aria-label="Revoke ${i.number}">Revoke</button>` : nothing}`}</td>
        </tr>`)}</tbody>
      </table></div>`}
      ${pager({ page: this.page, id: 'ev-inv', noun: 'invitations', go: (c) => this.set(c), sizes: true })}`;
  }
}
customElements.define('usher-event-invitations-panel', EventInvitationsPanel);
