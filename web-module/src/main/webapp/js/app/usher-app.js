import { html, nothing } from 'lit';
import { UsherElement } from './usher-element.js';
import { currentRoute, href } from './router.js';
import { session } from '../auth/session.js';
import { isCallback, completeSignIn, endSessionUrl } from '../auth/oidc.js';
import { getConsoleConfig, getMe } from '../identity/me-api.js';
import '../platform/problem-view.js';
import '../auth/sign-in-page.js';
import '../events/events-page.js';
import '../events/event-page.js';
import '../jobs/jobs-page.js';
import '../jobs/job-page.js';
import { loadModule } from './lazy-module.js';

// Pages loaded when first shown (see lazy-module.js): route name -> module.
const LAZY_PAGES = {
  invitations: new URL('../invitations/official-invitations-page.js', import.meta.url).href,
  invitation: new URL('../invitations/invitation-page.js', import.meta.url).href,
  station: new URL('../station/station-page.js', import.meta.url).href,
};

/**
 * The console's shell: loads the public settings, finishes an OIDC sign-in coming back from
 * the provider, asks who the caller is (GET /api/me), and shows the page of the current route
 * under a header with the caller's e-mail, global roles and sign-out.
 */
export class UsherApp extends UsherElement {
  static properties = {
    config: { state: true }, me: { state: true }, route: { state: true }, error: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.route = currentRoute();
    this.onHash = () => {
      const before = this.route;
      this.route = currentRoute();
      // A new page gets focus on its heading; switching sections of the same event, or a page's
      // filters, keeps it where it was.
      this.focusPending = before.name !== this.route.name || before.params.eventId !== this.route.params.eventId
        || before.params.executionId !== this.route.params.executionId;
    };
    window.addEventListener('hashchange', this.onHash);
    this.offSession = session.onChange(() => this.loadMe());
    this.start();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHash);
    this.offSession();
    super.disconnectedCallback();
  }

  async start() {
    try {
      this.config = await getConsoleConfig();
      if (this.config.signIn === 'oidc' && isCallback()) {
        session.start(await completeSignIn(this.config.oidc));
        this.route = currentRoute();
        return;
      }
    } catch (e) {
      this.error = e;
    }
    await this.loadMe();
  }

  async loadMe() {
    this.me = null;
    if (!session.token()) return;
    try {
      this.me = await getMe();
      this.error = null;
      this.focusPending = true;
    } catch (e) {
      if (session.token()) this.error = e;
    }
  }

  signOut() {
    const ending = session.current();
    session.end();
    const away = this.config && this.config.oidc && ending ? endSessionUrl(this.config.oidc, ending.endSessionUrl) : null;
    if (away) location.assign(away);
  }

  updated() {
    document.title = this.pageTitle();
    if (this.focusPending) {
      const heading = this.querySelector('main h1');
      if (heading) {
        this.focusPending = false;
        heading.focus();
      }
    }
  }

  pageTitle() {
    return this.me ? 'Usher' : 'Sign in · Usher';
  }

  render() {
    return html`<a class="skip-link" href="#main" @click=${this.skip}>Skip to content</a>
      <header class="top-bar">
        <a class="brand" href=${href('/events')}>Usher</a>
        ${this.me ? this.nav() : nothing}
      </header>
      <main id="main" tabindex="-1">
        ${this.config && !session.token() ? nothing : html`<usher-problem .error=${this.error}></usher-problem>`}
        ${this.page()}
      </main>`;
  }

  skip(event) {
    event.preventDefault();
    this.querySelector('main').focus();
  }

  nav() {
    const roles = (this.me.roles || []).filter((r) => r !== 'user');
    // Event admins and editors reach the jobs of their events from the event page.
    const operator = roles.includes('batch-operator');
    return html`<nav aria-label="Main">
        <a href=${href('/events')} aria-current=${this.route.name.startsWith('event') ? 'page' : nothing}>Events</a>
        ${operator ? html`<a id="nav-jobs" href=${href('/jobs')}
          aria-current=${this.route.name.startsWith('job') ? 'page' : nothing}>Jobs</a>` : nothing}
        ${roles.includes('super-admin') ? html`<a href=${href('/invitations')} id="nav-invitations"
          aria-current=${this.route.name.startsWith('invitation') ? 'page' : nothing}>Official invitations</a>` : nothing}
        <a href=${href('/station')} id="nav-station" aria-current=${this.route.name === 'station' ? 'page' : nothing}>Station</a>
      </nav>
      <div class="who">
        <span class="email" id="me-email">${this.me.email}</span>
        <span class="roles" role="group" aria-label="Global roles">${roles.map((r) => html`<span class="badge">${r}</span>`)}</span>
        <button class="link" id="sign-out" @click=${this.signOut}>Sign out</button>
      </div>`;
  }

  page() {
    if (!this.config) return this.error ? nothing : html`<p class="muted">Loading…</p>`;
    if (!session.token()) return html`<usher-sign-in-page .config=${this.config} .error=${this.error}></usher-sign-in-page>`;
    if (!this.me) return html`<p class="muted">Loading…</p>`;
    const { name, params, query } = this.route;
    if (LAZY_PAGES[name]) loadModule(LAZY_PAGES[name]).catch((e) => { this.error = e; });
    switch (name) {
      case 'events':
        return html`<usher-events-page .me=${this.me}></usher-events-page>`;
      case 'event':
        return html`<usher-event-page .me=${this.me} .eventId=${params.eventId} .tab=${params.tab || 'guests'}></usher-event-page>`;
      case 'jobs':
        return html`<usher-jobs-page .me=${this.me} .query=${query}></usher-jobs-page>`;
      case 'job':
        return html`<usher-job-page .executionId=${params.executionId}></usher-job-page>`;
      case 'invitations':
        return html`<usher-official-invitations-page .me=${this.me}></usher-official-invitations-page>`;
      case 'invitation':
        return html`<usher-invitation-page .invitationId=${params.invitationId}></usher-invitation-page>`;
      case 'station':
        return html`<usher-station-page></usher-station-page>`;
      default:
        return html`<h1 tabindex="-1">Not found</h1><p>There is no page at ${params.path}. <a href=${href('/events')}>Back to your events</a>.</p>`;
    }
  }
}
customElements.define('usher-app', UsherApp);
