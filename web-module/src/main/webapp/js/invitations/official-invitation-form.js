import { html } from 'lit';
import { FormDialog } from '../app/form-dialog.js';
import { field, formValues } from '../platform/fields.js';
import { instantFrom } from '../platform/format.js';
import { TYPES, createInvitation } from './invitations-api.js';

const NAMES = ['recipientName', 'email', 'phone', 'eventId', 'type', 'seats', 'expiresAt', 'customMessage', 'send'];

/**
 * A new official invitation (super-admins): recipient, the event it admits to (or none: a
 * general invitation), type, seats, until when the code admits, message; sent at once or kept
 * as a pending draft.
 */
export class OfficialInvitationForm extends FormDialog {
  static properties = { ...FormDialog.properties, events: { attribute: false } };

  heading() {
    return 'New official invitation';
  }

  fieldNames() {
    return NAMES;
  }

  fields() {
    const err = this.error;
    const events = [{ value: '', label: 'General invitation (no event)' },
      ...(this.events || []).map((e) => ({ value: e.id, label: e.name }))];
    const sendError = err ? err.fieldMessages('send') : [];
    return html`
      <div class="row">
        ${field({ id: 'inv-name', name: 'recipientName', label: 'Name', required: true, error: err })}
        ${field({ id: 'inv-email', name: 'email', label: 'E-mail', kind: 'email', required: true, error: err, attrs: { autocomplete: 'off' } })}
      </div>
      <div class="row">
        ${field({ id: 'inv-phone', name: 'phone', label: 'Phone', kind: 'tel', error: err, hint: 'Optional', attrs: { autocomplete: 'off' } })}
        ${field({ id: 'inv-event', name: 'eventId', label: 'Event', kind: 'select', value: '', error: err, options: events })}
      </div>
      <div class="row">
        ${field({ id: 'inv-type', name: 'type', label: 'Type', kind: 'select', value: 'general', error: err,
          options: TYPES.map((t) => ({ value: t, label: t })) })}
        ${field({ id: 'inv-seats', name: 'seats', label: 'Seats', kind: 'number', value: 1, error: err,
          hint: 'How many people the code admits', attrs: { min: 1, max: 100 } })}
      </div>
      ${field({ id: 'inv-expires', name: 'expiresAt', label: 'Code valid until', kind: 'datetime-local', error: err,
        hint: "Optional, in your own time zone; empty: the event's default counted from sending, or never" })}
      ${field({ id: 'inv-message', name: 'customMessage', label: 'Message', kind: 'textarea', error: err, hint: 'Optional, in the e-mail' })}
      <fieldset class="field">
        <legend>When</legend>
        <label class="check"><input type="radio" name="send" value="true" id="inv-send-now" checked> Send the e-mail now</label>
        <label class="check"><input type="radio" name="send" value="false" id="inv-send-draft"> Keep as a draft (pending)</label>
        ${sendError.length ? html`<p class="field-error">${sendError.join('; ')}</p>` : ''}
      </fieldset>`;
  }

  submit(form) {
    const values = formValues(form, { numbers: ['seats'] });
    return createInvitation({ ...values, expiresAt: instantFrom(values.expiresAt) ?? undefined,
      send: values.send !== 'false' });
  }
}
customElements.define('usher-official-invitation-form', OfficialInvitationForm);
