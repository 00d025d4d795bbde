import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { UsherElement } from './usher-element.js';
import { focusFirstError } from '../platform/fields.js';
import '../platform/problem-view.js';

/**
 * Base of the console's forms in a modal <dialog> (focus is kept inside, Esc closes, focus goes
 * back to the button that opened it). Subclasses give `heading()`, `fields()`, `fieldNames()`
 * and `submit(form)`; an ApiError from submit stays in the dialog next to its fields.
 */
export class FormDialog extends UsherElement {
  static properties = { error: { state: true }, busy: { state: true }, item: { state: true } };

  /** Opens the dialog, for a new item (none) or to edit `item`. */
  open(item = null) {
    this.opener = document.activeElement;
    this.item = item;
    this.error = null;
    this.opened = (this.opened || 0) + 1; // a fresh form each time: no values left from the last one
    this.requestUpdate();
    this.updateComplete.then(() => this.querySelector('dialog').showModal());
  }

  close() {
    this.querySelector('dialog').close();
  }

  onClose() {
    if (this.opener && this.opener.isConnected) this.opener.focus();
  }

  async onSubmit(event) {
    event.preventDefault();
    this.busy = true;
    this.error = null;
    try {
      const result = await this.submit(event.target);
      this.close();
      this.dispatchEvent(new CustomEvent('saved', { detail: result, bubbles: true }));
    } catch (e) {
      this.error = e;
      await this.updateComplete;
      focusFirstError(this);
    } finally {
      this.busy = false;
    }
  }

  render() {
    const id = `${this.localName}-title`;
    return html`<dialog aria-labelledby=${id} @close=${this.onClose}>
      ${keyed(this.opened, html`<form method="dialog" novalidate @submit=${this.onSubmit}>
        <h2 id=${id}>${this.heading()}</h2>
        <usher-problem .error=${this.error} .shownFields=${this.fieldNames()}></usher-problem>
        ${this.fields()}
        <div class="actions">
          <button type="button" @click=${this.close}>Cancel</button>
          <button type="submit" class="primary" ?disabled=${this.busy}>Save</button>
        </div>
      </form>`)}
    </dialog>`;
  }
}
