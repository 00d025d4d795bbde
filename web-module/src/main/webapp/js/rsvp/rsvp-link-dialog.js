import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { revokeRsvpLink, rotateRsvpLink, rsvpLink, rsvpQr } from './rsvp-links-api.js';
import '../platform/problem-view.js';

/**
 * A guest's personal RSVP link in the console (editors): the link to copy, its QR code to show or
 * print, a new link in place of it, or none. Opening it makes the link if the guest has none. A
 * modal <dialog>: focus stays inside, Esc closes, focus goes back to the button that opened it.
 */
export class RsvpLinkDialog extends UsherElement {
  static properties = {
    event: { attribute: false }, guest: { state: true }, link: { state: true }, qrUrl: { state: true },
    error: { state: true }, notice: { state: true }, busy: { state: true },
  };

  async open(guest) {
    this.opener = document.activeElement;
    this.guest = guest;
    this.link = null;
    this.notice = '';
    this.error = null;
    await this.updateComplete;
    this.querySelector('dialog').showModal();
    await this.act(() => rsvpLink(this.event.id, guest.id));
  }

  /** Runs an action that answers the link (or null: revoked), then shows it and its QR code. */
  async act(action, notice = '') {
    this.busy = true;
    this.error = null;
    try {
      this.link = await action();
      this.notice = notice;
      this.releaseQr();
      if (this.link) this.qrUrl = URL.createObjectURL(await rsvpQr(this.event.id, this.guest.id));
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  async copy() {
    const input = this.querySelector('#rsvp-link-url');
    try {
      await navigator.clipboard.writeText(this.link.url);
    } catch {
      input.select(); // no clipboard permission: selected, for Ctrl+C
    }
    this.notice = 'Link copied.';
  }

  rotate() {
    if (!confirm(`Replace ${this.guest.firstName}'s RSVP link? The old link stops working; the invitation code does not change.`)) return;
    this.act(() => rotateRsvpLink(this.event.id, this.guest.id), 'A new link was made; the old one no longer works.');
  }

  revoke() {
    if (!confirm(`Withdraw ${this.guest.firstName}'s RSVP link? Its page will say it was revoked.`)) return;
    this.act(async () => { await revokeRsvpLink(this.event.id, this.guest.id); return null; }, 'The link was withdrawn.');
  }

  close() {
    this.querySelector('dialog').close();
  }

  onClose() {
    this.releaseQr();
    if (this.opener && this.opener.isConnected) this.opener.focus();
  }

  releaseQr() {
    if (this.qrUrl) URL.revokeObjectURL(this.qrUrl);
    this.qrUrl = null;
  }

  disconnectedCallback() {
    this.releaseQr();
    super.disconnectedCallback();
  }

  render() {
    const g = this.guest;
    return html`<dialog aria-labelledby="rsvp-link-title" @close=${this.onClose}>
      <h2 id="rsvp-link-title">RSVP link${g ? html` of ${g.firstName}` : nothing}</h2>
      <p class="hint">Whoever has this link can answer and change ${g ? g.firstName : 'the guest'}'s contact details. Send it to the guest only.</p>
      <usher-problem .error=${this.error}></usher-problem>
      ${this.link ? html`
        <div class="field"><label for="rsvp-link-url">Link</label>
          <input id="rsvp-link-url" readonly .value=${this.link.url} @focus=${(e) => e.target.select()}></div>
        ${this.qrUrl ? html`<figure class="qr">
          <img id="rsvp-link-qr" src=${this.qrUrl} alt="QR code of ${g.firstName}'s RSVP link" width="200" height="200">
          <figcaption><a href=${this.qrUrl} download="rsvp-qr.png">Download the QR code (PNG)</a></figcaption>
        </figure>` : nothing}` : this.busy ? html`<p class="muted">Loading the link…</p>` : nothing}
      <p class="live-status" id="rsvp-link-notice" role="status" aria-live="polite">${this.notice}</p>
      <div class="actions">
        ${this.link ? html`
          <button type="button" class="primary" id="rsvp-link-copy" @click=${this.copy}>Copy link</button>
          <button type="button" id="rsvp-link-rotate" ?disabled=${this.busy} @click=${this.rotate}>New link</button>
          <button type="button" class="danger" id="rsvp-link-revoke" ?disabled=${this.busy} @click=${this.revoke}>Withdraw link</button>` : nothing}
        <button type="button" id="rsvp-link-close" @click=${this.close}>Close</button>
      </div>
    </dialog>`;
  }
}
customElements.define('usher-rsvp-link-dialog', RsvpLinkDialog);
