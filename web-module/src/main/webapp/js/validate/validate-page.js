import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { api } from '../platform/api.js';
import { day, moment } from '../platform/format.js';
import '../platform/problem-view.js';

const WHY_NOT = {
  revoked: 'This invitation was revoked.',
  scanned: 'This invitation has already been used at the door.',
};

const EXPIRED = 'This invitation has expired. The organizer can send it again to renew it.';

/**
 * The public page a phone camera opens from an invitation's QR code
 * ({PUBLIC_BASE_URL}/validate-invitation?token=...): whether the invitation is valid, for whom
 * (first name) and for which event. It only looks (GET /api/validate-invitation/{token}); the
 * code is used up at the door, by a scanning station, not here. No sign-in.
 */
export class ValidatePage extends UsherElement {
  static properties = { check: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.token = new URLSearchParams(location.search).get('token');
    if (this.token) this.load();
  }

  async load() {
    try {
      this.check = await api('GET', `/validate-invitation/${encodeURIComponent(this.token)}`, { anonymous: true });
    } catch (e) {
      this.error = e;
    }
  }

  render() {
    return html`<header class="top-bar"><span class="brand">Usher</span></header>
      <main id="main" class="validate">
        <h1>Invitation check</h1>
        ${this.body()}
        <p class="muted small">Checking here does not use the invitation: show the QR code at the entrance.</p>
      </main>`;
  }

  body() {
    if (!this.token) return html`<p class="problem" role="alert">This link has no invitation code.</p>`;
    if (this.error) return html`<usher-problem .error=${this.error}></usher-problem>`;
    if (!this.check) return html`<p class="muted" role="status">Checking…</p>`;
    const c = this.check;
    const when = [day(c.eventDate), c.eventStartTime ? c.eventStartTime.slice(0, 5) : ''].filter(Boolean).join(' · ');
    return html`<div class="card validate-result ${c.valid ? 'valid' : 'not-valid'}" id="validate-result" role="status">
      <p class="validate-word" id="validate-word">${c.valid ? '✓ Valid invitation' : '✕ Not valid'}</p>
      ${c.firstName ? html`<p>For <strong id="validate-name">${c.firstName}</strong></p>` : nothing}
      ${c.eventName ? html`<dl class="facts">
        <dt>Event</dt><dd id="validate-event">${c.eventName}</dd>
        ${when ? html`<dt>When</dt><dd>${when}${c.eventTimeZone ? html` <span class="muted">(${c.eventTimeZone})</span>` : nothing}</dd>` : nothing}
        ${c.venue ? html`<dt>Where</dt><dd>${c.venue}</dd>` : nothing}
      </dl>` : nothing}
      ${c.valid && c.expiresAt ? html`<p id="validate-expiry">Valid until ${moment(c.expiresAt)}</p>` : nothing}
      ${c.valid ? nothing : html`<p id="validate-reason">${c.outcome === 'expired' ? EXPIRED
        : WHY_NOT[c.status] || (c.status ? `Status: ${c.status}.` : 'No invitation has this code.')}</p>`}
    </div>`;
  }
}
customElements.define('usher-validate-page', ValidatePage);
