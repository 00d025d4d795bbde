import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { api } from '../platform/api.js';
import { applyLanguage, browserLanguage, loadTexts } from './texts.js';
import { anyoneComes, draftOf, missingAnswers, placeOf, replyOf } from './rsvp-draft.js';
import { questionControl } from './rsvp-questions.js';

const PRESELECTABLE = ['yes', 'no', 'maybe'];

/**
 * The guest's RSVP page, opened as {PUBLIC_BASE_URL}/rsvp.html#<token> (the token in the fragment
 * never reaches a server log), optionally with ?answer=yes|no|maybe preselecting the answer (the
 * e-mail's buttons). It reads GET /api/public/rsvp/{token} and answers with PUT on the same path.
 * No sign-in; the page speaks the event's language (texts from the server, Hebrew right to left).
 *
 * The guest answers for the party (a guest without members) or for each member invited by name,
 * names the plus-ones they bring, and answers the event's questions: those asked per member of each
 * one who comes, the household's once (see rsvp-draft.js). The answer form is a list of sections,
 * each rendering its fieldsets and adding its part of the reply (see `sections()`). Field errors,
 * the server's or the page's own, are shown beside their control in the page's language.
 */
export class RsvpPage extends UsherElement {
  static properties = {
    view: { state: true }, linkProblem: { state: true }, error: { state: true },
    draft: { state: true }, phone: { state: true }, email: { state: true },
    saving: { state: true }, saved: { state: true }, t: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.token = decodeURIComponent(location.hash.replace(/^#/, ''));
    const wanted = new URLSearchParams(location.search).get('answer');
    this.preselected = PRESELECTABLE.includes(wanted) ? wanted : null;
    this.load();
  }

  async load() {
    if (!this.token) {
      await this.showLinkProblem({ revoked: false });
      return;
    }
    try {
      this.show(await api('GET', `/public/rsvp/${encodeURIComponent(this.token)}`, { anonymous: true }));
      this.t = await loadTexts(this.view.language);
      document.title = `${this.t('page.title')} · ${this.view.eventName}`;
    } catch (e) {
      if (e.status === 404) await this.showLinkProblem(e.problem);
      else await this.showError(e);
    }
  }

  show(view) {
    this.view = view;
    applyLanguage(view.language, view.direction);
    const preselected = this.preselected && view.choices.includes(this.preselected) ? this.preselected : null;
    this.draft = draftOf(view, preselected);
    this.slots = [];
    this.phone = view.phone || '';
    this.email = view.email || '';
  }

  async showLinkProblem(problem) {
    this.t = await loadTexts(browserLanguage());
    this.linkProblem = { revoked: problem && problem.revoked === true };
  }

  async showError(e) {
    if (!this.t) this.t = await loadTexts(browserLanguage());
    this.error = e;
  }

  /** The form's sections, in order: each renders its fieldsets and writes its members of the reply. */
  sections() {
    return [
      { render: () => this.answerSection(), collect: (reply) => {
        const { reply: answer, slots } = replyOf(this.view, this.draft);
        Object.assign(reply, answer);
        this.slots = slots;
      } },
      { render: () => this.contactSection(), collect: (reply) => {
        reply.phone = this.phone.trim() || null;
        reply.email = this.email.trim() || null;
      } },
    ];
  }

  async submit(event) {
    event.preventDefault();
    this.saved = false;
    this.error = null;
    const missing = missingAnswers(this.draft);
    if (missing.length) {
      this.error = { local: true, errors: missing };
      this.focusFirstError();
      return;
    }
    const reply = {};
    this.sections().forEach((section) => section.collect(reply));
    this.saving = true;
    try {
      this.show(await api('PUT', `/public/rsvp/${encodeURIComponent(this.token)}`, { body: reply, anonymous: true }));
      this.saved = true;
      await this.updateComplete;
      this.querySelector('#rsvp-saved')?.focus();
    } catch (e) {
      if (e.status === 409) {
        await this.load(); // closed meanwhile: the page says so
      } else if (e.status === 404) {
        await this.showLinkProblem(e.problem);
      } else {
        this.error = e;
        this.focusFirstError();
      }
    } finally {
      this.saving = false;
    }
  }

  async focusFirstError() {
    await this.updateComplete;
    (this.querySelector('[aria-invalid="true"]') || this.querySelector('#rsvp-error'))?.focus();
  }

  /** The field errors as the page shows them: by the id of their control (null: the form's), in the page's language. */
  faults() {
    const errors = (this.error && this.error.errors) || [];
    return errors.map((e) => {
      const place = placeOf(e, this.view, this.draft, this.slots || []);
      return { id: place.id, text: this.t(place.key, place.words) };
    });
  }

  /** The message shown beside the control `id`, or ''. */
  faultAt(id) {
    return [...new Set(this.faults().filter((f) => f.id === id).map((f) => f.text))].join(' ');
  }

  changed() {
    this.requestUpdate();
  }

  render() {
    return html`<main id="main" class="rsvp">${this.body()}</main>`;
  }

  body() {
    const t = this.t;
    if (!t) return html`<p class="muted" role="status">…</p>`;
    if (this.linkProblem) {
      const revoked = this.linkProblem.revoked;
      return html`<div class="card rsvp-problem" id="rsvp-link-problem" role="alert">
        <h1>${t(revoked ? 'link.revoked' : 'link.invalid')}</h1>
        <p>${t(revoked ? 'link.revokedHelp' : 'link.invalidHelp')}</p>
      </div>`;
    }
    if (!this.view) return this.generalError();
    const v = this.view;
    return html`
      <header class="rsvp-head">
        <p class="rsvp-greeting">${t('page.greeting', { name: v.firstName })} ${t('page.invited')}</p>
        <h1 id="rsvp-event">${v.eventName}</h1>
      </header>
      ${this.facts()}
      ${v.open ? this.form() : this.closed()}`;
  }

  generalError() {
    if (!this.error) return html`<p class="muted" role="status">${this.t('page.loading')}</p>`;
    return html`<p class="problem" id="rsvp-error" role="alert" tabindex="-1">${this.t(this.error.status === 429 ? 'error.tooMany' : 'error.general')}</p>`;
  }

  facts() {
    const t = this.t;
    const v = this.view;
    const when = [this.day(v.date), v.startTime ? v.startTime.slice(0, 5) : ''].filter(Boolean).join(' · ');
    return html`<section class="card rsvp-facts" aria-labelledby="rsvp-event">
      <dl class="facts">
        ${when ? html`<dt>${t('event.when')}</dt><dd id="rsvp-when">${when}${v.timeZone ? html` <span class="muted">(${v.timeZone})</span>` : nothing}</dd>` : nothing}
        ${v.venue ? html`<dt>${t('event.where')}</dt><dd id="rsvp-venue">${v.venue}
          <br><a id="rsvp-map" href=${v.mapUrl} target="_blank" rel="noopener noreferrer">${t('event.map')}</a></dd>` : nothing}
      </dl>
      ${v.message ? html`<h2 class="rsvp-message-heading">${t('event.message')}</h2><p class="rsvp-message" id="rsvp-message">${v.message}</p>` : nothing}
      ${v.deadline && v.open ? html`<p id="rsvp-deadline">${t('deadline.open', { deadline: this.instant(v.deadline) })}</p>` : nothing}
    </section>`;
  }

  closed() {
    const t = this.t;
    const v = this.view;
    return html`<section class="card rsvp-closed" id="rsvp-closed" role="status">
      <h2>${t('deadline.closed')}</h2>
      <p>${v.answer ? t('answer.current', { answer: t(`answer.${v.answer}`) }) : t('answer.none')}</p>
      ${v.members.length ? html`<ul id="rsvp-closed-members">${v.members.map((m) => html`<li>${m.name}: ${t(m.attending ? `member.${m.attending}` : 'member.none')}</li>`)}</ul>` : nothing}
      <p>${v.contact ? t('deadline.contact', { contact: v.contact }) : t('deadline.contactNone')}</p>
    </section>`;
  }

  form() {
    const t = this.t;
    return html`<form class="card rsvp-form" id="rsvp-form" novalidate @submit=${(e) => this.submit(e)}>
      ${this.sections().map((section) => section.render())}
      ${this.formError()}
      <div class="rsvp-actions">
        <button type="submit" class="primary" id="rsvp-save" ?disabled=${this.saving}>${t(this.saving ? 'form.saving' : 'form.save')}</button>
      </div>
      <p class="rsvp-saved" id="rsvp-saved" role="status" tabindex="-1">${this.saved ? t('form.saved') : ''}</p>
    </form>`;
  }

  /** What the form as a whole says went wrong: a failure with no field, or faults with no control of their own. */
  formError() {
    const t = this.t;
    if (!this.error) return nothing;
    const errors = this.error.errors || [];
    if (!errors.length) {
      return html`<p class="problem" id="rsvp-error" role="alert" tabindex="-1">${t(this.error.status === 429 ? 'error.tooMany' : 'error.general')}</p>`;
    }
    const general = [...new Set(this.faults().filter((f) => !f.id || !this.querySelector(`#${f.id}`)).map((f) => f.text))];
    return html`<div class="problem" id="rsvp-error" role="alert" tabindex="-1">
      <p>${t('error.summary')}</p>
      ${general.length ? html`<ul>${general.map((text) => html`<li>${text}</li>`)}</ul>` : nothing}
    </div>`;
  }

  /** Who comes: the party's own answer, or each member's with the questions asked of those who come. */
  answerSection() {
    const v = this.view;
    const d = this.draft;
    if (!d.members.length) {
      return html`${this.choiceGroup({ id: 'rsvp-answer', legend: this.t('answer.legend'), name: 'attending',
        value: d.attending, labels: 'answer', set: (c) => { d.attending = c; },
        hint: v.partySize > 1 ? this.t('answer.party', { count: v.partySize }) : '' })}
        ${anyoneComes(d) ? this.questionsSection(v.questions, d.answers) : nothing}`;
    }
    const perMember = v.questions.filter((q) => q.scope === 'member');
    return html`<section class="rsvp-members" aria-labelledby="rsvp-members-heading">
        <h2 id="rsvp-members-heading">${this.t('members.legend')}</h2>
        <p class="hint">${this.t('members.help')}</p>
        ${d.members.map((m, i) => html`<div class="rsvp-member">
          ${this.choiceGroup({ id: `rsvp-m${i}`, legend: m.name, name: `members[${i}].attending`, value: m.attending,
            labels: 'member', set: (c) => { m.attending = c; } })}
          ${m.attending === 'yes' ? perMember.map((q) => this.question(q, `rsvp-m${i}-q${v.questions.indexOf(q)}`, m.answers)) : nothing}
        </div>`)}
      </section>
      ${anyoneComes(d) ? this.plusOnesSection(perMember) : nothing}
      ${anyoneComes(d) ? this.questionsSection(v.questions.filter((q) => q.scope === 'household'), d.answers) : nothing}`;
  }

  /** Radio buttons for one person's answer (yes, no, maybe where the event takes it). */
  choiceGroup({ id, legend, name, value, labels, set, hint = '' }) {
    const error = this.faultAt(id);
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<fieldset class="rsvp-answer ${error ? 'has-error' : ''}" id=${id} aria-describedby=${described || nothing}>
      <legend>${legend}</legend>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${this.view.choices.map((choice) => html`<label class="rsvp-choice" for="${id}-${choice}">
        <input type="radio" name=${name} id="${id}-${choice}" .value=${choice} .checked=${value === choice}
          aria-invalid=${error ? 'true' : 'false'}
          @change=${() => { set(choice); this.changed(); }}>
        <span>${this.t(`${labels}.${choice}`)}</span>
      </label>`)}
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  /** One slot per plus-one allowed: a name (blank: not brought) and, once named, the per-member questions. */
  plusOnesSection(perMember) {
    const v = this.view;
    if (!v.plusOnesAllowed) return nothing;
    const error = this.faultAt('rsvp-plus-ones');
    return html`<fieldset class="rsvp-plus-ones ${error ? 'has-error' : ''}" id="rsvp-plus-ones"
        aria-describedby="rsvp-plus-ones-help${error ? ' rsvp-plus-ones-error' : ''}">
      <legend>${this.t('plusOne.legend')}</legend>
      <p class="hint" id="rsvp-plus-ones-help">${this.t('plusOne.help', { count: v.plusOnesAllowed })}</p>
      ${this.draft.plusOnes.map((p, j) => {
        const id = `rsvp-p${j}-name`;
        const nameError = this.faultAt(id);
        return html`<div class="rsvp-member">
          <div class="field ${nameError ? 'has-error' : ''}">
            <label for=${id}>${this.t('plusOne.name', { number: j + 1 })}</label>
            <input id=${id} type="text" maxlength="100" autocomplete="off" .value=${p.name}
              aria-invalid=${nameError ? 'true' : 'false'} aria-describedby=${nameError ? `${id}-error` : nothing}
              @input=${(e) => { p.name = e.target.value; this.changed(); }}>
            ${nameError ? html`<p class="field-error" id="${id}-error">${nameError}</p>` : nothing}
          </div>
          ${p.name.trim() ? perMember.map((q) => this.question(q, `rsvp-p${j}-q${v.questions.indexOf(q)}`, p.answers)) : nothing}
        </div>`;
      })}
      ${error ? html`<p class="field-error" id="rsvp-plus-ones-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  /** The questions asked once (of the household, or of a guest without members: all of them). */
  questionsSection(questions, answers) {
    if (!questions.length) return nothing;
    const v = this.view;
    return html`<fieldset class="rsvp-questions" id="rsvp-questions">
      <legend>${this.t('questions.legend')}</legend>
      ${questions.map((q) => this.question(q, `rsvp-h-q${v.questions.indexOf(q)}`, answers))}
    </fieldset>`;
  }

  question(question, id, answers) {
    return questionControl({ t: this.t, question, id, answers, error: this.faultAt(id), changed: () => this.changed() });
  }

  contactSection() {
    const t = this.t;
    return html`<fieldset class="rsvp-contact">
      <legend>${t('contact.legend')}</legend>
      <p class="hint" id="rsvp-contact-help">${t('contact.help')}</p>
      ${this.contactField('phone', 'tel', t('contact.phone'), this.phone, (value) => { this.phone = value; })}
      ${this.contactField('email', 'email', t('contact.email'), this.email, (value) => { this.email = value; })}
    </fieldset>`;
  }

  contactField(name, type, label, value, set) {
    const error = this.faultAt(`rsvp-${name}`);
    const describedBy = error ? `rsvp-contact-help rsvp-${name}-error` : 'rsvp-contact-help';
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for="rsvp-${name}">${label}</label>
      <input id="rsvp-${name}" name=${name} type=${type} dir="ltr" autocomplete=${name === 'phone' ? 'tel' : 'email'}
        .value=${value} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy}
        @input=${(e) => set(e.target.value)}>
      ${error ? html`<p class="field-error" id="rsvp-${name}-error">${error}</p>` : nothing}
    </div>`;
  }

  day(date) {
    if (!date) return '';
    return new Intl.DateTimeFormat(this.view.language, { dateStyle: 'full', timeZone: 'UTC' })
      .format(new Date(`${date}T00:00:00Z`));
  }

  instant(value) {
    const options = { dateStyle: 'long', timeStyle: 'short' };
    if (this.view.timeZone) options.timeZone = this.view.timeZone;
    return new Intl.DateTimeFormat(this.view.language, options).format(new Date(value));
  }
}
customElements.define('usher-rsvp-page', RsvpPage);
