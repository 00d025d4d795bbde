import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { LiveNotice } from '../platform/live-notice.js';
import { includes } from '../members/members-api.js';
import { deleteQuestion, kindLabel, listQuestions } from './questions-api.js';
import './question-form.js';
import '../platform/problem-view.js';

/** The questions an event asks its guests, in order. Everyone reads them; editors add, change and delete them. */
export class QuestionsPanel extends UsherElement {
  static properties = { event: { attribute: false }, questions: { state: true }, error: { state: true } };

  notice = new LiveNotice(this);

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.questions = await listQuestions(this.event.id);
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  async remove(question) {
    if (!confirm(`Delete the question "${question.label}" and every answer to it?`)) return;
    try {
      await deleteQuestion(this.event.id, question.id);
      this.notice.say(`"${question.label}" was deleted.`);
      await this.load();
    } catch (e) {
      this.error = e;
    }
  }

  async saved(e) {
    this.notice.say(`"${e.detail.label}" was saved.`);
    await this.load();
  }

  render() {
    const editor = includes(this.event.myRole, 'editor');
    return html`<div class="toolbar">
        <h2>Questions</h2>
        ${editor ? html`<div class="actions"><button class="primary" id="add-question"
          @click=${() => this.querySelector('usher-question-form').open()}>Add question</button></div>` : nothing}
      </div>
      <usher-problem .error=${this.error}></usher-problem>
      <p class="visually-hidden" role="status" aria-live="polite">${this.notice.view()}</p>
      ${!this.questions ? html`<p class="muted">Loading…</p>` : this.questions.length === 0
        ? html`<p>No questions yet. Guests are asked only whether they come.</p>`
        : html`<div class="table-wrap"><table class="questions">
          <thead><tr><th scope="col">Question</th><th scope="col">Kind</th><th scope="col">Asked of</th>
            <th scope="col">Options</th>${editor ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : nothing}</tr></thead>
          <tbody>${repeat(this.questions, (q) => q.id, (q) => html`<tr data-question-id=${q.id}>
            <th scope="row">${q.label}${q.required ? html` <span class="muted small">(required)</span>` : nothing}</th>
            <td>${kindLabel(q.kind)}</td><td>${q.scope === 'member' ? 'each member' : 'the household'}</td>
            <td>${q.options.join(', ')}</td>
            ${editor ? html`<td class="row-actions">
              <button @click=${() => this.querySelector('usher-question-form').open(q)} aria-label="Edit ${q.label}">Edit</button>
              <button class="danger" @click=${() => this.remove(q)} aria-label="Delete ${q.label}">Delete</button></td>` : nothing}
          </tr>`)}</tbody></table></div>`}
      <usher-question-form .event=${this.event} @saved=${this.saved}></usher-question-form>`;
  }
}
customElements.define('usher-questions-panel', QuestionsPanel);
