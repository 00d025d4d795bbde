import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { ApiError } from '../platform/api-error.js';
import { field, focusFirstError } from '../platform/fields.js';
import { count } from '../platform/format.js';
import { counter } from '../jobs/jobs-api.js';
import { DUPLICATE_POLICIES, GUEST_FIELDS, uploadGuestFile } from './imports-api.js';
import './export-button.js';
import './google-import.js';
import '../jobs/job-progress.js';
import '../jobs/row-errors.js';
import '../platform/problem-view.js';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Importing a guest file (editors and admins): choose a CSV or XLSX file, how duplicates are
 * handled and, if needed, which column fills which field; a dry run first shows what would be
 * added, updated and skipped and every bad row; then the real import of the same file, with
 * its progress and per-row report. Changing the file or the options asks for a new preview.
 */
export class ImportPanel extends UsherElement {
  static properties = {
    event: { attribute: false },
    file: { state: true }, preview: { state: true }, run: { state: true }, error: { state: true }, busy: { state: true },
  };

  /** The choices of the form: what the preview was made with is what the import uses. */
  choices(form) {
    const data = new FormData(form);
    const mapping = {};
    GUEST_FIELDS.forEach(({ name }) => {
      const header = String(data.get(`mapping.${name}`) || '').trim();
      if (header) mapping[name] = header;
    });
    return { duplicates: data.get('duplicates'), mapping };
  }

  chooseFile(e) {
    this.file = e.target.files[0] || null;
  }

  /** Any change of the file or the options makes the last preview stale. */
  forgetPreview() {
    this.preview = null;
    this.run = null;
    this.error = null;
  }

  async startPreview(e) {
    e.preventDefault();
    const form = e.target;
    this.forgetPreview();
    if (!this.file) {
      // Said here rather than by the server: there is nothing to upload yet.
      this.error = new ApiError(0, { title: 'Choose a file first',
        errors: [{ field: 'file', message: 'choose the CSV or XLSX file with your guests' }] });
      await this.updateComplete;
      focusFirstError(form);
      return;
    }
    const options = this.choices(form);
    const job = await this.upload(form, { ...options, dryRun: true });
    if (job) this.preview = { job, options, file: this.file };
  }

  async startImport() {
    const { options, file } = this.preview;
    const job = await this.upload(this.querySelector('form.import-form'), { ...options, dryRun: false }, file);
    if (job) this.run = { job };
  }

  async upload(form, options, file = this.file) {
    this.busy = true;
    this.error = null;
    try {
      return await uploadGuestFile(this.event.id, file, options);
    } catch (err) {
      this.error = err;
      await this.updateComplete;
      focusFirstError(form);
      return null;
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`<div class="toolbar">
        <h2>Import guests</h2>
        <usher-export-button .event=${this.event}></usher-export-button>
      </div>
      <p class="muted">A CSV or XLSX file with a header row. Columns such as <em>First name</em>, <em>Phone</em>,
        <em>E-mail</em>, <em>Side</em> or a Google Contacts export are recognized by themselves.</p>
      <!-- A line of its own: wrapped inside the sentence on a phone, the link's middle is not the link. -->
      <p><a href=${href('/jobs', { eventId: this.event.id })} id="event-jobs">All jobs of this event</a></p>
      ${this.form()}
      ${this.preview ? this.previewSection() : nothing}
      ${this.run ? this.runSection() : nothing}
      <usher-google-import .event=${this.event}></usher-google-import>`;
  }

  form() {
    const err = this.error;
    const fileMessages = err && err.fieldMessages ? err.fieldMessages('file') : [];
    const names = ['file', 'duplicates', ...GUEST_FIELDS.map((f) => `mapping.${f.name}`)];
    return html`<form class="import-form inline-form" novalidate @submit=${this.startPreview} @change=${this.forgetPreview}>
      <usher-problem .error=${err} .shownFields=${names}></usher-problem>
      <div class="row">
        <div class="field ${fileMessages.length ? 'has-error' : ''}">
          <label for="import-file">Guest file <span aria-hidden="true">*</span></label>
          <input id="import-file" name="file" type="file" accept=${ACCEPT} required
            aria-invalid=${fileMessages.length ? 'true' : nothing}
            aria-describedby=${fileMessages.length ? 'import-file-error' : nothing} @change=${this.chooseFile}>
          ${fileMessages.length ? html`<p class="field-error" id="import-file-error">${fileMessages.join('; ')}</p>` : nothing}
        </div>
        ${field({ id: 'import-duplicates', name: 'duplicates', label: 'A row with a phone or e-mail already on the list',
          kind: 'select', value: 'skip', error: err, options: DUPLICATE_POLICIES })}
      </div>
      <details class="mapping" ?open=${err && err.errors && err.errors.some((x) => x.field.startsWith('mapping'))}>
        <summary>Column names (optional)</summary>
        <p class="hint">Only for columns Usher does not recognize: type the header of the column that holds each field.</p>
        <div class="row">${GUEST_FIELDS.map((f) => field({ id: `map-${f.name}`, name: `mapping.${f.name}`, label: f.label, error: err }))}</div>
      </details>
      <div class="actions">
        <button type="submit" class="primary" id="import-preview" ?disabled=${this.busy}>Preview (dry run)</button>
      </div>
    </form>`;
  }

  previewSection() {
    const { job } = this.preview;
    const done = job.batchStatus === 'COMPLETED';
    const adds = counter(job, 'would-insert');
    const updates = counter(job, 'would-update');
    return html`<section class="import-step" id="import-preview-job" aria-labelledby="preview-title">
      <h3 id="preview-title">Preview of ${this.preview.file.name}</h3>
      <p class="muted small">Nothing is written yet.</p>
      <usher-job-progress .executionId=${job.executionId} .label=${'Dry run'}
        @job-update=${(e) => { this.preview = { ...this.preview, job: e.detail }; }}></usher-job-progress>
      ${done ? html`<p id="preview-summary">Importing this file would add <strong>${count(adds)}</strong>
          ${adds === 1 ? 'guest' : 'guests'}, update <strong>${count(updates)}</strong>, skip
          <strong>${count(counter(job, 'duplicates'))}</strong> duplicates and leave out
          <strong>${count(counter(job, 'invalid'))}</strong> invalid rows.</p>
        <h4>Row report</h4>
        <usher-row-errors .executionId=${job.executionId} .total=${job.errorsTotal}></usher-row-errors>
        ${this.run ? nothing : html`<div class="actions">
          <button class="primary" id="import-run" ?disabled=${this.busy} @click=${this.startImport}>Import for real</button>
        </div>`}` : nothing}
    </section>`;
  }

  runSection() {
    const { job } = this.run;
    return html`<section class="import-step" id="import-run-job" aria-labelledby="run-title">
      <h3 id="run-title">Import of ${this.preview.file.name}</h3>
      <usher-job-progress .executionId=${job.executionId} .label=${'Import'}
        @job-update=${(e) => { this.run = { job: e.detail }; }}></usher-job-progress>
      ${job.batchStatus === 'COMPLETED' ? html`<p id="import-done">Done: <strong>${count(counter(job, 'inserted'))}</strong> added,
          <strong>${count(counter(job, 'updated'))}</strong> updated.
          <a href=${href(`/events/${this.event.id}/guests`)}>See the guest list</a></p>
        <h4>Row report</h4>
        <usher-row-errors .executionId=${job.executionId} .total=${job.errorsTotal}></usher-row-errors>` : nothing}
    </section>`;
  }
}
customElements.define('usher-import-panel', ImportPanel);
