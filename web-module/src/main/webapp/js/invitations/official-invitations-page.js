import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { moment } from '../platform/format.js';
import { listEvents } from '../events/events-api.js';
import { STATUSES, TYPES, listOfficial, officialStats, resendInvitation } from './invitations-api.js';
import { statsCards } from './invitation-stats.js';
import { statusBadge } from './invitation-status.js';
import { resend, revoke } from './invitation-actions.js';
import { ListController } from '../platform/list-controller.js';
import { pagedTable, sortHeader } from '../platform/list-view.js';
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
  static properties = { me: { attribute: false }, events: { state: true } };

  constructor() {
    super();
    this.list = new ListController(this, {
      // The four totals are asked with every page: an action on a row changes them too.
      fetch: async (query) => {
        const [page, stats] = await Promise.all([listOfficial(query), officialStats()]);
        return { ...page, stats };
      },
      query: { status: '', eventId: '', type: '', createdFrom: '', createdTo: '', q: '', sort: '-createdAt', skip: 0, limit: 25 },
    });
  }

  connectedCallback() {
    super.connectedCallback();
    this.list.load();
    listEvents().then((events) => { this.events = events; }, (e) => this.list.fail(e));
  }

  created(e) {
    const inv = e.detail;
    this.list.notice.say(inv.status === 'pending' ? `${inv.number} was saved as a draft.`
      : inv.status === 'failed' ? `${inv.number} was created, but sending failed: ${inv.failureReason || ''}`
        : `${inv.number} was sent to ${inv.email}.`);
    this.list.load();
  }

  render() {
    return html`<div class="page-head">
        <div><h1 tabindex="-1">Official invitations</h1>
          <p class="muted">Invitations with a QR code, e-mailed by super-admins.</p></div>
        <button class="primary" id="new-invitation" @click=${() => this.querySelector('usher-official-invitation-form').open()}>New invitation</button>
      </div>
      <usher-problem .error=${this.list.error}></usher-problem>
      <p class="live-status notice-live" role="status" aria-live="polite">${this.list.notice.view()}</p>
      ${this.list.page ? statsCards(this.list.page.stats) : nothing}
      ${this.filters()}
      ${this.list.page ? this.table() : this.list.error ? nothing : html`<p class="muted">Loading…</p>`}
      <usher-official-invitation-form .events=${this.events} @saved=${this.created}></usher-official-invitation-form>`;
  }

  filters() {
    return html`<form class="filters" role="search" aria-label="Filter invitations" @submit=${(e) => this.list.filter(e)}>
      <div class="field"><label for="inv-filter-status">Status</label>
        <select id="inv-filter-status" name="status" @change=${(e) => this.list.filter(e)}>
          <option value="">All</option>${STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}
        </select></div>
      <div class="field"><label for="inv-filter-event">Event</label>
        <select id="inv-filter-event" name="eventId" @change=${(e) => this.list.filter(e)}>
          <option value="">All</option>${(this.events || []).map((e) => html`<option value=${e.id}>${e.name}</option>`)}
        </select></div>
      <div class="field"><label for="inv-filter-type">Type</label>
        <select id="inv-filter-type" name="type" @change=${(e) => this.list.filter(e)}>
          <option value="">All</option>${TYPES.map((t) => html`<option value=${t}>${t}</option>`)}
        </select></div>
      <div class="field"><label for="inv-filter-from">Created from</label>
        <input id="inv-filter-from" name="createdFrom" type="date" @change=${(e) => this.list.filter(e)}></div>
      <div class="field"><label for="inv-filter-to">Created to</label>
        <input id="inv-filter-to" name="createdTo" type="date" @change=${(e) => this.list.filter(e)}></div>
      <div class="field"><label for="inv-filter-q">Search</label>
        <input id="inv-filter-q" name="q" type="search" placeholder="Name or e-mail" @input=${(e) => this.list.search(e)}></div>
    </form>`;
  }

  table() {
    return pagedTable(this.list, { id: 'inv', noun: 'invitations', empty: 'No invitations match.', table: () => html`<table class="invitations">
        <caption class="visually-hidden">Official invitations, sorted by ${this.list.query.sort}</caption>
        <thead><tr>${COLUMNS.map((c) => sortHeader(this.list, c))}<th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${repeat(this.list.page.items, (i) => i.id, (i) => this.row(i))}</tbody>
      </table>` });
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
          <button @click=${() => resend(this.list, () => resendInvitation(i.id))} aria-label="Resend ${i.number}">Resend</button>
          <button class="danger" @click=${() => revoke(this.list, i)} aria-label="Revoke ${i.number}">Revoke</button>`}
      </td>
    </tr>`;
  }
}
customElements.define('usher-official-invitations-page', OfficialInvitationsPage);
