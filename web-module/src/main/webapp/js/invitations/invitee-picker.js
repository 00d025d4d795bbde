import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { listGuests } from '../guests/guests-api.js';
import { ListController } from '../platform/list-controller.js';
import '../platform/problem-view.js';

const PAGE = 50;

/**
 * Picks guests of an event by ticking them: a searchable, paged list; the ticks survive
 * searching and paging. `selected` is a Map of guest id to guest; a `change` event follows
 * every tick. Guests without an e-mail cannot be invited, so they cannot be ticked.
 */
export class InviteePicker extends UsherElement {
  static properties = { event: { attribute: false } };

  constructor() {
    super();
    this.selected = new Map();
    this.list = new ListController(this, {
      fetch: (query) => listGuests(this.event.id, query),
      query: { q: '', skip: 0, limit: PAGE, sort: 'lastName,firstName' },
    });
  }

  connectedCallback() {
    super.connectedCallback();
    this.list.load();
  }

  toggle(guest, checked) {
    if (checked) this.selected.set(guest.id, guest); else this.selected.delete(guest.id);
    this.changed();
  }

  togglePage(checked) {
    this.list.page.items.filter((g) => g.email).forEach((g) => (checked ? this.selected.set(g.id, g) : this.selected.delete(g.id)));
    this.changed();
  }

  clear() {
    this.selected.clear();
    this.changed();
  }

  changed() {
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('change', { bubbles: true }));
  }

  render() {
    const { page, error } = this.list;
    const items = page ? page.items : [];
    const invitable = items.filter((g) => g.email);
    const allTicked = invitable.length > 0 && invitable.every((g) => this.selected.has(g.id));
    return html`<div class="invitee-picker">
      <div class="field"><label for="picker-q">Find guests</label>
        <input id="picker-q" type="search" placeholder="Name, phone or e-mail" @input=${(e) => this.list.search(e, 'q')}></div>
      <usher-problem .error=${error}></usher-problem>
      ${page ? html`
        <div class="picker-head">
          <label class="check"><input type="checkbox" id="picker-all" .checked=${allTicked} ?disabled=${!invitable.length}
            @change=${(e) => this.togglePage(e.target.checked)}> All guests on this page</label>
          <span id="picker-count" aria-live="polite">${this.selected.size} selected</span>
          ${this.selected.size ? html`<button type="button" class="link" @click=${this.clear}>Clear</button>` : nothing}
        </div>
        <ul class="picker-list" aria-label="Guests">
          ${repeat(items, (g) => g.id, (g) => {
            const name = [g.firstName, g.lastName].filter(Boolean).join(' ');
            return html`<li><label class="check">
              <input type="checkbox" data-guest-id=${g.id} .checked=${this.selected.has(g.id)} ?disabled=${!g.email}
                @change=${(e) => this.toggle(g, e.target.checked)}>
              <span>${name} ${g.email ? html`<span class="muted small">${g.email}</span>` : html`<span class="muted small">(no e-mail)</span>`}</span>
            </label></li>`;
          })}
        </ul>
        ${items.length === 0 ? html`<p>No guests match.</p>` : nothing}
        ${page.total > PAGE ? html`<div class="pager">
          <p>${page.skip + 1}–${page.skip + items.length} of ${page.total}</p>
          <button type="button" ?disabled=${page.skip === 0} @click=${() => this.list.set({ skip: Math.max(0, page.skip - PAGE) })}>Previous</button>
          <button type="button" ?disabled=${page.skip + items.length >= page.total} @click=${() => this.list.set({ skip: page.skip + PAGE })}>Next</button>
        </div>` : nothing}` : error ? nothing : html`<p class="muted">Loading…</p>`}
    </div>`;
  }
}
customElements.define('usher-invitee-picker', InviteePicker);
