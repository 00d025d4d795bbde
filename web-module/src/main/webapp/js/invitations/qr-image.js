import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { qrImage } from './invitations-api.js';
import '../platform/problem-view.js';

/**
 * An invitation's QR code. The image is behind the bearer token, so it is fetched here and
 * shown from an object URL, which is released when the element goes away.
 */
export class QrImage extends UsherElement {
  static properties = {
    invitationId: { attribute: false }, label: { attribute: false }, url: { state: true }, error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('invitationId') && this.invitationId) this.load();
  }

  async load() {
    try {
      const blob = await qrImage(this.invitationId);
      this.release();
      this.url = URL.createObjectURL(blob);
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  disconnectedCallback() {
    this.release();
    super.disconnectedCallback();
  }

  release() {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }

  render() {
    return html`<usher-problem .error=${this.error}></usher-problem>
      ${this.url ? html`<figure class="qr">
        <img id="qr-image" src=${this.url} alt=${this.label || 'QR code of the invitation'} width="240" height="240">
        <figcaption><a href=${this.url} download="invitation-qr.png">Download the QR code (PNG)</a></figcaption>
      </figure>` : this.error ? nothing : html`<p class="muted">Loading the QR code…</p>`}`;
  }
}
customElements.define('usher-qr-image', QrImage);
