import { html, nothing } from 'lit';
// The bar's width is set through the CSSOM (element.style), which the Content-Security-Policy allows;
// a style attribute, even one Lit sets, it blocks.
import { ref } from 'lit/directives/ref.js';
import { UsherElement } from '../app/usher-element.js';
import { count, percent } from '../platform/format.js';
import { eventStats } from './guests-api.js';
import '../platform/problem-view.js';

/** A ref callback that sets an element's width to `share` per cent. */
function width(share) {
  return (element) => { if (element) element.style.width = `${share}%`; };
}

/** An event's statistics: totals, headcount, rates, guests by status and by side, answers per option. */
export class StatsPanel extends UsherElement {
  static properties = { event: { attribute: false }, stats: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.stats = await eventStats(this.event.id);
    } catch (e) {
      this.error = e;
    }
  }

  render() {
    const s = this.stats;
    return html`<h2>Statistics</h2>
      <usher-problem .error=${this.error}></usher-problem>
      ${s ? html`
        <dl class="stat-cards">
          ${this.card('Guests', count(s.total), 'stat-total')}
          ${this.card('Headcount', count(s.headcount), 'stat-headcount')}
          ${this.card('Confirmed headcount', count(s.confirmedHeadcount), 'stat-confirmed-headcount')}
          ${this.card('Confirmation rate', percent(s.confirmationRate), 'stat-confirmation-rate')}
          ${this.card('Response rate', percent(s.responseRate), 'stat-response-rate')}
        </dl>
        <h3>By status</h3>
        <ul class="bars" aria-label="Guests by status">
          ${Object.entries(s.byStatus).map(([status, n]) => html`<li data-status=${status}>
            <span class="bar-label">${status}</span>
            <span class="bar" aria-hidden="true"><span ${ref(width(s.total ? (100 * n) / s.total : 0))}></span></span>
            <span class="bar-value">${count(n)}</span></li>`)}
        </ul>
        <h3>By side</h3>
        ${s.bySide.length ? html`<div class="table-wrap"><table class="sides">
          <thead><tr><th scope="col">Side</th><th scope="col">Guests</th><th scope="col">Confirmed</th>
            <th scope="col">Declined</th><th scope="col">Headcount</th><th scope="col">Confirmed headcount</th></tr></thead>
          <tbody>${s.bySide.map((x) => html`<tr data-side=${x.side ?? ''}>
            <th scope="row">${x.side ?? html`<span class="muted">(none)</span>`}</th><td>${x.total}</td><td>${x.confirmed}</td>
            <td>${x.declined}</td><td>${x.headcount}</td><td>${x.confirmedHeadcount}</td></tr>`)}</tbody>
        </table></div>` : html`<p>No guests yet.</p>`}
        ${this.questions(s.byQuestion || [])}` : this.error ? nothing : html`<p class="muted">Loading…</p>`}`;
  }

  /** Each question's answers among those coming, per option. */
  questions(byQuestion) {
    if (!byQuestion.length) return nothing;
    return html`<h3>Answers of those coming</h3>
      ${byQuestion.map((q) => html`<section class="question-stats" data-question-id=${q.questionId}>
        <h4>${q.label} <span class="muted small">(${count(q.answered)} answered)</span></h4>
        ${Object.keys(q.byOption).length ? html`<ul class="bars" aria-label="Answers to ${q.label}">
          ${Object.entries(q.byOption).map(([option, n]) => html`<li data-option=${option}>
            <span class="bar-label">${option}</span>
            <span class="bar" aria-hidden="true"><span ${ref(width(q.answered ? (100 * n) / q.answered : 0))}></span></span>
            <span class="bar-value">${count(n)}</span></li>`)}
        </ul>` : nothing}</section>`)}`;
  }

  card(label, value, id) {
    return html`<div class="stat"><dt>${label}</dt><dd id=${id}>${value}</dd></div>`;
  }
}
customElements.define('usher-stats-panel', StatsPanel);
