import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { count, moment } from '../platform/format.js';
import { ended, getJob } from './jobs-api.js';
import { doneCount, itemCounts, jobCounts, plannedTotal, statusBadge } from './job-counts.js';
import '../platform/problem-view.js';

const EVERY_MS = 1000;

/**
 * Follows one job execution (GET /api/jobs/{id}) until it ends: status, a progress bar, the
 * job's own counters (and the runtime's item counts while it runs: once it has ended, the
 * job's counters say what happened), start and end, and the exit status of a job that failed
 * or stopped. Tells its parent with `job-update` events (detail: the job)
 * and `job-end` once it has ended. Stops polling when it leaves the page.
 */
export class JobProgress extends UsherElement {
  static properties = {
    executionId: { attribute: false }, label: { attribute: false },
    job: { state: true }, error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('executionId')) {
      this.job = null;
      this.error = null;
      if (this.isConnected) this.follow();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.executionId && !this.timer) this.follow();
  }

  disconnectedCallback() {
    this.halt();
    super.disconnectedCallback();
  }

  halt() {
    clearTimeout(this.timer);
    this.timer = null;
  }

  follow() {
    this.halt();
    const following = this.executionId;
    const poll = async () => {
      try {
        const job = await getJob(following);
        if (following !== this.executionId) return;
        this.job = job;
        this.error = null;
        this.dispatchEvent(new CustomEvent('job-update', { detail: job, bubbles: true }));
        if (ended(job)) {
          this.timer = null;
          this.dispatchEvent(new CustomEvent('job-end', { detail: job, bubbles: true }));
          return;
        }
      } catch (e) {
        if (following !== this.executionId) return;
        this.error = e;
        // A 403/404 will not mend itself; anything else (network, 5xx) is tried again.
        if (e.status === 403 || e.status === 404) {
          this.timer = null;
          return;
        }
      }
      if (this.isConnected) this.timer = setTimeout(poll, EVERY_MS);
    };
    this.timer = setTimeout(poll, 0);
  }

  render() {
    const job = this.job;
    return html`<div class="job-progress" data-status=${job ? job.batchStatus : 'loading'}>
      <usher-problem .error=${this.error}></usher-problem>
      ${job ? this.details(job) : this.error ? nothing : html`<p class="muted">Starting…</p>`}
    </div>`;
  }

  details(job) {
    const planned = plannedTotal(job);
    const done = ended(job);
    // Only the status line is live: counters changing every second would drown a screen reader.
    return html`<p class="job-line" role="status">${this.label || 'Job'} <span class="muted">#${job.executionId}</span>
        ${statusBadge(job)}</p>
      ${this.bar(job, planned, done)}
      ${jobCounts(job, { id: `job-counts-${job.executionId}` })}
      ${done ? nothing : itemCounts(job)}
      <p class="muted small job-times">
        ${job.startedAt ? html`Started ${moment(job.startedAt)}` : html`Created ${moment(job.createdAt)}`}
        ${job.endedAt ? html` · ended ${moment(job.endedAt)}` : nothing}</p>
      ${this.outcome(job)}`;
  }

  bar(job, planned, done) {
    const label = `Progress of job ${job.executionId}`;
    if (planned) {
      const value = Math.min(doneCount(job), planned);
      return html`<p class="progress-line"><progress aria-label=${label} max=${planned} value=${value}></progress>
        <span>${count(value)} of ${count(planned)}</span></p>`;
    }
    if (done) return nothing;
    // An import does not know its file's row count: an indeterminate bar and the rows read so far.
    return html`<p class="progress-line"><progress aria-label=${label}></progress>
      <span>${job.items ? `${count(job.items.read)} rows read` : ''}</span></p>`;
  }

  /** Why a job did not complete, as the runtime recorded it (e.g. "FAILED: the file is ..."). */
  outcome(job) {
    if (job.batchStatus === 'FAILED') {
      return html`<usher-problem class="job-failure" .error=${{
        title: 'The job failed', detail: job.exitStatus && job.exitStatus !== 'FAILED' ? job.exitStatus
          : 'The job ended with an error and gave no reason; see the server log.', errors: [],
      }}></usher-problem>`;
    }
    if (job.batchStatus === 'STOPPED') {
      return html`<p class="notice job-stopped">Stopped before the end${job.exitStatus && job.exitStatus !== 'STOPPED'
        ? `: ${job.exitStatus}` : ''}. It can be restarted from its last checkpoint.</p>`;
    }
    return nothing;
  }
}
customElements.define('usher-job-progress', JobProgress);
