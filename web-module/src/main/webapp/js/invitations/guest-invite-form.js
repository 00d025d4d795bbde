import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { field, focusFirstError } from '../platform/fields.js';
import { instantFrom } from '../platform/format.js';
import { STATUSES as GUEST_STATUSES, listGuests } from '../guests/guests-api.js';
import { TYPES, confirmation, countInvitations, inviteGuests } from './invitations-api.js';
import './invitee-picker.js';
import '../platform/problem-view.js';

const NAMES = ['guestIds', 'filter', 'filter.status', 'filter.side', 'filter.q', 'type', 'customMessage', 'seats', 'expiresAt', 'send', 'includeDeclined', 'body'];

/**
 * Invites an event's guests (admins): the guests ticked in a list, or every guest matching a
 * filter. Up to 500, the server sends at once and answers with a report (made, sent, failed,
 * skipped and why); more go to the invitation-send job (202), which is then linked. Before
 * e-mails go out, the server's count says how many guests will receive one (declined guests are
 * left out unless ticked in) and the admin confirms.
 * Fires `invited` when invitations were made.
 */
export class GuestInviteForm extends UsherElement {
  static properties = {
    event: { attribute: false }, mode: { state: true }, result: { state: true }, error: { state: true }, busy: { state: true },
  };

  constructor() {
    super();
    this.mode = 'selected';
  }

  async submit(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    const text = (name) => String(data.get(name) || '').trim();
    const request = { type: text('type') || undefined, customMessage: text('customMessage') || undefined,
      send: text('send') !== 'false', includeDeclined: data.get('includeDeclined') === 'true' };
    if (/^\d+$/.test(text('seats'))) request.seats = Number(text('seats'));
    if (text('expiresAt')) request.expiresAt = instantFrom(text('expiresAt'));
    if (this.mode === 'selected') {
      request.guestIds = [...this.querySelector('usher-invitee-picker').selected.keys()];
    } else {
      request.filter = { status: text('filterStatus') || undefined, side: text('filterSide') || undefined, q: text('filterQ') || undefined };
    }
    this.busy = true;
    this.error = null;
    this.result = null;
    try {
      const picked = this.mode === 'selected' ? new Map(this.querySelector('usher-invitee-picker').selected) : null;
      if (request.send && !confirm(confirmation(await countInvitations(this.event.id, request)))) return;
      const result = await inviteGuests(this.event.id, request);
      this.names = await this.namesOf(result, picked, request.filter);
      this.result = result;
      if (picked) this.querySelector('usher-invitee-picker').clear();
      this.dispatchEvent(new CustomEvent('invited', { detail: this.result, bubbles: true }));
      await this.updateComplete;
      const summary = this.querySelector('#invite-result');
      if (summary) summary.focus();
    } catch (e) {
      this.error = e;
      await this.updateComplete;
      focusFirstError(form);
    } finally {
      this.busy = false;
    }
  }

  render() {
    const err = this.error;
    return html`<form id="invite-guests" class="inline-form" novalidate @submit=${this.submit} aria-labelledby="invite-guests-title">
      <h3 id="invite-guests-title" class="visually-hidden">Invite guests</h3>
      <usher-problem .error=${err} .shownFields=${NAMES}></usher-problem>
      <fieldset class="field">
        <legend>Which guests</legend>
        <label class="check"><input type="radio" name="mode" value="selected" id="invite-mode-selected"
          .checked=${this.mode === 'selected'} @change=${() => { this.mode = 'selected'; }}> The guests I tick</label>
        <label class="check"><input type="radio" name="mode" value="filter" id="invite-mode-filter"
          .checked=${this.mode === 'filter'} @change=${() => { this.mode = 'filter'; }}> Every guest matching a filter</label>
      </fieldset>
      ${this.mode === 'selected'
        ? html`<usher-invitee-picker .event=${this.event}></usher-invitee-picker>${this.messages('guestIds')}`
        : html`<div class="row">
            ${field({ id: 'invite-filter-status', name: 'filterStatus', label: 'Guest status', kind: 'select', value: '',
              options: [{ value: '', label: 'Any' }, ...GUEST_STATUSES.map((s) => ({ value: s, label: s }))] })}
            ${field({ id: 'invite-filter-side', name: 'filterSide', label: 'Side' })}
            ${field({ id: 'invite-filter-q', name: 'filterQ', label: 'Name, phone or e-mail contains' })}
          </div>${this.messages('filter')}`}
      <div class="row">
        ${field({ id: 'invite-type', name: 'type', label: 'Type', kind: 'select', value: 'general', error: err,
          options: TYPES.map((t) => ({ value: t, label: t })) })}
        ${field({ id: 'invite-seats', name: 'seats', label: 'Seats per code', kind: 'number', error: err,
          hint: "Empty: each guest's party size", attrs: { min: 1, max: 100 } })}
      </div>
      ${field({ id: 'invite-expires', name: 'expiresAt', label: 'Codes valid until', kind: 'datetime-local', error: err,
        hint: "Optional, in your own time zone; empty: the event's default counted from sending, or never" })}
      ${field({ id: 'invite-message', name: 'customMessage', label: 'Message', kind: 'textarea', error: err, hint: 'Optional, in the e-mail' })}
      <label class="check"><input type="checkbox" name="includeDeclined" value="true" id="invite-include-declined">
        Also invite guests who declined</label>
      <fieldset class="field">
        <legend>When</legend>
        <label class="check"><input type="radio" name="send" value="true" checked> Send the e-mails now</label>
        <label class="check"><input type="radio" name="send" value="false"> Keep as drafts (pending)</label>
      </fieldset>
      <button type="submit" class="primary" id="invite-submit" ?disabled=${this.busy}>${this.busy ? 'Inviting…' : 'Invite'}</button>
      ${this.result ? this.report() : nothing}
    </form>`;
  }

  /** Field errors the server named under guestIds[...] or filter.*, shown by the list they belong to. */
  messages(prefix) {
    const list = this.error ? this.error.errors.filter((e) => e.field === prefix || e.field.startsWith(`${prefix}[`) || e.field.startsWith(`${prefix}.`)) : [];
    return list.length ? html`<p class="field-error">${list.map((e) => `${e.field}: ${e.message}`).join('; ')}</p>` : nothing;
  }

  report() {
    if (this.result.job) {
      const { id } = this.result.job;
      return html`<div class="notice invite-result" id="invite-result" tabindex="-1" role="status">
        More than 500 guests: sending as job ${id}.
        <a href=${href(`/jobs/${id}`)} id="invite-job-link">Follow it on the jobs page</a>.</div>`;
    }
    const r = this.result.report;
    return html`<div class="notice invite-result" id="invite-result" tabindex="-1" role="status">
      <p><strong>${r.created}</strong> invitation${r.created === 1 ? '' : 's'} made, <strong>${r.sent}</strong> sent,
        <strong>${r.failed}</strong> failed, <strong>${r.skipped.length}</strong> skipped (of ${r.requested} guests).</p>
      ${r.skipped.length ? html`<ul class="skipped">${r.skipped.map((s) => html`<li>${this.guestName(s.guestId)}: ${s.reason}</li>`)}</ul>` : nothing}
    </div>`;
  }

  /** Names for the skipped guests of a report: the ticked ones are at hand, a filter's are asked for once. */
  async namesOf(result, picked, filter) {
    const skipped = result.report ? result.report.skipped : [];
    const names = new Map();
    if (!skipped.length) return names;
    let guests = picked ? [...picked.values()] : [];
    if (!picked) {
      try {
        guests = (await listGuests(this.event.id, { ...filter, limit: 500 })).items;
      } catch {
        guests = []; // the report still names them by id
      }
    }
    guests.forEach((g) => names.set(g.id, [g.firstName, g.lastName].filter(Boolean).join(' ')));
    return names;
  }

  guestName(id) {
    return (this.names && this.names.get(id)) || `Guest ${id.slice(0, 8)}`;
  }
}
customElements.define('usher-guest-invite-form', GuestInviteForm);
