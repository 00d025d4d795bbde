import { html } from 'lit';
import { FormDialog } from '../app/form-dialog.js';
import { field, formValues } from '../platform/fields.js';
import { createEvent, updateEvent } from './events-api.js';

const NAMES = ['name', 'date', 'startTime', 'timeZone', 'location', 'phoneRegion'];

/** Create an event (anyone signed in; they become its admin) or change one (admins). */
export class EventForm extends FormDialog {
  heading() {
    return this.item ? `Edit ${this.item.name}` : 'New event';
  }

  fieldNames() {
    return NAMES;
  }

  fields() {
    const e = this.item || {};
    const err = this.error;
    return html`
      ${field({ id: 'event-name', name: 'name', label: 'Name', required: true, value: e.name, error: err })}
      <div class="row">
        ${field({ id: 'event-date', name: 'date', label: 'Date', kind: 'date', value: e.date, error: err })}
        ${field({ id: 'event-start', name: 'startTime', label: 'Start time', kind: 'time', value: e.startTime, error: err })}
      </div>
      ${field({ id: 'event-tz', name: 'timeZone', label: 'Time zone', value: e.timeZone, error: err, hint: 'IANA name, e.g. Asia/Jerusalem' })}
      ${field({ id: 'event-location', name: 'location', label: 'Location', value: e.location, error: err })}
      ${field({ id: 'event-region', name: 'phoneRegion', label: 'Phone region', value: e.phoneRegion, error: err, hint: 'Two letters, e.g. IL: local phone numbers of guests are read in this region' })}`;
  }

  submit(form) {
    return this.item
      ? updateEvent(this.item.id, formValues(form, { blankAsNull: true }))
      : createEvent(formValues(form));
  }
}
customElements.define('usher-event-form', EventForm);
