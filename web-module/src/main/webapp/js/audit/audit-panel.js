import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { field, formValues } from '../platform/fields.js';
import { moment } from '../platform/format.js';
import { LiveNotice } from '../platform/live-notice.js';
import { pager } from '../platform/pager.js';
import { saveFile } from '../platform/save-file.js';
import { ACTIONS, SUBJECT_TYPES, exportAuditCsv, getAudit } from './audit-api.js';
import '../platform/problem-view.js';

const LIMIT = 25;
const any = (values) => [{ value: '', label: 'Any' }, ...values.map((v) => ({ value: v, label: v }))];

/** A change's fields as text: "name: Fixture event → Renamed" for an update, "name: …" otherwise. */
function describe(changes) {
  return Object.entries(changes || {}).map(([name, value]) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'before' in value && 'after' in value) {
      return `${name}: ${show(value.before)} → ${show(value.after)}`;
    }
    return `${name}: ${show(value)}`;
  }).join('; ');
}
const show = (value) => (value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/**
 * The event's Audit section (admins): who changed what, newest first, a page at a time, filtered
 * by action, kind of subject and dates; the same selection downloads as CSV (fetched with the
 * bearer token and handed over as a file, as the guest export is).
 */
export class AuditPanel extends UsherElement {
  static properties = {
    event: { attribute: false }, page: { state: true }, error: { state: true }, busy: { state: true },
  };

  filters = {};
  notice = new LiveNotice(this);

  willUpdate(changed) {
    if (changed.has('event') && this.event) this.load(0);
  }

  async load(skip) {
    try {
      this.page = await getAudit(this.event.id, this.filters, skip, LIMIT);
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  filter(event) {
    event.preventDefault();
    const values = formValues(event.target);
    this.until = values.to;
    this.filters = {
      action: values.action, subjectType: values.subjectType, from: values.from,
      to: values.to ? nextDay(values.to) : undefined,
    };
    this.load(0).then(() => { if (!this.error) this.notice.say(`${this.page.total} entries found.`); });
  }

  async fetchCsv() {
    this.busy = true;
    try {
      const { blob, fileName } = await exportAuditCsv(this.event.id, this.filters);
      saveFile(blob, fileName);
      this.notice.say(`${fileName} downloaded.`);
      this.error = null;
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`<h2>Audit trail</h2>
      <p class="muted">Who changed guests, members, invitations and the event's settings. Only admins see it.</p>
      <form id="audit-filters" class="inline-form" novalidate @submit=${this.filter} aria-label="Filter the audit trail">
        <div class="row">
          ${field({ id: 'audit-action', name: 'action', label: 'Action', kind: 'select', options: any(ACTIONS),
            value: this.filters.action, error: this.error })}
          ${field({ id: 'audit-subject-type', name: 'subjectType', label: 'Subject', kind: 'select',
            options: any(SUBJECT_TYPES), value: this.filters.subjectType, error: this.error })}
          ${field({ id: 'audit-from', name: 'from', label: 'From', kind: 'date', value: this.filters.from, error: this.error })}
          ${field({ id: 'audit-to', name: 'to', label: 'Until (inclusive)', kind: 'date', value: this.until, error: this.error })}
          <button type="submit" class="primary" id="audit-apply">Show</button>
        </div>
      </form>
      <button id="audit-csv" ?disabled=${this.busy} @click=${this.fetchCsv}>Download these entries (CSV)</button>
      <p class="live-status" role="status" aria-live="polite">${this.notice.view()}</p>
      <usher-problem .error=${this.error} .shownFields=${['action', 'subjectType', 'from', 'to']}></usher-problem>
      ${this.page ? this.list(this.page) : html`<p>Loading…</p>`}`;
  }

  list(page) {
    if (!page.total) return html`<p class="muted" id="audit-none">No entries.</p>`;
    return html`<ol class="activity" id="audit-list" aria-label="Audit entries, newest first">
        ${page.items.map((e) => html`<li class="activity-item" data-entry-id=${e.id}>
          <p><strong class="audit-action">${e.action}</strong> by ${e.actorName || e.actorEmail}
            <span class="muted">(${e.actorEmail})</span></p>
          <p class="muted"><time datetime=${e.recordedAt}>${moment(e.recordedAt)}</time>
            · ${e.subjectType}${e.subjectId ? html` <code>${e.subjectId.slice(0, 8)}</code>` : nothing}</p>
          ${Object.keys(e.changes || {}).length ? html`<p class="audit-changes">${describe(e.changes)}</p>` : nothing}
        </li>`)}
      </ol>
      ${pager({ page, id: 'audit', noun: 'entries', go: ({ skip }) => this.load(skip ?? 0) })}`;
  }
}

/** The day after a date (yyyy-mm-dd): "until" a day includes it, and the API's `to` is exclusive. */
function nextDay(date) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
customElements.define('usher-audit-panel', AuditPanel);
