import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { listGuests } from '../guests/guests-api.js';
import { ListController } from '../platform/list-controller.js';

const SHOWN = 20;

/**
 * Choosing one guest of an event inside a form: a search box (name, phone or e-mail, asked of
 * the server) and a list of the matching guests, whose value is posted as `fieldName` (guestId by
 * default). Nothing is chosen until the user chooses; with `anyLabel` (a filter), that empty
 * choice means any guest.
 */
export class GuestPicker extends UsherElement {
  static properties = {
    event: { attribute: false }, pickerId: { attribute: false }, fieldName: { attribute: false },
    label: { attribute: false }, anyLabel: { attribute: false }, error: { attribute: false },
  };

  constructor() {
    super();
    this.guests = new ListController(this, {
      fetch: (query) => listGuests(this.event.id, query),
      query: { q: '', sort: 'lastName,firstName', limit: SHOWN },
    });
  }

  connectedCallback() {
    super.connectedCallback();
    this.guests.load();
  }

  render() {
    const id = this.pickerId;
    const name = this.fieldName || 'guestId';
    const { page, error: searchError } = this.guests;
    const messages = [
      ...(this.error && this.error.fieldMessages ? this.error.fieldMessages(name) : []),
      ...(searchError ? [searchError.detail || searchError.title] : []),
    ];
    const guests = page ? page.items : [];
    return html`<div class="field guest-picker ${messages.length ? 'has-error' : ''}">
      <label for=${id}>${this.label || 'Guest'}${this.anyLabel ? nothing : html` <span aria-hidden="true">*</span>`}</label>
      <input id="${id}-search" type="search" aria-label="Find a guest by name, phone or e-mail" placeholder="Find by name, phone or e-mail"
        @input=${(e) => this.guests.search(e, 'q')}>
      <select id=${id} name=${name} aria-invalid=${messages.length ? 'true' : nothing}
        aria-describedby="${id}-count${messages.length ? ` ${id}-error` : ''}">
        <option value="">${this.anyLabel || 'Choose a guest…'}</option>
        ${guests.map((g) => html`<option value=${g.id}>${[g.firstName, g.lastName].filter(Boolean).join(' ')}
          — ${g.phone || 'no phone'}</option>`)}
      </select>
      <p class="hint" id="${id}-count">${page === undefined ? 'Loading guests…'
        : page.total > guests.length ? `The first ${guests.length} of ${page.total} matching guests; type to find others.`
        : `${guests.length} matching ${guests.length === 1 ? 'guest' : 'guests'}.`}</p>
      ${messages.length ? html`<p class="field-error" id="${id}-error">${messages.join('; ')}</p>` : nothing}
    </div>`;
  }
}
customElements.define('usher-guest-picker', GuestPicker);
