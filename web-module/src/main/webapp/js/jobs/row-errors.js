import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { count } from '../platform/format.js';
import { jobRowErrors } from './jobs-api.js';
import '../platform/problem-view.js';

const PAGE = 50;

/**
 * A job's per-row report (GET /api/jobs/{id}/errors): spreadsheet row, column, reason, paged.
 * Reloads when `total` changes, so the report grows while an import runs.
 */
export class RowErrors extends UsherElement {
  static properties = {
    executionId: { attribute: false }, total: { attribute: false },
    page: { state: true }, skip: { state: true }, error: { state: true },
  };

  constructor() {
    super();
    this.skip = 0;
  }

  willUpdate(changed) {
    if (changed.has('executionId')) this.skip = 0;
    if (changed.has('executionId') || changed.has('total')) this.load();
  }

  async load() {
    const asked = { executionId: this.executionId, skip: this.skip };
    try {
      const page = await jobRowErrors(asked.executionId, { skip: asked.skip, limit: PAGE });
      if (asked.executionId !== this.executionId || asked.skip !== this.skip) return;
      this.page = page;
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  go(skip) {
    this.skip = skip;
    this.load();
  }

  render() {
    const p = this.page;
    return html`<usher-problem .error=${this.error}></usher-problem>
      ${!p ? (this.error ? nothing : html`<p class="muted">Loading the row report…</p>`)
        : p.total === 0 ? html`<p class="row-report-empty">No row was rejected or skipped.</p>`
        : html`<div class="table-wrap"><table class="row-errors">
          <caption class="visually-hidden">Rows rejected or skipped</caption>
          <thead><tr><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Reason</th></tr></thead>
          <tbody>${p.items.map((e) => html`<tr data-row=${e.row}>
            <td data-label="Row">${e.row}</td><td data-label="Column">${e.column || html`<span class="muted">—</span>`}</td>
            <td data-label="Reason">${e.reason}</td></tr>`)}</tbody>
        </table></div>
        <div class="pager">
          <p class="row-errors-range">${`${p.skip + 1}–${p.skip + p.items.length} of ${count(p.total)}`}</p>
          <button class="prev" aria-label="Previous rows" ?disabled=${p.skip === 0} @click=${() => this.go(Math.max(0, p.skip - PAGE))}>Previous</button>
          <button class="next" aria-label="Next rows" ?disabled=${p.skip + p.items.length >= p.total} @click=${() => this.go(p.skip + PAGE)}>Next</button>
        </div>`}`;
  }
}
customElements.define('usher-row-errors', RowErrors);
