import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { includes } from '../members/members-api.js';
import { STATUSES, deleteGuest, eraseGuest, listGuests, updateGuest } from './guests-api.js';
import { ListController } from '../platform/list-controller.js';
import { pagedTable, sortHeader } from '../platform/list-view.js';
import { listQuestions } from '../questions/questions-api.js';
import { guestArrivals } from '../checkin/arrivals-api.js';
import './guest-form.js';
import './household-form.js';
import './reply-form.js';
import '../rsvp/rsvp-link-dialog.js';
import '../imports/export-button.js';
import '../platform/problem-view.js';

const COLUMNS = [
  { key: 'lastName', label: 'Name', sort: 'lastName,firstName' },
  { key: 'phone', label: 'Phone' },
  { key: 'side', label: 'Side', sort: 'side' },
  { key: 'partySize', label: 'Party', sort: 'partySize' },
  { key: 'status', label: 'Status', sort: 'status' },
];

/**
 * The guest list of an event: filters (status, side, free text), sortable columns, paging
 * with the server's total, the status changed in place (editors), add/edit (editors), the guest's RSVP link
 * to copy or show as a QR code (editors), delete (admins),
 * and the CSV export (anyone).
 */
export class GuestTable extends UsherElement {
  static properties = { event: { attribute: false }, questions: { state: true }, arrived: { state: true } };

  constructor() {
    super();
    this.list = new ListController(this, {
      fetch: (query) => listGuests(this.event.id, query),
      query: { status: '', side: '', q: '', arrived: '', sort: 'lastName,firstName', skip: 0, limit: 25 },
    });
    this.arrived = new Map();
  }

  /** Each page asks who of its guests has arrived at the door (the "arrived" badge). */
  updated() {
    const page = this.list.page;
    if (!page || page === this.arrivalsFor) return;
    this.arrivalsFor = page;
    const ids = page.items.map((g) => g.id);
    if (!ids.length) return;
    guestArrivals(this.event.id, ids)
      .then((found) => { this.arrived = new Map(found.map((a) => [a.guestId, a.arrived])); })
      .catch(() => { this.arrived = new Map(); }); // the badge is extra: the list stands without it
  }

  connectedCallback() {
    super.connectedCallback();
    this.list.load();
  }

  /** Opens the reply dialog with the event's questions as they are now. */
  async openReply(guest) {
    try {
      this.questions = await listQuestions(this.event.id);
      await this.updateComplete;
      this.querySelector('usher-reply-form').open(guest);
    } catch (e) {
      this.list.fail(e);
    }
  }

  /** A household's row names how many of its members come. */
  party(g) {
    return g.members && g.members.length ? html`${g.partySize} <span class="muted small">(${g.attendingCount} coming)</span>` : g.partySize;
  }

  async changeStatus(guest, select) {
    try {
      const updated = await updateGuest(this.event.id, guest.id, { status: select.value });
      this.list.replace(updated);
      this.list.notice.say(`${this.name(guest)} is now ${updated.status}.`);
    } catch (e) {
      select.value = guest.status;
      this.list.fail(e);
    }
  }

  confirmDelete(guest) {
    if (!confirm(`Delete ${this.name(guest)} from the guest list?`)) return;
    this.list.act(() => deleteGuest(this.event.id, guest.id), () => `${this.name(guest)} was deleted.`);
  }

  /** A guest's request to be forgotten: more than a delete, so its own question says what else goes. */
  confirmErase(guest) {
    if (!confirm(`Erase ${this.name(guest)} on request? The guest is deleted, their invitations are revoked, and `
      + 'no invitation, message or webhook keeps their name, e-mail or phone. The event\'s stored import files are '
      + 'deleted too. This cannot be undone.')) return;
    this.list.act(() => eraseGuest(this.event.id, guest.id),
      (r) => `${this.name(guest)} was erased: ${r.invitations} invitations and ${r.deliveries} messages no longer name them.`);
  }

  name(guest) {
    return [guest.firstName, guest.lastName].filter(Boolean).join(' ');
  }

  render() {
    const editor = includes(this.event.myRole, 'editor');
    return html`<div class="toolbar">
        <h2>Guests</h2>
        <div class="actions">
          <usher-export-button .event=${this.event}></usher-export-button>
          ${editor ? html`<button class="primary" id="add-guest" @click=${() => this.querySelector('usher-guest-form').open()}>Add guest</button>` : nothing}
        </div>
      </div>
      <form class="filters" role="search" aria-label="Filter guests" @submit=${(e) => this.list.filter(e)}>
        <div class="field"><label for="filter-status">Status</label>
          <select id="filter-status" name="status" @change=${(e) => this.list.filter(e)}>
            <option value="">All</option>${STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}
          </select></div>
        <div class="field"><label for="filter-side">Side</label>
          <input id="filter-side" name="side" @change=${(e) => this.list.filter(e)}></div>
        <div class="field"><label for="filter-arrived">Arrived</label>
          <select id="filter-arrived" name="arrived" @change=${(e) => this.list.filter(e)}>
            <option value="">All</option><option value="true">Arrived</option><option value="false">Not yet</option>
          </select></div>
        <div class="field"><label for="filter-q">Search</label>
          <input id="filter-q" name="q" type="search" placeholder="Name, phone or e-mail" @input=${(e) => this.list.search(e)}></div>
      </form>
      <usher-problem .error=${this.list.error}></usher-problem>
      <p class="live-status visually-hidden" role="status" aria-live="polite">${this.list.notice.view()}</p>
      ${this.list.page ? this.table(editor) : html`<p class="muted">Loading…</p>`}
      <usher-guest-form .event=${this.event} @saved=${() => this.list.load()}></usher-guest-form>
      <usher-household-form .event=${this.event} @saved=${(e) => this.saved(e, 'household')}></usher-household-form>
      <usher-reply-form .event=${this.event} .questions=${this.questions} @saved=${(e) => this.saved(e, 'reply')}></usher-reply-form>
      ${editor ? html`<usher-rsvp-link-dialog .event=${this.event}></usher-rsvp-link-dialog>` : nothing}`;
  }

  saved(e, what) {
    this.list.replace(e.detail);
    this.list.notice.say(`The ${what} of ${this.name(e.detail)} was saved.`);
  }

  table(editor) {
    return pagedTable(this.list, { id: 'guest', noun: 'guests', empty: 'No guests match.', table: () => html`<table class="guests">
        <caption class="visually-hidden">Guests, sorted by ${this.list.query.sort}</caption>
        <thead><tr>${COLUMNS.map((c) => sortHeader(this.list, c))}${editor ? html`<th><span class="visually-hidden">Actions</span></th>` : nothing}</tr></thead>
        <tbody>${repeat(this.list.page.items, (g) => g.id, (g) => this.row(g, editor))}</tbody>
      </table>` });
  }

  row(g, editor) {
    const name = this.name(g);
    return html`<tr data-guest-id=${g.id}>
      <td data-label="Name"><span class="guest-name">${name}</span>${this.arrived.get(g.id)
        ? html` <span class="badge arrived" data-arrived=${this.arrived.get(g.id)}>arrived ${this.arrived.get(g.id)}</span>` : nothing}${g.email ? html`<br><span class="muted small">${g.email}</span>` : nothing}</td>
      <td data-label="Phone">${g.phone || ''}</td>
      <td data-label="Side">${g.side || ''}</td>
      <td data-label="Party">${this.party(g)}</td>
      <td data-label="Status">${editor
        ? html`<select class="status" aria-label="Status of ${name}" @change=${(e) => this.changeStatus(g, e.target)}>
            ${STATUSES.map((s) => html`<option ?selected=${s === g.status}>${s}</option>`)}</select>`
        : html`<span class="status-${g.status}">${g.status}</span>`}</td>
      ${editor ? html`<td class="row-actions">
        <button @click=${() => this.querySelector('usher-guest-form').open(g)} aria-label="Edit ${name}">Edit</button>
        <button class="household" @click=${() => this.querySelector('usher-household-form').open(g)} aria-label="Household of ${name}">Household</button>
        <button class="reply" @click=${() => this.openReply(g)} aria-label="Record the reply of ${name}">Reply</button>
        <button class="rsvp-link" @click=${() => this.querySelector('usher-rsvp-link-dialog').open(g)} aria-label="RSVP link of ${name}">RSVP link</button>
        ${this.event.myRole === 'admin' ? html`<button class="danger" @click=${() => this.confirmDelete(g)} aria-label="Delete ${name}">Delete</button>
          <button class="danger erase" @click=${() => this.confirmErase(g)} aria-label="Erase ${name} on request">Erase</button>` : nothing}
      </td>` : nothing}
    </tr>`;
  }
}
customElements.define('usher-guest-table', GuestTable);
