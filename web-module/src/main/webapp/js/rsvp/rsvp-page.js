import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { api } from '../platform/api.js';
import { applyLanguage, browserLanguage, loadTexts } from './texts.js';

const PRESELECTABLE = ['yes', 'no', 'maybe'];

/**
 * The guest's RSVP page, opened as {PUBLIC_BASE_URL}/rsvp.html#<token> (the token in the fragment
 * never reaches a server log), optionally with ?answer=yes|no|maybe preselecting the answer (the
 * e-mail's buttons). It reads GET /api/public/rsvp/{token} and answers with PUT on the same path.
 * No sign-in; the page speaks the event's language (texts from the server, Hebrew right to left).
 *
 * The answer form is a list of sections, each rendering its fieldset and adding its part of the
 * reply (see `sections()`): household members and questions are further sections.
 */
export class RsvpPage extends UsherElement {
  static properties = {
    view: { state: true }, linkProblem: { state: true }, error: { state: true },
    choice: { state: true }, phone: { state: true }, email: { state: true },
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
    const preselected = this.preselected && view.answers.includes(this.preselected) ? this.preselected : null;
    this.choice = preselected || view.answer || null;
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

  /** The form's sections, in order: each renders a fieldset and writes its members of the reply. */
  sections() {
    return [
      { render: () => this.answerSection(), collect: (reply) => { reply.answer = this.choice; } },
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
    if (!this.choice) {
      this.error = { local: true, errors: [{ field: 'answer', message: this.t('form.chooseAnswer') }] };
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

  fieldErrors(field) {
    return ((this.error && this.error.errors) || []).filter((e) => e.field === field).map((e) => e.message);
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
      <p>${v.contact ? t('deadline.contact', { contact: v.contact }) : t('deadline.contactNone')}</p>
    </section>`;
  }

  form() {
    const t = this.t;
    return html`<form class="card rsvp-form" id="rsvp-form" novalidate @submit=${(e) => this.submit(e)}>
      ${this.sections().map((section) => section.render())}
      ${this.error && !this.error.local && !(this.error.errors || []).length
        ? html`<p class="problem" id="rsvp-error" role="alert" tabindex="-1">${t(this.error.status === 429 ? 'error.tooMany' : 'error.general')}</p>`
        : nothing}
      <div class="rsvp-actions">
        <button type="submit" class="primary" id="rsvp-save" ?disabled=${this.saving}>${t(this.saving ? 'form.saving' : 'form.save')}</button>
      </div>
      <p class="rsvp-saved" id="rsvp-saved" role="status" tabindex="-1">${this.saved ? t('form.saved') : ''}</p>
    </form>`;
  }

  answerSection() {
    const t = this.t;
    const errors = this.fieldErrors('answer');
    return html`<fieldset class="rsvp-answer ${errors.length ? 'has-error' : ''}" aria-describedby=${errors.length ? 'rsvp-answer-error' : nothing}>
      <legend>${t('answer.legend')}</legend>
      ${this.view.answers.map((answer) => html`<label class="rsvp-choice" for="rsvp-answer-${answer}">
        <input type="radio" name="answer" id="rsvp-answer-${answer}" .value=${answer} .checked=${this.choice === answer}
          aria-invalid=${errors.length ? 'true' : 'false'}
          @change=${() => { this.choice = answer; }}>
        <span>${t(`answer.${answer}`)}</span>
      </label>`)}
      ${errors.length ? html`<p class="field-error" id="rsvp-answer-error">${errors.join(' ')}</p>` : nothing}
    </fieldset>`;
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
    const errors = this.fieldErrors(name);
    const describedBy = errors.length ? `rsvp-contact-help rsvp-${name}-error` : 'rsvp-contact-help';
    return html`<div class="field ${errors.length ? 'has-error' : ''}">
      <label for="rsvp-${name}">${label}</label>
      <input id="rsvp-${name}" name=${name} type=${type} dir="ltr" autocomplete=${name === 'phone' ? 'tel' : 'email'}
        .value=${value} aria-invalid=${errors.length ? 'true' : 'false'} aria-describedby=${describedBy}
        @input=${(e) => set(e.target.value)}>
      ${errors.length ? html`<p class="field-error" id="rsvp-${name}-error">${errors.join(' ')}</p>` : nothing}
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
