import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { field, focusFirstError } from '../platform/fields.js';
import { session } from './session.js';
import { beginSignIn } from './oidc.js';
import { devSignIn } from './dev-sign-in.js';
import '../platform/problem-view.js';

const GROUPS = [
  { value: 'super-admin', label: 'super-admin (official invitations)' },
  { value: 'scanner', label: 'scanner (scanning stations)' },
  { value: 'batch-operator', label: 'batch-operator (jobs)' },
];

/**
 * The sign-in page: the organization's provider when one is configured, else the development
 * sign-in (any e-mail, chosen groups), else a notice that no sign-in is set up.
 */
export class SignInPage extends UsherElement {
  static properties = { config: { attribute: false }, error: { attribute: false }, busy: { state: true } };

  render() {
    const reason = session.endReason();
    return html`<section class="sign-in card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabindex="-1">Sign in to Usher</h1>
      ${reason ? html`<p class="notice" role="status">${reason}</p>` : nothing}
      <usher-problem .error=${this.error} .shownFields=${['email', 'groups']}></usher-problem>
      ${this.config.signIn === 'oidc' ? this.oidc() : this.config.signIn === 'dev' ? this.dev() : this.none()}
    </section>`;
  }

  oidc() {
    return html`<p>Use your organization's account.</p>
      <button class="primary" id="oidc-sign-in" ?disabled=${this.busy} @click=${this.startOidc}>Sign in with your organization</button>`;
  }

  dev() {
    const groupErrors = this.error ? this.error.fieldMessages('groups') : [];
    return html`<p class="notice">Development sign-in: no identity provider is configured, so Usher signs its own
      tokens. Never use this in production.</p>
      <form id="dev-sign-in" @submit=${this.startDev} novalidate>
        ${field({ id: 'dev-email', name: 'email', label: 'E-mail', kind: 'email', required: true, error: this.error, attrs: { autocomplete: 'email' } })}
        <fieldset class="field ${groupErrors.length ? 'has-error' : ''}">
          <legend>Global roles</legend>
          ${GROUPS.map((g) => html`<label class="check"><input type="checkbox" name="groups" value=${g.value}> ${g.label}</label>`)}
          ${groupErrors.length ? html`<p class="field-error">${groupErrors.join('; ')}</p>` : nothing}
        </fieldset>
        <button class="primary" type="submit" ?disabled=${this.busy}>Sign in</button>
      </form>`;
  }

  none() {
    return html`<p>No sign-in is available: the server has no identity provider configured (USHER_OIDC_ISSUER) and its
      development issuer is off or does not answer this address.</p>`;
  }

  async startOidc() {
    this.busy = true;
    this.error = null;
    try {
      await beginSignIn(this.config.oidc, location.hash && location.hash !== '#' ? location.hash : '#/events');
    } catch (e) {
      this.error = e;
      this.busy = false;
    }
  }

  async startDev(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    this.busy = true;
    this.error = null;
    try {
      session.start(await devSignIn(String(data.get('email') || '').trim(), data.getAll('groups')));
    } catch (e) {
      this.error = e;
      await this.updateComplete;
      focusFirstError(this);
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('usher-sign-in-page', SignInPage);
