import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';

/**
 * Shows an ApiError as its problem detail: title, detail, and the field errors that no form
 * field on screen shows itself (pass their names in `shownFields`). Announced to screen readers.
 */
export class ProblemView extends UsherElement {
  static properties = { error: { attribute: false }, shownFields: { attribute: false } };

  render() {
    const e = this.error;
    if (!e) return nothing;
    const shown = new Set(this.shownFields || []);
    // An item of a list field (bodyParameters[1]) is shown by the list's own field.
    const others = (e.errors || []).filter((f) => !shown.has(f.field) && !shown.has(f.field.replace(/\[\d+\]$/, '')));
    return html`<div class="problem" role="alert">
      <p class="problem-title"><strong>${e.title}</strong>${e.status ? html` <span class="muted">(${e.status})</span>` : nothing}</p>
      ${e.detail ? html`<p class="problem-detail">${e.detail}</p>` : nothing}
      ${others.length ? html`<ul class="problem-errors">${others.map((f) => html`<li><code>${f.field}</code>: ${f.message}</li>`)}</ul>` : nothing}
    </div>`;
  }
}
customElements.define('usher-problem', ProblemView);
