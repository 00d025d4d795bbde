import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { href, navigate } from '../app/router.js';
import { moment } from '../platform/format.js';
import { getEvent } from '../events/events-api.js';
import { typeLabel } from './jobs-api.js';
import { jobSubject } from './job-summary.js';
import './job-controls.js';
import './job-progress.js';
import './row-errors.js';

/**
 * One job execution (#/jobs/{executionId}): its progress while it runs, its parameters, the
 * history of its executions (each restart is one), its per-row report, stop and restart.
 */
export class JobPage extends UsherElement {
  static properties = {
    executionId: { attribute: false }, job: { state: true }, eventName: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('executionId')) {
      this.job = null;
      this.eventName = null;
    }
  }

  async track(e) {
    const first = !this.job;
    this.job = e.detail;
    if (first && this.job.eventId) {
      try {
        this.eventName = (await getEvent(this.job.eventId)).name;
      } catch {
        // An operator need not be a member of the job's event: its id is shown instead.
      }
    }
  }

  changed(e) {
    const { job, action } = e.detail;
    if (action === 'restart') {
      navigate(`/jobs/${job.executionId}`);
    } else {
      this.job = job;
      this.querySelector('usher-job-progress').follow();
    }
  }

  render() {
    const job = this.job;
    return html`<p class="crumbs"><a href=${href('/jobs')}>Jobs</a></p>
      <div class="page-head"><div>
        <h1 tabindex="-1">${job ? typeLabel(job.jobName) : 'Job'} <span class="muted">#${this.executionId}</span></h1>
        ${job ? html`<p class="muted">${jobSubject(job, this.eventName)}</p>` : nothing}
      </div></div>
      <section class="card" aria-label="Progress">
        <usher-job-progress .executionId=${this.executionId} .label=${'Status'} @job-update=${this.track}></usher-job-progress>
        ${job ? html`<usher-job-controls .job=${job} @job-changed=${this.changed}></usher-job-controls>` : nothing}
      </section>
      ${job ? this.more(job) : nothing}`;
  }

  more(job) {
    const params = Object.entries(job.parameters || {});
    return html`<h2>Executions</h2>
      <p class="muted small">A restart continues the same job from its last checkpoint as a new execution; the
        counters above are the job's, over all its executions.</p>
      <div class="table-wrap"><table class="executions">
        <thead><tr><th scope="col">Execution</th><th scope="col">Status</th><th scope="col">Exit status</th>
          <th scope="col">Started</th><th scope="col">Ended</th></tr></thead>
        <tbody>${(job.executions || []).map((x) => html`<tr data-execution-id=${x.executionId}>
          <td data-label="Execution">${x.executionId === job.executionId ? html`<strong>#${x.executionId}</strong>`
            : html`<a href=${href(`/jobs/${x.executionId}`)}>#${x.executionId}</a>`}</td>
          <td data-label="Status">${x.batchStatus}</td><td data-label="Exit status">${x.exitStatus || ''}</td>
          <td data-label="Started">${moment(x.startedAt)}</td><td data-label="Ended">${moment(x.endedAt)}</td></tr>`)}</tbody>
      </table></div>
      <h2>Row report</h2>
      <usher-row-errors .executionId=${job.executionId} .total=${job.errorsTotal}></usher-row-errors>
      <h2>Parameters</h2>
      <dl class="parameters">${params.map(([k, v]) => html`<div><dt>${k}</dt><dd><code>${v}</code></dd></div>`)}</dl>`;
  }
}
customElements.define('usher-job-page', JobPage);
