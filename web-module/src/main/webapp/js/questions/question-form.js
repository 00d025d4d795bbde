import { html } from 'lit';
import { FormDialog } from '../app/form-dialog.js';
import { field, formValues } from '../platform/fields.js';
import { KINDS, SCOPES, addQuestion, replaceQuestion } from './questions-api.js';

/** Add a question or change one (editors). Options are typed one per line. */
export class QuestionForm extends FormDialog {
  static properties = { ...FormDialog.properties, event: { attribute: false } };

  heading() {
    return this.item ? 'Edit question' : 'Add a question';
  }

  fieldNames() {
    return ['label', 'kind', 'scope', 'required', 'options', 'position'];
  }

  fields() {
    const q = this.item || { kind: 'choice', scope: 'member', required: false, options: [] };
    const err = this.error;
    return html`
      ${field({ id: 'question-label', name: 'label', label: 'Question', required: true, value: q.label, error: err })}
      <div class="row">
        ${field({ id: 'question-kind', name: 'kind', label: 'Kind', kind: 'select', value: q.kind, error: err, options: KINDS })}
        ${field({ id: 'question-scope', name: 'scope', label: 'Asked of', kind: 'select', value: q.scope, error: err, options: SCOPES })}
        ${field({ id: 'question-position', name: 'position', label: 'Position', kind: 'number', value: q.position, error: err, attrs: { min: 0, max: 1000 } })}
      </div>
      ${field({ id: 'question-options', name: 'options', label: 'Options', kind: 'textarea', value: (q.options || []).join('\n'), error: err,
        hint: 'One per line: the choices, or the dietary tags to pick from (none: free text)' })}
      <label class="check"><input type="checkbox" name="required" id="question-required" ?checked=${q.required}> Required of those attending</label>`;
  }

  submit(form) {
    const { options, required, ...rest } = formValues(form, { numbers: ['position'] });
    const input = { ...rest, required: Boolean(required), options: (options || '').split('\n').map((o) => o.trim()).filter(Boolean) };
    return this.item ? replaceQuestion(this.event.id, this.item.id, input) : addQuestion(this.event.id, input);
  }
}
customElements.define('usher-question-form', QuestionForm);
