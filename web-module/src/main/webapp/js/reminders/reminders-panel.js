import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { field } from '../platform/fields.js';
import { formAction } from '../platform/form-action.js';
import { instantFrom, moment } from '../platform/format.js';
import { LiveNotice } from '../platform/live-notice.js';
import { cancelReminder, countReminder, createReminder, listReminders, previewReminder } from './reminders-api.js';
import '../platform/problem-view.js';

const NAMES = ['channel', 'text', 'template', 'openedOnly', 'sendAt', 'body'];

/**
 * The event's Reminders section: remind the guests who have not answered (editors and admins),
 * by e-mail or WhatsApp text, now or at a time; the count and a preview come first, and sending
 * asks to confirm with the count. Lists the event's reminders; a scheduled one can be cancelled.
 */
export class RemindersPanel extends UsherElement {
  static properties = {
    event: { attribute: false }, reminders: { state: true }, error: { state: true }, busy: { state: true },
    preview: { state: true },
  };

  constructor() {
    super();
    this.notice = new LiveNotice(this);
  }

  willUpdate(changed) {
    if (changed.has('event') && this.event) this.load();
  }

  async load() {
    try {
      this.reminders = await listReminders(this.event.id);
    } catch (e) {
      this.error = e;
    }
  }

  editor() {
    return this.event.myRole === 'admin' || this.event.myRole === 'editor';
  }

  request(form) {
    const data = new FormData(form);
    const text = (name) => String(data.get(name) || '').trim() || undefined;
    const sendAt = text('sendAt');
    return { channel: text('channel') || 'email', text: text('text'), openedOnly: data.get('openedOnly') === 'true',
      sendAt: instantFrom(sendAt) ?? undefined };
  }

  act(form, work) {
    return formAction(this, form, work);
  }

  showPreview(event) {
    const { form } = event.target;
    this.act(form, async () => {
      this.preview = await previewReminder(this.event.id, this.request(form));
      return 'The preview is shown below.';
    });
  }

  submit(event) {
    event.preventDefault();
    const form = event.target;
    const request = this.request(form);
    this.act(form, async () => {
      const { guests } = await countReminder(this.event.id, request.channel, request.openedOnly);
      const when = request.sendAt ? `at ${moment(request.sendAt)}` : 'now';
      if (!confirm(`Remind ${guests} guest${guests === 1 ? '' : 's'} who have not answered, ${when}?`)) return null;
      const result = await createReminder(this.event.id, request);
      await this.load();
      return result.job ? `Reminding as job ${result.job.id}.` : 'The reminder is scheduled.';
    });
  }

  cancel(reminder) {
    this.act(null, async () => {
      await cancelReminder(this.event.id, reminder.id);
      await this.load();
      return 'The reminder is cancelled.';
    });
  }

  render() {
    const err = this.error;
    return html`<h2>Reminders</h2>
      <usher-problem .error=${err} .shownFields=${NAMES}></usher-problem>
      <p class="live-status" role="status" aria-live="polite">${this.notice.view()}</p>
      ${this.editor() ? this.form(err) : html`<p>Reminding guests is for the event's admins and editors.</p>`}
      ${this.reminders ? this.list() : nothing}`;
  }

  form(err) {
    return html`<form id="reminder-form" class="inline-form" novalidate @submit=${this.submit} aria-labelledby="reminder-title">
      <h3 id="reminder-title">Remind the guests who have not answered</h3>
      <div class="row">
        ${field({ id: 'reminder-channel', name: 'channel', label: 'By', kind: 'select', value: 'email', error: err,
          options: [{ value: 'email', label: 'E-mail' }, { value: 'whatsapp', label: 'WhatsApp (text)' }] })}
        ${field({ id: 'reminder-send-at', name: 'sendAt', label: 'When', kind: 'datetime-local', error: err,
          hint: 'Empty: now' })}
      </div>
      ${field({ id: 'reminder-text', name: 'text', label: 'Message', kind: 'textarea', error: err,
        hint: 'E-mail: optional words in the reminder. WhatsApp: the text ({firstName}, {eventName}...)' })}
      <label class="check"><input type="checkbox" name="openedOnly" value="true" id="reminder-opened-only">
        Only guests who opened their invitation e-mail</label>
      <div class="row">
        <button type="button" id="reminder-preview" @click=${this.showPreview} ?disabled=${this.busy}>Preview</button>
        <button type="submit" class="primary" id="reminder-submit" ?disabled=${this.busy}>Remind</button>
      </div>
      ${this.preview ? (this.preview.type === 'html'
        ? html`<iframe id="reminder-preview-frame" class="mail-preview" title="Preview of the reminder e-mail" sandbox=""
            src=${this.preview.page}></iframe>`
        : html`<pre id="reminder-preview-text" class="mail-preview-text">${this.preview.body}</pre>`) : nothing}
    </form>`;
  }

  list() {
    if (!this.reminders.length) return html`<p class="muted" id="reminders-none">No reminders yet.</p>`;
    return html`<table class="reminders" id="reminders-table">
      <caption class="visually-hidden">Reminders of ${this.event.name}</caption>
      <thead><tr><th scope="col">By</th><th scope="col">When</th><th scope="col">State</th><th scope="col">Job</th>
        <th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>${this.reminders.map((r) => html`<tr data-reminder-id=${r.id}>
        <td data-label="By">${r.channel === 'whatsapp' ? 'WhatsApp' : 'E-mail'}${r.openedOnly ? ' (opened only)' : ''}</td>
        <td data-label="When">${moment(r.sendAt)}</td>
        <td data-label="State">${r.state}</td>
        <td data-label="Job">${r.jobInstanceId ? html`<a href=${href(`/jobs?eventId=${this.event.id}`)}>instance ${r.jobInstanceId}</a>` : nothing}</td>
        <td class="row-actions">${r.state === 'scheduled' && this.editor()
          ? html`<button @click=${() => this.cancel(r)} aria-label="Cancel the reminder of ${moment(r.sendAt)}">Cancel</button>` : nothing}</td>
      </tr>`)}</tbody></table>`;
  }
}
customElements.define('usher-reminders-panel', RemindersPanel);
