import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { href } from '../app/router.js';
import { count } from '../platform/format.js';
import { field } from '../platform/fields.js';
import { counter } from '../jobs/jobs-api.js';
import {
  DUPLICATE_POLICIES, connectGoogle, disconnectGoogle, getGoogleConnection, googleContactGroups, googleContacts,
  importGoogleContacts,
} from './imports-api.js';
import '../jobs/job-progress.js';
import '../jobs/row-errors.js';
import '../platform/problem-view.js';

/**
 * "Import from Google" (editors and admins), shown only when the server is configured for Google
 * (the connection answers 200, not 503). Not connected: a button that sends the browser to Google's
 * consent page, which comes back to this tab. Connected: the account's contact groups and contacts
 * to tick, then the same dry run, import and row report as a file.
 */
export class GoogleImport extends UsherElement {
  static properties = {
    event: { attribute: false },
    connection: { state: true }, groups: { state: true }, contacts: { state: true }, filter: { state: true },
    preview: { state: true }, run: { state: true }, error: { state: true }, busy: { state: true },
    outcome: { state: true },
  };

  constructor() {
    super();
    this.filter = '';
  }

  connectedCallback() {
    super.connectedCallback();
    // Google's redirect back lands on /?google=connected#/events/.../import: say so once, then drop the query.
    const outcome = new URLSearchParams(location.search).get('google');
    if (outcome) {
      this.outcome = outcome;
      history.replaceState(null, '', location.pathname + location.hash);
    }
    this.load();
  }

  async load() {
    try {
      this.connection = await getGoogleConnection();
    } catch (err) {
      this.connection = null; // 503: not configured, so the option is absent
      return;
    }
    if (this.connection.connected) {
      try {
        [this.groups, this.contacts] = await Promise.all([googleContactGroups(), googleContacts()]);
      } catch (err) {
        this.error = err;
        if (err.status === 409) this.connection = { connected: false };
      }
    }
  }

  async connect() {
    this.busy = true;
    try {
      const { authorizationUrl } = await connectGoogle(location.hash || '#/');
      location.assign(authorizationUrl);
    } catch (err) {
      this.error = err;
      this.busy = false;
    }
  }

  async disconnect() {
    this.busy = true;
    try {
      await disconnectGoogle();
      this.connection = { connected: false };
      this.groups = null;
      this.contacts = null;
      this.preview = null;
      this.run = null;
      this.outcome = 'disconnected';
    } catch (err) {
      this.error = err;
    } finally {
      this.busy = false;
    }
  }

  choices(form) {
    const data = new FormData(form);
    return { groups: data.getAll('groups'), contacts: data.getAll('contacts'), duplicates: data.get('duplicates') };
  }

  forgetPreview() {
    this.preview = null;
    this.run = null;
    this.error = null;
  }

  async startPreview(e) {
    e.preventDefault();
    this.forgetPreview();
    const options = this.choices(e.target);
    const job = await this.start({ ...options, dryRun: true });
    if (job) this.preview = { job, options };
  }

  async startImport() {
    const job = await this.start({ ...this.preview.options, dryRun: false });
    if (job) this.run = { job };
  }

  async start(options) {
    this.busy = true;
    this.error = null;
    try {
      return await importGoogleContacts(this.event.id, options);
    } catch (err) {
      this.error = err;
      return null;
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (!this.connection) return nothing;
    return html`<section class="google-import" id="google-import" aria-labelledby="google-import-title">
      <h2 id="google-import-title">Import from Google</h2>
      ${this.outcome ? html`<p class="notice" role="status" id="google-outcome">${OUTCOMES[this.outcome] || OUTCOMES.failed}</p>` : nothing}
      ${this.connection.connected ? this.picker() : html`
        <p class="muted">Connect your Google account to pick contacts or whole labels. Usher asks Google for read-only
          access to your contacts and can be disconnected at any time.</p>
        <usher-problem .error=${this.error}></usher-problem>
        <div class="actions">
          <button class="primary" id="google-connect" ?disabled=${this.busy} @click=${this.connect}>Connect Google account</button>
        </div>`}
    </section>`;
  }

  picker() {
    const groups = this.groups || [];
    const needle = this.filter.trim().toLowerCase();
    const contacts = (this.contacts || []).filter((c) => !needle
      || [c.name, c.email, c.phone].some((v) => v && v.toLowerCase().includes(needle)));
    return html`<div class="actions">
        <span class="muted">Your Google account is connected.</span>
        <button id="google-disconnect" ?disabled=${this.busy} @click=${this.disconnect}>Disconnect Google</button>
      </div>
      <form class="google-form" novalidate @submit=${this.startPreview} @change=${this.forgetPreview}>
        <usher-problem .error=${this.error} .shownFields=${['duplicates']}></usher-problem>
        <fieldset class="field" id="google-groups">
          <legend>Labels (every contact in them)</legend>
          ${groups.length ? groups.map((g, i) => html`<label class="check">
            <input type="checkbox" name="groups" value=${g.resourceName} id=${`google-group-${i}`}> ${g.name}
            <span class="muted small">(${count(g.memberCount)})</span></label>`)
            : html`<p class="muted small">No labels.</p>`}
        </fieldset>
        <fieldset class="field" id="google-contacts">
          <legend>Contacts</legend>
          <label for="google-filter">Find a contact</label>
          <input id="google-filter" type="search" .value=${this.filter} @input=${(e) => { this.filter = e.target.value; }}
            @change=${(e) => e.stopPropagation()}>
          <div class="google-contact-list">
            ${(this.contacts || []).map((c, i) => html`<label class="check" ?hidden=${!contacts.includes(c)}>
              <input type="checkbox" name="contacts" value=${c.resourceName} id=${`google-contact-${i}`}>
              ${c.name || c.email || c.phone}
              <span class="muted small">${[c.email, c.phone].filter(Boolean).join(' · ')}</span></label>`)}
          </div>
        </fieldset>
        ${field({ id: 'google-duplicates', name: 'duplicates', label: 'A contact with a phone or e-mail already on the list',
          kind: 'select', value: 'skip', error: this.error, options: DUPLICATE_POLICIES })}
        <div class="actions">
          <button type="submit" class="primary" id="google-preview" ?disabled=${this.busy}>Preview (dry run)</button>
        </div>
      </form>
      ${this.preview ? this.previewSection() : nothing}
      ${this.run ? this.runSection() : nothing}`;
  }

  previewSection() {
    const { job } = this.preview;
    const done = job.batchStatus === 'COMPLETED';
    return html`<section class="import-step" id="google-preview-job" aria-labelledby="google-preview-title">
      <h3 id="google-preview-title">Preview of the chosen Google contacts</h3>
      <p class="muted small">Nothing is written yet.</p>
      <usher-job-progress .executionId=${job.executionId} .label=${'Dry run'}
        @job-update=${(e) => { this.preview = { ...this.preview, job: e.detail }; }}></usher-job-progress>
      ${done ? html`<p id="google-preview-summary">Importing them would add
          <strong>${count(counter(job, 'would-insert'))}</strong>, update <strong>${count(counter(job, 'would-update'))}</strong>,
          skip <strong>${count(counter(job, 'duplicates'))}</strong> duplicates and leave out
          <strong>${count(counter(job, 'invalid'))}</strong> invalid contacts.</p>
        <h4>Row report</h4>
        <usher-row-errors .executionId=${job.executionId} .total=${job.errorsTotal}></usher-row-errors>
        ${this.run ? nothing : html`<div class="actions">
          <button class="primary" id="google-run" ?disabled=${this.busy} @click=${this.startImport}>Import for real</button>
        </div>`}` : nothing}
    </section>`;
  }

  runSection() {
    const { job } = this.run;
    return html`<section class="import-step" id="google-run-job" aria-labelledby="google-run-title">
      <h3 id="google-run-title">Import of the chosen Google contacts</h3>
      <usher-job-progress .executionId=${job.executionId} .label=${'Import'}
        @job-update=${(e) => { this.run = { job: e.detail }; }}></usher-job-progress>
      ${job.batchStatus === 'COMPLETED' ? html`<p id="google-done">Done: <strong>${count(counter(job, 'inserted'))}</strong> added,
          <strong>${count(counter(job, 'updated'))}</strong> updated.</p>
        <p><a href=${href(`/events/${this.event.id}/guests`)}>See the guest list</a></p>
        <h4>Row report</h4>
        <usher-row-errors .executionId=${job.executionId} .total=${job.errorsTotal}></usher-row-errors>` : nothing}
    </section>`;
  }
}

const OUTCOMES = {
  connected: 'Your Google account is connected.',
  denied: 'Google was not given access; nothing was connected.',
  failed: 'Connecting to Google did not work; try again.',
  disconnected: 'Your Google account is disconnected, and Usher\'s access revoked at Google.',
};

customElements.define('usher-google-import', GoogleImport);
