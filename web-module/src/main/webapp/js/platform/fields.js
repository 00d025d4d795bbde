import { html, nothing } from 'lit';

/**
 * A labelled form field with its own error messages from an ApiError, linked for assistive
 * technology (aria-invalid, aria-describedby). `name` is the JSON field name the server uses.
 * kind: text (default), email, tel, date, time, datetime-local, number, textarea, select (with options).
 * Values are set once per rendered form, so typing is never overwritten by a re-render.
 */
export function field({ id, name, label, value, error, kind = 'text', required = false, options = [], hint, attrs = {} }) {
  const messages = error ? error.fieldMessages(name) : [];
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : '';
  const described = [hintId, messages.length ? errorId : ''].filter(Boolean).join(' ') || nothing;
  const invalid = messages.length ? 'true' : nothing;
  const v = value ?? '';
  let control;
  if (kind === 'textarea') {
    control = html`<textarea id=${id} name=${name} ?required=${required} aria-invalid=${invalid}
      aria-describedby=${described} .value=${v}></textarea>`;
  } else if (kind === 'select') {
    control = html`<select id=${id} name=${name} ?required=${required} aria-invalid=${invalid} aria-describedby=${described}>
      ${options.map((o) => html`<option value=${o.value} ?selected=${String(o.value) === String(v)}>${o.label}</option>`)}
    </select>`;
  } else {
    control = html`<input id=${id} name=${name} type=${kind} ?required=${required} aria-invalid=${invalid}
      aria-describedby=${described} .value=${String(v)} min=${attrs.min ?? nothing} max=${attrs.max ?? nothing}
      autocomplete=${attrs.autocomplete ?? nothing}>`;
  }
  return html`<div class="field ${messages.length ? 'has-error' : ''}">
    <label for=${id}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
    ${control}
    ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
    ${messages.length ? html`<p class="field-error" id=${errorId}>${messages.join('; ')}</p>` : nothing}
  </div>`;
}

/**
 * The values of a form as an object for a JSON body: blank fields are left out (or null
 * with `blankAsNull`, which a merge patch needs to clear them), numbers stay numbers.
 */
export function formValues(form, { blankAsNull = false, numbers = [] } = {}) {
  const values = {};
  for (const [key, raw] of new FormData(form).entries()) {
    const text = String(raw).trim();
    if (text === '') {
      if (blankAsNull) values[key] = null;
    } else {
      values[key] = numbers.includes(key) && /^-?\d+$/.test(text) ? Number(text) : text;
    }
  }
  return values;
}

/** Moves focus to the first field the server complained about, or to the problem box. */
export function focusFirstError(root) {
  const target = root.querySelector('[aria-invalid="true"]') || root.querySelector('.problem');
  if (target) {
    if (!target.hasAttribute('tabindex') && target.classList.contains('problem')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
}
