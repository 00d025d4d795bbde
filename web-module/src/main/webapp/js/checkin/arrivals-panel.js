import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { LiveNotice } from '../platform/live-notice.js';
import { includes } from '../members/members-api.js';
import { arrivals, deleteCheckInList, listCheckInLists } from './arrivals-api.js';
import './check-in-list-form.js';
import '../platform/problem-view.js';

/** How often the counts are asked for while the page is visible. */
const POLL_MS = 3000;

/**
 * #/events/{id}/arrivals: who has arrived, in people (arrived / expected per check-in list, and
 * admissions per gate), polled every few seconds while the tab is visible; and the event's
 * check-in lists, which editors manage here.
 */
export class ArrivalsPanel extends UsherElement {
  static properties = { event: { attribute: false }, view: { state: true }, lists: { state: true }, error: { state: true } };

  notice = new LiveNotice(this);

  connectedCallback() {
    super.connectedCallback();
    this.refresh();
    this.loadLists();
    this.onVisible = () => { if (!document.hidden) this.refresh(); };
    document.addEventListener('visibilitychange', this.onVisible);
    this.timer = setInterval(() => { if (!document.hidden) this.refresh(); }, POLL_MS);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    document.removeEventListener('visibilitychange', this.onVisible);
    super.disconnectedCallback();
  }

  async refresh() {
    try {
      const view = await arrivals(this.event.id);
      if (!this.view || view.version !== this.view.version) this.view = view;
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  async loadLists() {
    try {
      this.lists = await listCheckInLists(this.event.id);
    } catch (e) {
      this.error = e;
    }
  }

  saved(e) {
    this.notice.say(`Check-in list ${e.detail.name} was saved.`);
    this.loadLists();
    this.refresh();
  }

  async remove(list) {
    if (!confirm(`Delete the check-in list ${list.name}?`)) return;
    try {
      await deleteCheckInList(this.event.id, list.id);
      this.notice.say(`Check-in list ${list.name} was deleted.`);
      this.loadLists();
      this.refresh();
    } catch (e) {
      this.error = e;
    }
  }

  render() {
    const editor = includes(this.event.myRole, 'editor');
    return html`<div class="toolbar"><h2>Arrivals</h2>
        ${editor ? html`<div class="actions"><button class="primary" id="add-check-in-list"
          @click=${() => this.querySelector('usher-check-in-list-form').open()}>Add check-in list</button></div>` : nothing}</div>
      <p class="muted">People (seats of invitations not revoked, guests who did not decline), updated every few seconds.</p>
      <usher-problem .error=${this.error}></usher-problem>
      <p class="live-status visually-hidden" role="status" aria-live="polite">${this.notice.view()}</p>
      ${this.view ? this.counts(this.view) : html`<p class="muted">Loading…</p>`}
      ${this.lists ? this.listTable(this.lists, editor) : nothing}
      <usher-check-in-list-form .event=${this.event} @saved=${this.saved}></usher-check-in-list-form>`;
  }

  counts(view) {
    const names = new Map(view.lists.map((l) => [l.listId, l.name]));
    return html`<div class="arrival-cards" id="arrival-lists">
        ${view.lists.map((l) => html`<section class="card arrival-card" data-list-id=${l.listId} aria-label="${l.name}">
          <h3>${l.name}${l.isDefault ? html` <span class="badge">default</span>` : nothing}</h3>
          <p class="arrival-count"><strong class="arrived">${l.arrived}</strong> / <span class="expected">${l.expected}</span> arrived</p>
          <progress max=${Math.max(l.expected, 1)} .value=${Math.min(l.arrived, Math.max(l.expected, 1))}
            aria-label="${l.name}: ${l.arrived} of ${l.expected} arrived"></progress>
          ${l.inside !== l.arrived ? html`<p class="muted inside">${l.inside} inside now</p>` : nothing}
        </section>`)}
      </div>
      <h3>By gate</h3>
      ${view.gates.length ? html`<table class="arrival-gates" id="arrival-gates">
          <caption class="visually-hidden">People admitted per gate and list</caption>
          <thead><tr><th scope="col">Gate</th><th scope="col">List</th><th scope="col">Admitted</th></tr></thead>
          <tbody>${view.gates.map((g) => html`<tr>
            <td data-label="Gate">${g.gate || html`<span class="muted">no gate</span>`}</td>
            <td data-label="List">${names.get(g.listId) || ''}</td>
            <td data-label="Admitted" class="gate-admitted">${g.admitted}</td></tr>`)}</tbody>
        </table>` : html`<p class="muted" id="arrival-gates-empty">Nobody admitted yet.</p>`}`;
  }

  listTable(lists, editor) {
    return html`<h3>Check-in lists</h3>
      <table class="check-in-lists" id="check-in-lists">
        <caption class="visually-hidden">The event's check-in lists</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Admits</th><th scope="col">Exits</th><th scope="col">Hours</th>
          ${editor ? html`<th><span class="visually-hidden">Actions</span></th>` : nothing}</tr></thead>
        <tbody>${lists.map((l) => html`<tr data-list-id=${l.id}>
          <td data-label="Name">${l.name}${l.isDefault ? html` <span class="badge">default</span>` : nothing}</td>
          <td data-label="Admits">${admits(l)}</td>
          <td data-label="Exits">${l.reentry ? 'exits and re-entry' : l.exits ? 'exits, no re-entry' : 'no'}</td>
          <td data-label="Hours">${hours(l)}</td>
          ${editor ? html`<td class="row-actions">
            <button @click=${() => this.querySelector('usher-check-in-list-form').open(l)} aria-label="Edit ${l.name}">Edit</button>
            ${l.isDefault ? nothing : html`<button class="danger" @click=${() => this.remove(l)} aria-label="Delete ${l.name}">Delete</button>`}
          </td>` : nothing}</tr>`)}</tbody>
      </table>`;
  }
}

function admits(l) {
  const parts = [l.invitationTypes.length ? `types ${l.invitationTypes.join(', ')}` : '',
    l.guestSides.length ? `groups ${l.guestSides.join(', ')}` : ''].filter(Boolean);
  return parts.length ? parts.join('; ') : 'every invitation';
}

function hours(l) {
  const at = (t) => new Date(t).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
  if (!l.opensAt && !l.closesAt) return 'any time';
  return `${l.opensAt ? at(l.opensAt) : '…'} – ${l.closesAt ? at(l.closesAt) : '…'}`;
}

customElements.define('usher-arrivals-panel', ArrivalsPanel);
