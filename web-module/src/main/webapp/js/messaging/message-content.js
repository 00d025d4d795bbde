import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { field } from '../platform/fields.js';

/** The JSON field names these inputs stand for, as the server names them in field errors. */
export const CONTENT_FIELDS = ['text', 'template', 'template.name', 'template.language', 'template.bodyParameters',
  'template.quickReplies'];

/**
 * The message part of a WhatsApp form, inside the host's <form> (light DOM, so the form's
 * data includes it): free text, or an approved template with its language, body parameters
 * and the RSVP answers of its quick-reply buttons. `prefix` keeps ids unique on the page.
 */
export class MessageContent extends UsherElement {
  static properties = { prefix: { attribute: false }, error: { attribute: false }, kind: { state: true } };

  constructor() {
    super();
    this.kind = 'text';
  }

  render() {
    const p = this.prefix;
    const err = listAware(this.error);
    return html`<fieldset class="field message-kind">
        <legend>Message</legend>
        <label class="check"><input type="radio" name="kind" value="text" id="${p}-kind-text" ?checked=${this.kind === 'text'}
          @change=${() => { this.kind = 'text'; }}> Text</label>
        <label class="check"><input type="radio" name="kind" value="template" id="${p}-kind-template"
          ?checked=${this.kind === 'template'} @change=${() => { this.kind = 'template'; }}> Approved template</label>
      </fieldset>
      ${this.kind === 'text' ? this.textFields(p, err) : this.templateFields(p, err)}`;
  }

  textFields(p, err) {
    return field({ id: `${p}-text`, name: 'text', label: 'Text', kind: 'textarea', required: true, error: err,
      hint: 'Placeholders {firstName}, {lastName}, {fullName} and {eventName} are filled in per guest. WhatsApp delivers free text only within 24 hours of the guest\'s last message; use a template otherwise.' });
  }

  templateFields(p, err) {
    const answers = [{ value: '', label: '—' }, { value: 'yes', label: 'yes (confirms)' }, { value: 'no', label: 'no (declines)' }];
    return html`<div class="row">
        ${field({ id: `${p}-template-name`, name: 'template.name', label: 'Template name', required: true, error: err,
          hint: 'As approved in WhatsApp Manager, e.g. rsvp_invitation' })}
        ${field({ id: `${p}-template-language`, name: 'template.language', label: 'Language', required: true, error: err,
          hint: 'The approved translation, e.g. he or en_US' })}
      </div>
      ${field({ id: `${p}-template-params`, name: 'template.bodyParameters', label: 'Body parameters', kind: 'textarea',
        error: err, hint: 'One per line, for {{1}}, {{2}}…; placeholders such as {firstName} are filled in per guest.' })}
      <fieldset class="field quick-replies">
        <legend>Quick-reply buttons</legend>
        <p class="hint">What tapping each of the template's buttons answers; leave them out if its buttons are not RSVP answers.</p>
        <div class="row">
          ${field({ id: `${p}-reply-1`, name: 'quickReply1', label: 'Button 1', kind: 'select', options: answers, error: err })}
          ${field({ id: `${p}-reply-2`, name: 'quickReply2', label: 'Button 2', kind: 'select', options: answers, error: err })}
        </div>
        ${err && err.fieldMessages('template.quickReplies').length
          ? html`<p class="field-error">${err.fieldMessages('template.quickReplies').join('; ')}</p>` : nothing}
      </fieldset>`;
  }
}
customElements.define('usher-message-content', MessageContent);

/** An error whose list fields (template.bodyParameters[2]) count for the list's own field. */
function listAware(error) {
  if (!error || !error.errors) return error;
  return {
    ...error,
    fieldMessages: (name) => error.errors.filter((e) => e.field === name || e.field.startsWith(`${name}[`))
      .map((e) => e.message),
  };
}

/** The `text` or `template` members of a request body, from the form's values. */
export function contentOf(form) {
  const data = new FormData(form);
  if (data.get('kind') !== 'template') return { text: String(data.get('text') || '') };
  const lines = String(data.get('template.bodyParameters') || '').split('\n').map((l) => l.trim()).filter(Boolean);
  const quickReplies = [data.get('quickReply1'), data.get('quickReply2')].filter(Boolean);
  return {
    template: {
      name: String(data.get('template.name') || '').trim(),
      language: String(data.get('template.language') || '').trim(),
      bodyParameters: lines,
      quickReplies,
    },
  };
}
