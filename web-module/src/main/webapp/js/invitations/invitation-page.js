import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { LiveNotice } from '../platform/live-notice.js';
import { href } from '../app/router.js';
import { instantFrom, localInput, moment } from '../platform/format.js';
import { changeExpiry, getInvitation, resendInvitation, revokeInvitation } from './invitations-api.js';
import { seatsText, statusBadge } from './invitation-status.js';
import { confirmRevoke, revokedNotice } from './invitation-notices.js';
import './qr-image.js';
import '../platform/problem-view.js';

/** One invitation (super-admins): its details, the QR code, every scan of it; its expiry, resend and revoke. */
export class InvitationPage extends UsherElement {
  static properties = {
    invitationId: { attribute: false }, details: { state: true }, error: { state: true }, busy: { state: true },
  };

  notice = new LiveNotice(this);

  willUpdate(changed) {
    if (changed.has('invitationId')) this.load();
  }

  async load() {
    try {
      this.details = await getInvitation(this.invitationId);
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  async resend() {
    this.busy = true;
    try {
      const until = this.querySelector('#inv-renew-until')?.value;
      const after = await resendInvitation(this.invitationId, until ? { expiresAt: new Date(until).toISOString() } : undefined);
      this.notice.say(after.status === 'failed' ? `Sending failed: ${after.failureReason || 'the mail server refused it'}.`
        : `Sent again to ${after.email}.`);
      await this.load();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  /** A new expiry (or none) without sending anything: e.g. a code that lapsed before a late guest came. */
  async saveExpiry(event) {
    event.preventDefault();
    this.busy = true;
    try {
      const after = await changeExpiry(this.invitationId, instantFrom(event.target.elements.expiresAt.value));
      this.notice.say(after.expiresAt ? `The code now admits until ${moment(after.expiresAt)}.` : 'The code no longer expires.');
      this.error = null;
      await this.load();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  async revoke() {
    const inv = this.details.invitation;
    if (!confirmRevoke(inv)) return;
    this.busy = true;
    try {
      await revokeInvitation(inv.id);
      this.notice.say(revokedNotice(inv));
      await this.load();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const back = html`<p class="crumbs"><a href=${href('/invitations')}>Official invitations</a></p>`;
    if (!this.details) {
      return html`${back}<h1 tabindex="-1">${this.error ? 'Invitation not available' : 'Loading…'}</h1>
        <usher-problem .error=${this.error}></usher-problem>`;
    }
    const { invitation: i, scans } = this.details;
    const revoked = i.status === 'revoked';
    return html`${back}
      <div class="page-head">
        <div><h1 tabindex="-1">${i.number} · ${i.recipientName}</h1>
          <p class="muted">Status: <span id="inv-status">${statusBadge(i.status)}</span></p></div>
        ${revoked ? nothing : html`<div class="actions">
          <div class="field inv-renew">
            <label for="inv-renew-until">Renew the code until (optional)</label>
            <input id="inv-renew-until" type="datetime-local" aria-describedby="inv-renew-hint">
            <p class="hint" id="inv-renew-hint">In your own time zone; empty: a resend keeps the expiry as it is</p>
          </div>
          <button id="inv-resend" ?disabled=${this.busy} @click=${this.resend}>Resend e-mail</button>
          <button id="inv-revoke" class="danger" ?disabled=${this.busy} @click=${this.revoke}>Revoke</button>
        </div>`}
      </div>
      <usher-problem .error=${this.error}></usher-problem>
      <p class="live-status notice-live" role="status" aria-live="polite">${this.notice.view()}</p>
      <div class="inv-details">
        <section class="card" aria-labelledby="inv-facts">
          <h2 id="inv-facts">Details</h2>
          <dl class="facts">
            <dt>E-mail</dt><dd id="inv-email">${i.email}</dd>
            ${i.phone ? html`<dt>Phone</dt><dd>${i.phone}</dd>` : nothing}
            <dt>Event</dt><dd>${i.eventId ? html`<a href=${href(`/events/${i.eventId}`)}>${i.eventName}</a>` : 'General invitation'}</dd>
            <dt>Type</dt><dd>${i.type}</dd>
            <dt>Seats</dt><dd id="inv-seats">${i.seatsAdmitted} of ${seatsText(i.seats)} used</dd>
            ${i.customMessage ? html`<dt>Message</dt><dd class="pre">${i.customMessage}</dd>` : nothing}
            <dt>Created</dt><dd>${moment(i.createdAt)}</dd>
            <dt>Sent</dt><dd>${moment(i.sentAt) || '—'}</dd>
            <dt>Opened</dt><dd>${moment(i.openedAt) || '—'}</dd>
            <dt>First scanned</dt><dd>${moment(i.scannedAt) || '—'}</dd>
            <dt>Expires</dt><dd id="inv-expires">${i.expiresAt ? html`${moment(i.expiresAt)}${Date.parse(i.expiresAt) <= Date.now()
              ? html` <span class="badge inv-revoked">expired</span>` : nothing}` : 'Never'}</dd>
            ${i.failureReason ? html`<dt>Last failure</dt><dd class="field-error">${i.failureReason}</dd>` : nothing}
            ${i.revokedAt ? html`<dt>Revoked</dt><dd id="inv-revoked-at">${moment(i.revokedAt)}</dd>` : nothing}
          </dl>
          ${revoked ? nothing : html`<form id="inv-expiry-form" class="inline-form" novalidate @submit=${this.saveExpiry}>
            <div class="field">
              <label for="inv-expiry">Code valid until</label>
              <input id="inv-expiry" name="expiresAt" type="datetime-local" .value=${localInput(i.expiresAt)}
                aria-describedby="inv-expiry-hint">
              <p class="hint" id="inv-expiry-hint">In your own time zone; empty: never. Saving sends nothing.</p>
            </div>
            <button type="submit" id="inv-expiry-save" ?disabled=${this.busy}>Save expiry</button>
          </form>`}
        </section>
        <section class="card" aria-labelledby="inv-qr-title">
          <h2 id="inv-qr-title">QR code</h2>
          <usher-qr-image .invitationId=${i.id} .label=${`QR code of invitation ${i.number}`}></usher-qr-image>
          ${revoked ? html`<p class="notice">Revoked: this code no longer admits anyone.</p>` : nothing}
        </section>
      </div>
      <h2>Scans</h2>
      ${scans.length ? html`<div class="table-wrap"><table class="scans">
        <caption class="visually-hidden">Every scan of ${i.number}, oldest first</caption>
        <thead><tr><th scope="col">When</th><th scope="col">Station</th><th scope="col">Outcome</th>
          <th scope="col">Seats admitted</th><th scope="col">Seats left</th></tr></thead>
        <tbody>${scans.map((s) => html`<tr data-scan-id=${s.id}>
          <td data-label="When">${moment(s.scannedAt)}</td>
          <td data-label="Station">${s.station}</td>
          <td data-label="Outcome" class="scan-outcome">${s.outcome}${s.revertedAt ? html` <span class="badge">undone</span>` : nothing}</td>
          <td data-label="Seats admitted">${s.seatsAdmitted}</td>
          <td data-label="Seats left">${s.seatsLeft ?? ''}</td></tr>`)}</tbody>
      </table></div>` : html`<p id="inv-no-scans">Not scanned yet.</p>`}`;
  }
}
customElements.define('usher-invitation-page', InvitationPage);
