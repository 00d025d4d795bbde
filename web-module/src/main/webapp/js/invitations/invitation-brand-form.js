import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { field } from '../platform/fields.js';
import { formAction } from '../platform/form-action.js';
import { LiveNotice } from '../platform/live-notice.js';
import { getBrand, previewMail, removeBrandImage, setBrand, setBrandImage, testMail } from './invitations-api.js';
import '../platform/problem-view.js';

const NAMES = ['displayName', 'color', 'senderName', 'image', 'customMessage', 'body'];

/**
 * The look of the event's invitation e-mails (admins): display name, colour, sender name and an
 * image; a preview of the e-mail in a sandboxed frame (no scripts, no same origin), and a test
 * send to the signed-in member's own address. The frame loads the preview's own page, whose
 * security policy allows the e-mail's inline styles (a srcdoc frame would inherit the console's,
 * which does not), so the preview shows the colours as guests see them.
 */
export class InvitationBrandForm extends UsherElement {
  static properties = {
    event: { attribute: false }, brand: { state: true }, error: { state: true }, busy: { state: true },
    preview: { state: true },
  };

  constructor() {
    super();
    this.notice = new LiveNotice(this);
  }

  willUpdate(changed) {
    if (changed.has('event') && this.event) this.load();
  }

  async load() {
    try {
      this.brand = await getBrand(this.event.id);
    } catch (e) {
      this.error = e;
    }
  }

  act(form, work, done) {
    return formAction(this, form, async () => (await work()) || done);
  }

  save(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    const text = (name) => String(data.get(name) || '').trim() || undefined;
    this.act(form, async () => {
      this.brand = await setBrand(this.event.id,
        { displayName: text('displayName'), color: text('color'), senderName: text('senderName') });
      const file = data.get('image');
      if (file && file.size) this.brand = await setBrandImage(this.event.id, file);
    }, 'The e-mail look is saved.');
  }

  removeImage(event) {
    this.act(event.target.form, async () => { this.brand = await removeBrandImage(this.event.id); },
      'The image is removed.');
  }

  showPreview(event) {
    this.act(event.target.form, async () => { this.preview = await previewMail(this.event.id, {}); },
      'The preview is shown below.');
  }

  sendTest(event) {
    this.act(event.target.form, async () => {
      const result = await testMail(this.event.id, {});
      return result.sent ? `A test e-mail went to ${result.to}.` : `The test e-mail was not sent: ${result.failure}`;
    }, '');
  }

  render() {
    if (!this.brand) return html`<usher-problem .error=${this.error}></usher-problem>`;
    const b = this.brand;
    const err = this.error;
    return html`<form id="brand-form" class="inline-form" novalidate @submit=${this.save} aria-labelledby="brand-title">
      <h3 id="brand-title" class="visually-hidden">The look of the invitation e-mails</h3>
      <usher-problem .error=${this.error} .shownFields=${NAMES}></usher-problem>
      <div class="row">
        ${field({ id: 'brand-name', name: 'displayName', label: 'Name in the e-mail', value: b.displayName, error: err,
          hint: 'Empty: the server\'s brand' })}
        ${field({ id: 'brand-color', name: 'color', label: 'Colour', value: b.color, error: err, hint: 'Like #1F6FEB' })}
        ${field({ id: 'brand-sender', name: 'senderName', label: 'Sender name', value: b.senderName, error: err,
          hint: 'Shown as the sender; the address stays the server\'s' })}
      </div>
      <div class="field ${err && err.fieldMessages('image').length ? 'has-error' : ''}">
        <label for="brand-image">Image (PNG, JPEG or GIF, at most 256 KB)</label>
        <input id="brand-image" name="image" type="file" accept="image/png,image/jpeg,image/gif">
        ${b.imageBytes ? html`<p class="hint">An image of ${b.imageBytes} bytes is set.
          <button type="button" id="brand-image-remove" @click=${this.removeImage} ?disabled=${this.busy}>Remove it</button></p>` : nothing}
        ${err && err.fieldMessages('image').length ? html`<p class="field-error">${err.fieldMessages('image').join('; ')}</p>` : nothing}
      </div>
      <div class="row">
        <button type="submit" class="primary" id="brand-save" ?disabled=${this.busy}>Save the look</button>
        <button type="button" id="brand-preview" @click=${this.showPreview} ?disabled=${this.busy}>Preview the e-mail</button>
        <button type="button" id="brand-test" @click=${this.sendTest} ?disabled=${this.busy}>Send a test to myself</button>
      </div>
      <p class="live-status" role="status" aria-live="polite">${this.notice.view()}</p>
      ${this.preview ? html`<iframe id="brand-preview-frame" class="mail-preview" title="Preview of the invitation e-mail"
        sandbox="" src=${this.preview.page}></iframe>` : nothing}
    </form>`;
  }
}
customElements.define('usher-invitation-brand-form', InvitationBrandForm);
