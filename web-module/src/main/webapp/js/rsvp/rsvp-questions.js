import { html, nothing } from 'lit';

/**
 * One question of the event as a control of the RSVP page: a choice as radio buttons, dietary tags as
 * check boxes (free-text dietary needs and short texts as text boxes), yes/no as two radio buttons.
 * `id` names the control (or its group); `answers` is the object the answer is kept in, by question id;
 * `error` the field's message in the page's language, shown beside it; `changed` re-renders the page.
 */
export function questionControl({ t, question, id, answers, error, changed }) {
  const value = answers[question.id];
  const set = (next) => { answers[question.id] = next; changed(); };
  const label = html`${question.label}${question.required ? html` <span class="muted">${t('question.requiredMark')}</span>` : nothing}`;
  const invalid = error ? 'true' : 'false';
  const described = error ? `${id}-error` : nothing;
  const errorText = error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing;

  if (question.kind === 'text' || (question.kind === 'dietary' && !question.options.length)) {
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${id}>${label}</label>
      <input id=${id} type="text" maxlength=${question.maxLength || nothing} .value=${value || ''}
        aria-invalid=${invalid} aria-describedby=${described} @input=${(e) => set(e.target.value)}>
      ${errorText}
    </div>`;
  }
  const group = (inputs) => html`<fieldset class="rsvp-question ${error ? 'has-error' : ''}" id=${id}
      aria-describedby=${described}>
      <legend>${label}</legend>${inputs}${errorText}
    </fieldset>`;
  const option = (optionId, type, text, checked, onChange) => html`<label class="rsvp-choice" for=${optionId}>
      <input type=${type} id=${optionId} name=${id} .checked=${checked} aria-invalid=${invalid} @change=${onChange}>
      <span>${text}</span>
    </label>`;
  if (question.kind === 'yesno') {
    return group(html`${option(`${id}-yes`, 'radio', t('question.yes'), value === true, () => set(true))}
      ${option(`${id}-no`, 'radio', t('question.no'), value === false, () => set(false))}`);
  }
  if (question.kind === 'choice') {
    return group(question.options.map((o, n) => option(`${id}-${n}`, 'radio', o, value === o, () => set(o))));
  }
  const tags = Array.isArray(value) ? value : [];
  return group(question.options.map((o, n) => option(`${id}-${n}`, 'checkbox', o, tags.includes(o),
    (e) => set(e.target.checked ? [...tags, o] : tags.filter((x) => x !== o)))));
}
