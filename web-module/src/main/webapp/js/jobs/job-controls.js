import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { restartJob, restartable, stopJob, stoppable, typeLabel } from './jobs-api.js';
import '../platform/problem-view.js';

/**
 * Stop (while a job runs) and restart (once it stopped or failed) for one job execution. The
 * buttons follow the status the page last saw; the server decides, and its 409 (the job
 * ended meanwhile, or this is not its latest execution) is shown here as its problem.
 * Tells its parent with `job-changed` (detail: the job as the server answered: stopping,
 * or the new execution of a restart).
 */
export class JobControls extends UsherElement {
  static properties = { job: { attribute: false }, error: { state: true }, busy: { state: true } };

  willUpdate(changed) {
    const before = changed.get('job');
    if (before && this.job && before.executionId !== this.job.executionId) this.error = null;
  }

  async act(action) {
    this.busy = true;
    this.error = null;
    try {
      const job = await (action === 'stop' ? stopJob : restartJob)(this.job.executionId);
      this.dispatchEvent(new CustomEvent('job-changed', { detail: { job, action }, bubbles: true }));
    } catch (e) {
      this.error = e;
      await this.updateComplete;
      const box = this.querySelector('.problem');
      if (box) {
        box.setAttribute('tabindex', '-1');
        box.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  render() {
    const job = this.job;
    if (!job) return nothing;
    const what = `${typeLabel(job.jobName)} job ${job.executionId}`;
    return html`<div class="job-actions actions">
        ${stoppable(job) ? html`<button class="danger stop-job" ?disabled=${this.busy} aria-label="Stop ${what}"
          @click=${() => this.act('stop')}>Stop</button>` : nothing}
        ${restartable(job) ? html`<button class="restart-job" ?disabled=${this.busy} aria-label="Restart ${what}"
          @click=${() => this.act('restart')}>Restart</button>` : nothing}
      </div>
      <usher-problem .error=${this.error}></usher-problem>`;
  }
}
customElements.define('usher-job-controls', JobControls);
