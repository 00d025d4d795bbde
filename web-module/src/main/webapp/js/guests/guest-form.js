import { html, nothing } from 'lit';
import { FormDialog } from '../app/form-dialog.js';
import { field, formValues } from '../platform/fields.js';
import { STATUSES, addGuest, setDoorNote, updateGuest } from './guests-api.js';

const NAMES = ['firstName', 'lastName', 'phone', 'email', 'side', 'status', 'partySize', 'notes', 'doorNote'];

/**
 * Add a guest or change one (editors). A 409 for a duplicate phone or e-mail is shown as its
 * problem, with the choice to add the guest anyway.
 */
export class GuestForm extends FormDialog {
  static properties = { ...FormDialog.properties, event: { attribute: false } };

  heading() {
    return this.item ? `Edit ${this.item.firstName}` : 'Add a guest';
  }

  fieldNames() {
    return NAMES;
  }

  fields() {
    const g = this.item || { status: 'invited', partySize: 1 };
    const err = this.error;
    const duplicate = err && err.status === 409 && !this.item;
    return html`
      <div class="row">
        ${field({ id: 'guest-first', name: 'firstName', label: 'First name', required: true, value: g.firstName, error: err })}
        ${field({ id: 'guest-last', name: 'lastName', label: 'Last name', value: g.lastName, error: err })}
      </div>
      <div class="row">
        ${field({ id: 'guest-phone', name: 'phone', label: 'Phone', kind: 'tel', value: g.phone, error: err, attrs: { autocomplete: 'off' } })}
        ${field({ id: 'guest-email', name: 'email', label: 'E-mail', kind: 'email', value: g.email, error: err, attrs: { autocomplete: 'off' } })}
      </div>
      <div class="row">
        ${field({ id: 'guest-side', name: 'side', label: 'Side', value: g.side, error: err, hint: 'e.g. bride or groom' })}
        ${field({ id: 'guest-status', name: 'status', label: 'Status', kind: 'select', value: g.status, error: err,
          options: STATUSES.map((s) => ({ value: s, label: s })) })}
        ${g.members && g.members.length
          ? html`<p class="hint" id="guest-party">Party size ${g.partySize}: follows the household</p>`
          : field({ id: 'guest-party', name: 'partySize', label: 'Party size', kind: 'number', value: g.partySize, error: err, attrs: { min: 1, max: 100 } })}
      </div>
      ${field({ id: 'guest-notes', name: 'notes', label: 'Notes', kind: 'textarea', value: g.notes, error: err })}
      ${field({ id: 'guest-door-note', name: 'doorNote', label: 'Note for the door', kind: 'textarea', value: g.doorNote, error: err,
        hint: 'Shown to the door staff when this guest is admitted (at most 500 characters).' })}
      ${duplicate ? html`<label class="check"><input type="checkbox" name="allowDuplicate" id="allow-duplicate"> Add anyway, as a second guest with this phone or e-mail</label>` : nothing}`;
  }

  /** The door note has its own endpoint: it is saved after the guest, only when it changed. */
  async submit(form) {
    const note = String(new FormData(form).get('doorNote') || '').trim();
    if (this.item) {
      const { doorNote, ...changes } = formValues(form, { blankAsNull: true, numbers: ['partySize'] });
      const saved = await updateGuest(this.event.id, this.item.id, changes);
      return note === (this.item.doorNote || '') ? saved : setDoorNote(this.event.id, saved.id, note || null);
    }
    const { allowDuplicate, doorNote, ...input } = formValues(form, { numbers: ['partySize'] });
    const added = await addGuest(this.event.id, input, allowDuplicate ? { allowDuplicate: true } : undefined);
    return note ? setDoorNote(this.event.id, added.id, note) : added;
  }
}
customElements.define('usher-guest-form', GuestForm);
