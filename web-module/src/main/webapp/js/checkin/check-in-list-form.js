import { html } from 'lit';
import { FormDialog } from '../app/form-dialog.js';
import { field } from '../platform/fields.js';
import { instantFrom, localInput } from '../platform/format.js';
import { INVITATION_TYPES, createCheckInList, updateCheckInList } from './arrivals-api.js';

const NAMES = ['name', 'invitationTypes', 'guestSides', 'exits', 'reentry', 'opensAt', 'closesAt'];

/**
 * Add or change a check-in list (editors): whom it admits (invitation types, guest groups),
 * exits and re-entry, and its hours. The event's default list may only be renamed.
 */
export class CheckInListForm extends FormDialog {
  static properties = { ...FormDialog.properties, event: { attribute: false } };

  heading() {
    return this.item ? `Edit ${this.item.name}` : 'Add a check-in list';
  }

  fieldNames() {
    return NAMES;
  }

  fields() {
    const l = this.item || { invitationTypes: [], guestSides: [] };
    const err = this.error;
    const name = field({ id: 'list-name', name: 'name', label: 'Name', required: true, value: l.name, error: err,
      hint: 'e.g. Ceremony, Reception, VIP lounge' });
    if (l.isDefault) {
      return html`${name}<p class="hint">The event's default list admits every invitation once, at any hour; codes scanned
        at a station without a list use it.</p>`;
    }
    return html`${name}
      <fieldset class="check-group"><legend>Invitation types (none checked: all)</legend>
        ${INVITATION_TYPES.map((t) => html`<label class="check"><input type="checkbox" name="invitationTypes" value=${t}
          ?checked=${l.invitationTypes.includes(t)}> ${t}</label>`)}
      </fieldset>
      ${field({ id: 'list-sides', name: 'guestSides', label: 'Guest groups', value: l.guestSides.join(', '), error: err,
        hint: 'The guests\' side, comma-separated (e.g. bride, groom); empty: every guest' })}
      <label class="check"><input type="checkbox" name="exits" id="list-exits" ?checked=${l.exits}> Stations may scan guests out</label>
      <label class="check"><input type="checkbox" name="reentry" id="list-reentry" ?checked=${l.reentry}> A guest who went out may come back in</label>
      <div class="row">
        ${field({ id: 'list-opens', name: 'opensAt', label: 'Opens', kind: 'datetime-local', value: localInput(l.opensAt), error: err })}
        ${field({ id: 'list-closes', name: 'closesAt', label: 'Closes', kind: 'datetime-local', value: localInput(l.closesAt), error: err })}
      </div>`;
  }

  submit(form) {
    const data = new FormData(form);
    const list = {
      name: String(data.get('name') || '').trim(),
      invitationTypes: data.getAll('invitationTypes').map(String),
      guestSides: String(data.get('guestSides') || '').split(',').map((s) => s.trim()).filter(Boolean),
      exits: data.get('exits') === 'on',
      reentry: data.get('reentry') === 'on',
      opensAt: instantFrom(data.get('opensAt')),
      closesAt: instantFrom(data.get('closesAt')),
    };
    return this.item ? updateCheckInList(this.event.id, this.item.id, list) : createCheckInList(this.event.id, list);
  }
}

customElements.define('usher-check-in-list-form', CheckInListForm);
