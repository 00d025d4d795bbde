import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { moment } from '../platform/format.js';
import { listEvents } from '../events/events-api.js';
import { STATUSES, TYPES, listOfficial, officialStats, resendInvitation, revokeInvitation } from './invitations-api.js';
import { statsCards } from './invitation-stats.js';
import { statusBadge } from './invitation-status.js';
import { confirmRevoke, resentNotice, revokedNotice } from './invitation-notices.js';
import { pager } from '../platform/pager.js';
import './official-invitation-form.js';
import '../platform/problem-view.js';

const COLUMNS = [
  { key: 'number', label: 'Number', sort: 'number' },
  { key: 'recipientName', label: 'Recipient', sort: 'recipientName' },
  { key: 'event', label: 'Event' },
  { key: 'type', label: 'Type', sort: 'type' },
  { key: 'status', label: 'Status', sort: 'status' },
  { key: 'sentAt', label: 'Sent', sort: 'sentAt' },
  { key: 'scanCount', label: 'Scans' },
];

/**
 * Official invitations (super-admins; the nav shows it to them only, and the API refuses anyone
 * else): the four totals, a new-invitation form, the list with filters (status, event, type,
 * created between two days, search), sorting and paging, and per row resend and revoke.
 */
export class OfficialInvitationsPage extends UsherElement {
  static properties = {
    me: { attribute: false }, page: { state: true }, stats: { state: true }, events: { state: true },
    query: { state: true }, error: { state: true },
  };

  constructor() {
    super();
    this.query = { status: '', eventId: '', type: '', createdFrom: '', createdTo: '', q: '', sort: '-createdAt', skip: 0, limit: 25 };
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
    listEvents().then((events) => { this.events = events; }, (e) => { this.error = e; });
  }

  async load() {
    try {
      [this.page, this.stats] = await Promise.all([listOfficial(this.query), officialStats()]);
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
    const value = (name) => String(data.get(name) || '').trim();
    this.set({ status: value('status'), eventId: value('eventId'), type: value('type'),
      createdFrom: value('createdFrom'), createdTo: value('createdTo'), q: value('q') });
  }

  search(event) {
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.filter(event), 300);
  }

  sortBy(column) {
    this.set({ sort: this.query.sort === column.sort ? `-${column.sort}` : column.sort });
  }

  async resend(inv) {
    try {
      const after = await resendInvitation(inv.id);
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

  created(e) {
    const inv = e.detail;
    this.announce(inv.status === 'pending' ? `${inv.number} was saved as a draft.`
      : inv.status === 'failed' ? `${inv.number} was created, but sending failed: ${inv.failureReason || ''}`
        : `${inv.number} was sent to ${inv.email}.`);
    this.load();
  }

  announce(text) {
    this.querySelector('.live-status').textContent = text;
  }

  render() {
    return html`<div class="page-head">
        <div><h1 tabindex="-1">Official invitations</h1>
          <p class="muted">Invitations with a QR code, e-mailed by super-admins.</p></div>
        <button class="primary" id="new-invitation" @click=${() => this.querySelector('usher-official-invitation-form').open()}>New invitation</button>
      </div>
      <usher-problem .error=${this.error}></usher-problem>
      <p class="live-status notice-live" role="status" aria-live="polite"></p>
      ${this.stats ? statsCards(this.stats) : nothing}
      ${this.filters()}
      ${this.page ? this.table() : this.error ? nothing : html`<p class="muted">Loading…</p>`}
      <usher-official-invitation-form .events=${this.events} @saved=${this.created}></usher-official-invitation-form>`;
  }

  filters() {
    return html`<form class="filters" role="search" aria-label="Filter invitations" @submit=${this.filter}>
      <div class="field"><label for="inv-filter-status">Status</label>
        <select id="inv-filter-status" name="status" @change=${this.filter}>
          <option value="">All</option>${STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}
        </select></div>
      <div class="field"><label for="inv-filter-event">Event</label>
        <select id="inv-filter-event" name="eventId" @change=${this.filter}>
          <option value="">All</option>${(this.events || []).map((e) => html`<option value=${e.id}>${e.name}</option>`)}
        </select></div>
      <div class="field"><label for="inv-filter-type">Type</label>
        <select id="inv-filter-type" name="type" @change=${this.filter}>
          <option value="">All</option>${TYPES.map((t) => html`<option value=${t}>${t}</option>`)}
        </select></div>
      <div class="field"><label for="inv-filter-from">Created from</label>
        <input id="inv-filter-from" name="createdFrom" type="date" @change=${this.filter}></div>
      <div class="field"><label for="inv-filter-to">Created to</label>
        <input id="inv-filter-to" name="createdTo" type="date" @change=${this.filter}></div>
      <div class="field"><label for="inv-filter-q">Search</label>
        <input id="inv-filter-q" name="q" type="search" placeholder="Name or e-mail" @input=${this.search}></div>
    </form>`;
  }

  table() {
    const { items } = this.page;
    // No rows: a sentence, not headers over an empty body (read out as an empty grid).
    return html`${items.length === 0 ? html`<p>No invitations match.</p>` : html`<div class="table-wrap"><table class="invitations">
        <caption class="visually-hidden">Official invitations, sorted by ${this.query.sort}</caption>
        <thead><tr>${COLUMNS.map((c) => this.header(c))}<th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${repeat(items, (i) => i.id, (i) => this.row(i))}</tbody>
      </table></div>`}
      ${pager({ page: this.page, id: 'inv', noun: 'invitations', go: (c) => this.set(c), sizes: true })}`;
  }

  header(column) {
    if (!column.sort) return html`<th scope="col">${column.label}</th>`;
    const ascending = this.query.sort === column.sort;
    const descending = this.query.sort === `-${column.sort}`;
    return html`<th scope="col" aria-sort=${ascending ? 'ascending' : descending ? 'descending' : nothing}>
      <button class="sort" data-sort=${column.key} @click=${() => this.sortBy(column)}>${column.label}
        <span aria-hidden="true">${ascending ? '▲' : descending ? '▼' : ''}</span></button></th>`;
  }

  row(i) {
    const revoked = i.status === 'revoked';
    return html`<tr data-invitation-id=${i.id} data-number=${i.number}>
      <td data-label="Number"><a href=${href(`/invitations/${i.id}`)} class="inv-number">${i.number}</a></td>
      <td data-label="Recipient">${i.recipientName}<br><span class="muted small">${i.email}</span></td>
      <td data-label="Event">${i.eventName || html`<span class="muted">General</span>`}</td>
      <td data-label="Type">${i.type}</td>
      <td data-label="Status">${statusBadge(i.status)}</td>
      <td data-label="Sent">${moment(i.sentAt)}</td>
      <td data-label="Scans">${i.scanCount}</td>
      <td class="row-actions">
        <a class="button-link" href=${href(`/invitations/${i.id}`)} aria-label="Details of ${i.number}">Details</a>
        ${revoked ? nothing : html`
          <button @click=${() => this.resend(i)} aria-label="Resend ${i.number}">Resend</button>
          <button class="danger" @click=${() => this.revoke(i)} aria-label="Revoke ${i.number}">Revoke</button>`}
      </td>
    </tr>`;
  }
}
customElements.define('usher-official-invitations-page', OfficialInvitationsPage);
