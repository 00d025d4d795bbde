import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { LiveNotice } from '../platform/live-notice.js';
import { href, navigate } from '../app/router.js';
import { moment } from '../platform/format.js';
import { listEvents } from '../events/events-api.js';
import { BATCH_STATUSES, JOB_TYPES, ended, listJobs, typeLabel } from './jobs-api.js';
import { itemCounts, jobCounts, statusBadge } from './job-counts.js';
import { jobSubject } from './job-summary.js';
import { pager } from '../platform/pager.js';
import './job-controls.js';
import '../platform/problem-view.js';

const LIMIT = 20;
const REFRESH_MS = 2000;

/**
 * Running and past jobs (#/jobs): all of them for batch-operators, their events' for event
 * admins and editors. Filters (event, type, status) and the page live in the address, so a
 * filtered list can be linked to. Refreshes itself while a listed job runs.
 */
export class JobsPage extends UsherElement {
  static properties = {
    me: { attribute: false }, query: { attribute: false },
    page: { state: true }, events: { state: true }, error: { state: true },
  };

  notice = new LiveNotice(this);

  connectedCallback() {
    super.connectedCallback();
    this.loadEvents();
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  willUpdate(changed) {
    if (changed.has('query')) this.load();
  }

  get filters() {
    const q = this.query || {};
    return { eventId: q.eventId || '', type: q.type || '', status: q.status || '', skip: Number(q.skip) || 0, limit: LIMIT };
  }

  async loadEvents() {
    try {
      this.events = await listEvents();
    } catch (e) {
      this.error = e;
    }
  }

  async load() {
    clearTimeout(this.timer);
    const asked = this.query;
    try {
      const page = await listJobs(this.filters);
      if (asked !== this.query) return;
      this.page = page;
      this.error = null;
      if (page.items.some((job) => !ended(job))) this.timer = setTimeout(() => this.load(), REFRESH_MS);
    } catch (e) {
      this.error = e;
    }
  }

  filter(event) {
    const data = new FormData(event.target.form);
    this.show({ eventId: data.get('eventId'), type: data.get('type'), status: data.get('status'), skip: 0 });
  }

  show(changes) {
    const next = { ...this.filters, ...changes };
    delete next.limit;
    if (!next.skip) delete next.skip;
    navigate('/jobs', next);
  }

  changed(e) {
    const { job, action } = e.detail;
    this.notice.say(action === 'stop' ? `Job ${job.executionId} is stopping.`
      : `Job restarted as execution ${job.executionId}.`);
    this.load();
  }

  eventName(eventId) {
    const found = (this.events || []).find((ev) => ev.id === eventId);
    return found ? found.name : null;
  }

  render() {
    const f = this.filters;
    const operator = (this.me.roles || []).includes('batch-operator');
    const eventName = f.eventId ? this.eventName(f.eventId) : null;
    return html`<div class="page-head"><div>
        <h1 tabindex="-1">Jobs</h1>
        <p class="muted">${operator ? 'Every job, as a batch operator.' : 'Jobs of the events you edit or administer, and the ones you started.'}
          ${eventName ? html` Showing <strong>${eventName}</strong>.` : nothing}</p>
      </div></div>
      <form class="filters" role="search" aria-label="Filter jobs" @submit=${(e) => e.preventDefault()}>
        <div class="field"><label for="jobs-event">Event</label>
          <select id="jobs-event" name="eventId" @change=${this.filter}>
            <option value="">All events</option>
            ${(this.events || []).map((ev) => html`<option value=${ev.id} ?selected=${ev.id === f.eventId}>${ev.name}</option>`)}
            ${f.eventId && this.events && !eventName ? html`<option value=${f.eventId} selected>${f.eventId}</option>` : nothing}
          </select></div>
        <div class="field"><label for="jobs-type">Type</label>
          <select id="jobs-type" name="type" @change=${this.filter}>
            <option value="">All types</option>
            ${JOB_TYPES.map((t) => html`<option value=${t.value} ?selected=${t.value === f.type}>${t.label}</option>`)}
          </select></div>
        <div class="field"><label for="jobs-status">Status</label>
          <select id="jobs-status" name="status" @change=${this.filter}>
            <option value="">Any status</option>
            ${BATCH_STATUSES.map((s) => html`<option ?selected=${s === f.status}>${s}</option>`)}
          </select></div>
      </form>
      <usher-problem .error=${this.error}></usher-problem>
      <p class="live-status visually-hidden" role="status" aria-live="polite">${this.notice.view()}</p>
      ${this.page ? this.list(this.page) : this.error ? nothing : html`<p class="muted">Loading…</p>`}`;
  }

  list(page) {
    const { items } = page;
    return html`${items.length === 0 ? html`<p id="no-jobs">No jobs match.</p>` : nothing}
      <ul class="job-list" aria-label="Jobs" @job-changed=${this.changed}>
        ${repeat(items, (job) => job.executionId, (job) => this.card(job))}
      </ul>
      ${pager({ page, id: 'jobs', noun: 'jobs', go: (c) => this.show(c), limit: LIMIT })}`;
  }

  card(job) {
    return html`<li class="card job-card" data-execution-id=${job.executionId} data-job-name=${job.jobName}
        data-status=${job.batchStatus}>
      <div class="job-head">
        <h2><a href=${href(`/jobs/${job.executionId}`)}>${typeLabel(job.jobName)}</a>
          <span class="muted small">#${job.executionId}</span></h2>
        ${statusBadge(job)}
      </div>
      <p class="muted small">${jobSubject(job, this.eventName(job.eventId))}</p>
      ${jobCounts(job)}
      ${itemCounts(job)}
      <p class="muted small">Created ${moment(job.createdAt)}${job.startedAt ? ` · started ${moment(job.startedAt)}` : ''}${job.endedAt ? ` · ended ${moment(job.endedAt)}` : ''}</p>
      ${job.exitStatus && job.exitStatus !== job.batchStatus
        ? html`<p class="exit-status"><strong>Exit status:</strong> ${job.exitStatus}</p>` : nothing}
      <usher-job-controls .job=${job}></usher-job-controls>
    </li>`;
  }
}
customElements.define('usher-jobs-page', JobsPage);
