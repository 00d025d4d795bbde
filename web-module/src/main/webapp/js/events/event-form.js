import { html } from 'lit';
import { FormDialog } from '../app/form-dialog.js';
import { field, formValues } from '../platform/fields.js';
import { instantFrom, localInput } from '../platform/format.js';
import { createEvent, updateEvent } from './events-api.js';

const NAMES = ['name', 'date', 'startTime', 'timeZone', 'location', 'phoneRegion',
  'language', 'rsvpDeadline', 'rsvpAllowsMaybe', 'rsvpMessage', 'rsvpContact', 'invitationExpiryDays'];

const NUMBERS = ['invitationExpiryDays'];

/** The guest pages' languages (a file each on the server: guest-texts/<code>.properties). */
const LANGUAGES = [{ value: 'en', label: 'English' }, { value: 'he', label: 'Hebrew (right to left)' }];

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
      ${field({ id: 'event-region', name: 'phoneRegion', label: 'Phone region', value: e.phoneRegion, error: err, hint: 'Two letters, e.g. IL: local phone numbers of guests are read in this region' })}
      <fieldset class="field">
        <legend>Guests' RSVP page</legend>
        <div class="row">
          ${field({ id: 'event-language', name: 'language', label: 'Language', kind: 'select', value: e.language || 'en', error: err, options: LANGUAGES })}
          ${field({ id: 'event-maybe', name: 'rsvpAllowsMaybe', label: 'Answers', kind: 'select', value: String(e.rsvpAllowsMaybe === true), error: err,
            options: [{ value: 'false', label: 'Yes or no' }, { value: 'true', label: 'Yes, no or maybe' }] })}
        </div>
        ${field({ id: 'event-deadline', name: 'rsvpDeadline', label: 'Answer by', kind: 'datetime-local', value: localInput(e.rsvpDeadline), error: err, hint: 'In your own time zone; after it the page takes no answers' })}
        ${field({ id: 'event-rsvp-message', name: 'rsvpMessage', label: 'Message to guests', kind: 'textarea', value: e.rsvpMessage, error: err })}
        ${field({ id: 'event-rsvp-contact', name: 'rsvpContact', label: 'Contact once answers are closed', value: e.rsvpContact, error: err, hint: 'e.g. a name and phone number' })}
      </fieldset>
      ${field({ id: 'event-invitation-expiry', name: 'invitationExpiryDays', label: 'Invitations expire after (days)', kind: 'number',
        value: e.invitationExpiryDays, error: err, attrs: { min: 1, max: 3650 },
        hint: 'Counted from when each invitation is first sent; at the door an expired code is refused. Empty: they do not expire' })}`;
  }

  submit(form) {
    return this.item
      ? updateEvent(this.item.id, rsvpTyped(formValues(form, { blankAsNull: true, numbers: NUMBERS })))
      : createEvent(rsvpTyped(formValues(form, { numbers: NUMBERS })));
  }
}
customElements.define('usher-event-form', EventForm);

/** The RSVP settings as the API takes them: maybe a flag, the deadline an instant (from the browser's local time). */
function rsvpTyped(values) {
  const typed = { ...values };
  if (typeof typed.rsvpAllowsMaybe === 'string') typed.rsvpAllowsMaybe = typed.rsvpAllowsMaybe === 'true';
  if (typed.rsvpDeadline) typed.rsvpDeadline = instantFrom(typed.rsvpDeadline);
  return typed;
}
