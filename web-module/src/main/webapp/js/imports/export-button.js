import { html } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { LiveNotice } from '../platform/live-notice.js';
import { saveFile } from '../platform/save-file.js';
import { exportGuestsCsv } from './imports-api.js';
import '../platform/problem-view.js';

/**
 * "Download CSV" for an event's guest list (any member). The file needs the bearer token, so
 * it is fetched and handed to the browser as a blob rather than linked.
 */
export class ExportButton extends UsherElement {
  static properties = { event: { attribute: false }, busy: { state: true }, error: { state: true } };

  notice = new LiveNotice(this);

  async fetchFile() {
    this.busy = true;
    this.error = null;
    try {
      const { blob, fileName } = await exportGuestsCsv(this.event.id);
      saveFile(blob, fileName);
      this.notice.say(`${fileName} downloaded.`);
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`<button class="export-csv" ?disabled=${this.busy} @click=${this.fetchFile}>Download the guest list (CSV)</button>
      <span class="live-status visually-hidden" role="status" aria-live="polite">${this.notice.view()}</span>
      <usher-problem .error=${this.error}></usher-problem>`;
  }
}
customElements.define('usher-export-button', ExportButton);
