import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { field } from '../platform/fields.js';
import { formAction } from '../platform/form-action.js';
import { moment } from '../platform/format.js';
import { LiveNotice } from '../platform/live-notice.js';
import { pager } from '../platform/pager.js';
import { DIGEST_MODES, getActivity, getMyDigest, getNewerActivity, setMyDigest } from './activity-api.js';
import '../platform/problem-view.js';

const POLL_MS = 5000;
const LIMIT = 25;
const ANSWER = { confirmed: 'attending', declined: 'not attending', invited: 'not answered' };
const SOURCE = { web: 'RSVP page', whatsapp: 'WhatsApp', organizer: 'Organizer' };

/**
 * The event's Activity section (every member): RSVP changes newest first, a page at a time. While
 * the first page is shown it asks every few seconds for the changes newer than its newest one
 * (usually none) and puts them on top, announced; older pages stay as they are. Below, the
 * member's own digest e-mail choice for this event.
 */
export class ActivityPanel extends UsherElement {
  static properties = {
    event: { attribute: false }, page: { state: true }, error: { state: true }, digest: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.notice = new LiveNotice(this);
  }

  willUpdate(changed) {
    if (changed.has('event') && this.event) {
      this.load(0);
      getMyDigest(this.event.id).then((d) => { this.digest = d.mode; }, (e) => { this.error = e; });
    }
  }

  connectedCallback() {
    super.connectedCallback();
    this.timer = setInterval(() => this.poll(), POLL_MS);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  async load(skip) {
    try {
      this.page = await getActivity(this.event.id, skip, LIMIT);
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  async poll() {
    const page = this.page;
    if (!page || page.skip !== 0 || this.polling) return;
    this.polling = true;
    try {
      if (!page.newest) {
        if (page.total === 0) await this.load(0);
        if (this.page.total > 0) this.notice.say(`${this.page.total} new RSVP change${this.page.total === 1 ? '' : 's'}.`);
        return;
      }
      const newer = await getNewerActivity(this.event.id, page.newest);
      if (this.page !== page || !newer.items.length) return;
      const items = [...newer.items, ...page.items].slice(0, page.limit);
      this.page = { ...page, items, total: page.total + newer.items.length, newest: newer.newest };
      this.notice.say(`${newer.items.length} new RSVP change${newer.items.length === 1 ? '' : 's'}.`);
    } catch (e) {
      this.error = e;
    } finally {
      this.polling = false;
    }
  }

  chooseDigest(event) {
    event.preventDefault();
    const form = event.target;
    const mode = new FormData(form).get('mode');
    formAction(this, form, async () => {
      this.digest = (await setMyDigest(this.event.id, mode)).mode;
      return mode === 'off' ? 'You will get no digest e-mail for this event.' : 'Your digest choice is saved.';
    });
  }

  render() {
    return html`<h2>Activity</h2>
      <usher-problem .error=${this.error} .shownFields=${['mode']}></usher-problem>
      <p class="live-status" role="status" aria-live="polite">${this.notice.view()}</p>
      ${this.page ? this.list(this.page) : html`<p>Loading…</p>`}
      ${this.digest ? this.digestForm() : nothing}`;
  }

  list(page) {
    if (!page.total) return html`<p class="muted" id="activity-none">No RSVP changes yet.</p>`;
    return html`<ol class="activity" id="activity-list" aria-label="RSVP changes, newest first">
        ${page.items.map((c) => html`<li class="activity-item" data-change-id=${c.id}>
          <p><strong>${c.guestName}</strong>: ${ANSWER[c.to]} <span class="muted">(was ${ANSWER[c.from]})</span></p>
          <p class="muted"><span class="activity-source">${SOURCE[c.source] || c.source}</span>
            · <time datetime=${c.changedAt}>${moment(c.changedAt)}</time>${c.evidence ? html` · ${c.evidence}` : nothing}</p>
        </li>`)}
      </ol>
      ${pager({ page, id: 'activity', noun: 'changes', go: ({ skip }) => this.load(skip ?? 0) })}`;
  }

  digestForm() {
    return html`<form id="digest-form" class="inline-form" novalidate @submit=${this.chooseDigest} aria-labelledby="digest-title">
      <h3 id="digest-title">E-mail me these changes</h3>
      <div class="row">
        ${field({ id: 'digest-mode', name: 'mode', label: 'Digest', kind: 'select', value: this.digest, error: this.error,
          options: DIGEST_MODES, hint: 'Only for you, for this event' })}
        <button type="submit" class="primary" id="digest-save" ?disabled=${this.busy}>Save</button>
      </div>
    </form>`;
  }
}
customElements.define('usher-activity-panel', ActivityPanel);
