import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { includes } from '../members/members-api.js';
import { STATUSES, deleteGuest, listGuests, updateGuest } from './guests-api.js';
import { pager } from '../platform/pager.js';
import './guest-form.js';
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
 * with the server's total, the status changed in place (editors), add/edit (editors), delete (admins),
 * and the CSV export (anyone).
 */
export class GuestTable extends UsherElement {
  static properties = {
    event: { attribute: false }, page: { state: true }, query: { state: true }, error: { state: true },
  };

  constructor() {
    super();
    this.query = { status: '', side: '', q: '', sort: 'lastName,firstName', skip: 0, limit: 25 };
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.page = await listGuests(this.event.id, this.query);
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
    this.set({ status: data.get('status'), side: data.get('side').trim(), q: data.get('q').trim() });
  }

  search(event) {
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.filter(event), 300);
  }

  sortBy(column) {
    const descending = this.query.sort === column.sort;
    this.set({ sort: descending ? column.sort.split(',').map((k) => `-${k}`).join(',') : column.sort });
  }

  async changeStatus(guest, select) {
    try {
      const updated = await updateGuest(this.event.id, guest.id, { status: select.value });
      this.page = { ...this.page, items: this.page.items.map((g) => (g.id === updated.id ? updated : g)) };
      this.error = null;
      this.announce(`${this.name(guest)} is now ${updated.status}.`);
    } catch (e) {
      select.value = guest.status;
      this.error = e;
    }
  }

  async confirmDelete(guest) {
    if (!confirm(`Delete ${this.name(guest)} from the guest list?`)) return;
    try {
      await deleteGuest(this.event.id, guest.id);
      this.announce(`${this.name(guest)} was deleted.`);
      await this.load();
    } catch (e) {
      this.error = e;
    }
  }

  announce(text) {
    this.querySelector('.live-status').textContent = text;
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
      <form class="filters" role="search" aria-label="Filter guests" @submit=${this.filter}>
        <div class="field"><label for="filter-status">Status</label>
          <select id="filter-status" name="status" @change=${this.filter}>
            <option value="">All</option>${STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}
          </select></div>
        <div class="field"><label for="filter-side">Side</label>
          <input id="filter-side" name="side" @change=${this.filter}></div>
        <div class="field"><label for="filter-q">Search</label>
          <input id="filter-q" name="q" type="search" placeholder="Name, phone or e-mail" @input=${this.search}></div>
      </form>
      <usher-problem .error=${this.error}></usher-problem>
      <p class="live-status visually-hidden" role="status" aria-live="polite"></p>
      ${this.page ? this.table(editor) : html`<p class="muted">Loading…</p>`}
      <usher-guest-form .event=${this.event} @saved=${() => this.load()}></usher-guest-form>`;
  }

  table(editor) {
    const { items } = this.page;
    // No rows: a sentence, not headers over an empty body (read out as an empty grid).
    return html`${items.length === 0 ? html`<p>No guests match.</p>` : html`<div class="table-wrap"><table class="guests">
        <caption class="visually-hidden">Guests, sorted by ${this.query.sort}</caption>
        <thead><tr>${COLUMNS.map((c) => this.header(c))}${editor ? html`<th><span class="visually-hidden">Actions</span></th>` : nothing}</tr></thead>
        <tbody>${repeat(items, (g) => g.id, (g) => this.row(g, editor))}</tbody>
      </table></div>`}
      ${pager({ page: this.page, id: 'guest', noun: 'guests', go: (c) => this.set(c), sizes: true })}`;
  }

  header(column) {
    if (!column.sort) return html`<th scope="col">${column.label}</th>`;
    const ascending = this.query.sort === column.sort;
    const descending = this.query.sort === column.sort.split(',').map((k) => `-${k}`).join(',');
    const sort = ascending ? 'ascending' : descending ? 'descending' : nothing;
    return html`<th scope="col" aria-sort=${sort}>
      <button class="sort" data-sort=${column.key} @click=${() => this.sortBy(column)}>${column.label}
        <span aria-hidden="true">${ascending ? '▲' : descending ? '▼' : ''}</span></button></th>`;
  }

  row(g, editor) {
    const name = this.name(g);
    return html`<tr data-guest-id=${g.id}>
      <td data-label="Name"><span class="guest-name">${name}</span>${g.email ? html`<br><span class="muted small">${g.email}</span>` : nothing}</td>
      <td data-label="Phone">${g.phone || ''}</td>
      <td data-label="Side">${g.side || ''}</td>
      <td data-label="Party">${g.partySize}</td>
      <td data-label="Status">${editor
        ? html`<select class="status" aria-label="Status of ${name}" @change=${(e) => this.changeStatus(g, e.target)}>
            ${STATUSES.map((s) => html`<option ?selected=${s === g.status}>${s}</option>`)}</select>`
        : html`<span class="status-${g.status}">${g.status}</span>`}</td>
      ${editor ? html`<td class="row-actions">
        <button @click=${() => this.querySelector('usher-guest-form').open(g)} aria-label="Edit ${name}">Edit</button>
        ${this.event.myRole === 'admin' ? html`<button class="danger" @click=${() => this.confirmDelete(g)} aria-label="Delete ${name}">Delete</button>` : nothing}
      </td>` : nothing}
    </tr>`;
  }
}
customElements.define('usher-guest-table', GuestTable);
