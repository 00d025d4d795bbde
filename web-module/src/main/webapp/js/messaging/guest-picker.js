import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { listGuests } from '../guests/guests-api.js';

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
    guests: { state: true }, total: { state: true }, searchError: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.search('');
  }

  async search(q) {
    clearTimeout(this.typing);
    try {
      const page = await listGuests(this.event.id, { q, sort: 'lastName,firstName', limit: SHOWN });
      this.guests = page.items;
      this.total = page.total;
      this.searchError = null;
    } catch (e) {
      this.searchError = e;
    }
  }

  typed(e) {
    clearTimeout(this.typing);
    const q = e.target.value.trim();
    this.typing = setTimeout(() => this.search(q), 300);
  }

  render() {
    const id = this.pickerId;
    const name = this.fieldName || 'guestId';
    const messages = [
      ...(this.error && this.error.fieldMessages ? this.error.fieldMessages(name) : []),
      ...(this.searchError ? [this.searchError.detail || this.searchError.title] : []),
    ];
    const guests = this.guests || [];
    return html`<div class="field guest-picker ${messages.length ? 'has-error' : ''}">
      <label for=${id}>${this.label || 'Guest'}${this.anyLabel ? nothing : html` <span aria-hidden="true">*</span>`}</label>
      <input id="${id}-search" type="search" aria-label="Find a guest by name, phone or e-mail" placeholder="Find by name, phone or e-mail"
        @input=${this.typed}>
      <select id=${id} name=${name} aria-invalid=${messages.length ? 'true' : nothing}
        aria-describedby="${id}-count${messages.length ? ` ${id}-error` : ''}">
        <option value="">${this.anyLabel || 'Choose a guest…'}</option>
        ${guests.map((g) => html`<option value=${g.id}>${[g.firstName, g.lastName].filter(Boolean).join(' ')}
          — ${g.phone || 'no phone'}</option>`)}
      </select>
      <p class="hint" id="${id}-count">${this.guests === undefined ? 'Loading guests…'
        : this.total > guests.length ? `The first ${guests.length} of ${this.total} matching guests; type to find others.`
        : `${guests.length} matching ${guests.length === 1 ? 'guest' : 'guests'}.`}</p>
      ${messages.length ? html`<p class="field-error" id="${id}-error">${messages.join('; ')}</p>` : nothing}
    </div>`;
  }
}
customElements.define('usher-guest-picker', GuestPicker);
