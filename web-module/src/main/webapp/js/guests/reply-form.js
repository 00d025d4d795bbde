import { html, nothing } from 'lit';
import { FormDialog } from '../app/form-dialog.js';
import { field } from '../platform/fields.js';
import { ATTENDANCE, recordReply } from './guests-api.js';

const ATTENDING = ATTENDANCE.map((a) => ({ value: a, label: a === 'unknown' ? 'not said' : a }));

/** A stored answer as the form shows it. */
function shown(question, value) {
  if (value === undefined || value === null) return '';
  if (question.kind === 'yesno') return value ? 'yes' : 'no';
  return Array.isArray(value) ? value.join(', ') : value;
}

/** What the form holds, as the answer the server expects (undefined: no answer). */
function answer(question, text) {
  if (text === '') return undefined;
  if (question.kind === 'yesno') return text === 'yes';
  if (question.kind === 'dietary' && question.options.length) return text.split(',').map((t) => t.trim()).filter(Boolean);
  return text;
}

/**
 * A household's reply recorded on its behalf (editors), e.g. given by phone: each member's
 * attendance and answers, the plus-ones' names, the household's answers. The server checks it
 * as a whole; its field errors (members[1].answers.<question>) show next to their fields.
 */
export class ReplyForm extends FormDialog {
  static properties = { ...FormDialog.properties, event: { attribute: false }, questions: { attribute: false } };

  heading() {
    return `Reply of ${this.item.firstName}`;
  }

  fieldNames() {
    return [...this.querySelectorAll('form [name]')].map((e) => e.name).concat(['members', 'plusOnes']);
  }

  /** The answer fields of one person or of the household, `path` their JSON path. */
  answers(questions, path, given, idPrefix) {
    return questions.map((q) => {
      const name = `${path}.${q.id}`;
      const common = { id: `${idPrefix}-${q.id}`, name, label: q.label, value: shown(q, (given || {})[q.id]), error: this.error };
      if (q.kind === 'choice' || q.kind === 'yesno') {
        const options = q.kind === 'yesno' ? ['yes', 'no'] : q.options;
        return field({ ...common, kind: 'select', options: [{ value: '', label: '—' }, ...options.map((o) => ({ value: o, label: o }))] });
      }
      const hint = q.kind === 'dietary' && q.options.length ? `Comma-separated, from: ${q.options.join(', ')}` : undefined;
      return field({ ...common, hint });
    });
  }

  fields() {
    const g = this.item;
    const questions = this.questions || [];
    const perMember = questions.filter((q) => q.scope === 'member');
    const perHousehold = questions.filter((q) => q.scope === 'household');
    const invited = g.members.filter((m) => !m.plusOne);
    const plusOnes = g.members.filter((m) => m.plusOne);
    if (!invited.length) {
      return html`
        ${field({ id: 'reply-attending', name: 'attending', label: 'Coming?', kind: 'select', value: g.status === 'confirmed' ? 'yes' : g.status === 'declined' ? 'no' : 'unknown', error: this.error, options: ATTENDING })}
        ${this.answers(questions, 'answers', g.answers, 'reply-own')}`;
    }
    return html`
      ${invited.map((m, i) => html`<fieldset class="field member" data-member-id=${m.id}><legend>${m.name}</legend>
        ${field({ id: `reply-member-${i}`, name: `members[${i}].attending`, label: 'Coming?', kind: 'select', value: m.attending, error: this.error, options: ATTENDING })}
        ${this.answers(perMember, `members[${i}].answers`, m.answers, `reply-member-${i}`)}
      </fieldset>`)}
      ${Array.from({ length: g.plusOnesAllowed }, (_, j) => {
        const p = plusOnes[j] || { name: '', attending: 'unknown', answers: {} };
        return html`<fieldset class="field plus-one"><legend>Plus-one ${j + 1}</legend>
          ${field({ id: `reply-plus-name-${j}`, name: `plusOnes[${j}].name`, label: 'Name', value: p.name, error: this.error, hint: 'Leave empty if not coming' })}
          ${field({ id: `reply-plus-${j}`, name: `plusOnes[${j}].attending`, label: 'Coming?', kind: 'select', value: p.attending, error: this.error, options: ATTENDING })}
          ${this.answers(perMember, `plusOnes[${j}].answers`, p.answers, `reply-plus-${j}`)}
        </fieldset>`;
      })}
      ${perHousehold.length ? html`<fieldset class="field"><legend>The household</legend>
        ${this.answers(perHousehold, 'answers', g.answers, 'reply-household')}</fieldset>` : nothing}`;
  }

  submit(form) {
    const g = this.item;
    const byId = new Map((this.questions || []).map((q) => [q.id, q]));
    const value = (name) => (form.elements.namedItem(name) ? form.elements.namedItem(name).value.trim() : '');
    const answersOf = (path, questions) => {
      const out = {};
      questions.forEach((q) => {
        const a = answer(q, value(`${path}.${q.id}`));
        if (a !== undefined) out[q.id] = a;
      });
      return out;
    };
    const all = [...byId.values()];
    const perMember = all.filter((q) => q.scope === 'member');
    const invited = g.members.filter((m) => !m.plusOne);
    if (!invited.length) {
      return recordReply(this.event.id, g.id, { attending: value('attending'), answers: answersOf('answers', all) });
    }
    const plusOnes = [];
    for (let j = 0; j < g.plusOnesAllowed; j++) {
      const name = value(`plusOnes[${j}].name`);
      if (name) plusOnes.push({ name, attending: value(`plusOnes[${j}].attending`), answers: answersOf(`plusOnes[${j}].answers`, perMember) });
    }
    return recordReply(this.event.id, g.id, {
      members: invited.map((m, i) => ({ id: m.id, attending: value(`members[${i}].attending`), answers: answersOf(`members[${i}].answers`, perMember) })),
      plusOnes,
      answers: answersOf('answers', all.filter((q) => q.scope === 'household')),
    });
  }
}
customElements.define('usher-reply-form', ReplyForm);
