import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { FormDialog } from '../app/form-dialog.js';
import { field, formValues } from '../platform/fields.js';
import { arrangeHousehold } from './guests-api.js';

let nextKey = 0;

/**
 * Who a household is (editors): the members invited by name, added and removed here, and how
 * many plus-ones it may name. The party size follows (members + plus-ones allowed). A member
 * removed leaves with their answers.
 */
export class HouseholdForm extends FormDialog {
  static properties = { ...FormDialog.properties, event: { attribute: false }, rows: { state: true } };

  open(guest) {
    this.rows = guest.members.filter((m) => !m.plusOne).map((m) => ({ key: nextKey++, id: m.id, name: m.name }));
    super.open(guest);
  }

  heading() {
    return `Household of ${this.item.firstName}`;
  }

  fieldNames() {
    return ['plusOnesAllowed', 'members', ...this.rows.map((_, i) => `members[${i}].name`)];
  }

  addRow() {
    this.rows = [...this.rows, { key: nextKey++, id: null, name: '' }];
    this.updateComplete.then(() => this.querySelector(`#member-name-${this.rows.length - 1}`).focus());
  }

  removeRow(row) {
    this.rows = this.rows.filter((r) => r !== row);
  }

  fields() {
    const err = this.error;
    return html`
      <p class="hint">Name everyone invited. With no names the guest stays a party of its size.</p>
      ${repeat(this.rows, (r) => r.key, (r, i) => html`<div class="row member-row">
        ${field({ id: `member-name-${i}`, name: `members[${i}].name`, label: `Member ${i + 1}`, value: r.name, error: err })}
        <button type="button" class="danger" @click=${() => this.removeRow(r)} aria-label="Remove member ${i + 1}">Remove</button>
      </div>`)}
      <p><button type="button" id="add-member" @click=${this.addRow}>Add member</button></p>
      ${field({ id: 'household-plus-ones', name: 'plusOnesAllowed', label: 'Plus-ones allowed', kind: 'number',
        value: this.item.plusOnesAllowed, error: err, attrs: { min: 0, max: 20 }, hint: 'The guest names them when replying' })}`;
  }

  submit(form) {
    const { plusOnesAllowed } = formValues(form, { numbers: ['plusOnesAllowed'] });
    const members = this.rows.map((r, i) => ({ id: r.id || undefined, name: form.querySelector(`#member-name-${i}`).value.trim() }));
    return arrangeHousehold(this.event.id, this.item.id, { plusOnesAllowed: plusOnesAllowed ?? 0, members });
  }
}
customElements.define('usher-household-form', HouseholdForm);
