import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { includes } from '../members/members-api.js';
import { moment } from '../platform/format.js';
import { getGuest } from '../guests/guests-api.js';
import { CHANNELS, DELIVERY_STATES, inDoubt, listMessages, resendMessage } from './messaging-api.js';
import { ListController } from '../platform/list-controller.js';
import { pager } from '../platform/pager.js';
import './guest-picker.js';
import '../platform/problem-view.js';

const LIMIT = 25;
// A send gives up within about a minute and a half (retries stop after 60 s, 20 s per call):
// a broadcast's message still "sending" after this long is in doubt, not on its way.
const IN_DOUBT_AFTER_MS = 2 * 60 * 1000;

/**
 * The event's messages, newest first (GET /messages): filters (channel, state, guest,
 * broadcast) and paging; each with its guest, content, state and the provider's error. A
 * broadcast's message left in doubt offers "Resend" to admins and editors, after a warning
 * that the guest may get it twice.
 */
export class MessageHistory extends UsherElement {
  static properties = { event: { attribute: false }, names: { state: true } };

  constructor() {
    super();
    this.names = new Map();
    this.list = new ListController(this, {
      fetch: (query) => listMessages(this.event.id, query),
      query: { channel: '', state: '', guest: '', broadcast: '', skip: 0, limit: LIMIT },
      loaded: (page) => this.nameGuests(page.items),
    });
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  /** Shows the messages again (the WhatsApp tab asks after a send or a broadcast). */
  load() {
    return this.list.load();
  }

  /** Looks up the names of guests not seen yet (the ledger keeps ids); a deleted guest stays unnamed. */
  async nameGuests(messages) {
    const unknown = [...new Set(messages.map((m) => m.guestId).filter((id) => id && !this.names.has(id)))];
    if (unknown.length === 0) return;
    const found = await Promise.allSettled(unknown.map((id) => getGuest(this.event.id, id)));
    const names = new Map(this.names);
    found.forEach((result, i) => {
      names.set(unknown[i], result.status === 'fulfilled'
        ? [result.value.firstName, result.value.lastName].filter(Boolean).join(' ') : null);
    });
    this.names = names;
  }

  /** Shows the messages matching these filters (the broadcast form asks for its broadcast's). */
  filterBy(changes) {
    return this.list.set(changes);
  }

  async resend(message) {
    const who = this.names.get(message.guestId) || message.recipient;
    if (!confirm(`Resend to ${who}?\n\nThis message may already have reached ${who}: the broadcast was interrupted `
      + `while sending it, and Usher never learned whether ${message.channel === 'email' ? 'the mail server' : 'WhatsApp'} `
      + 'accepted it. Sending it again may make '
      + `${who} receive it twice.`)) return;
    await this.list.act(() => resendMessage(this.event.id, message.id), (resent) => `Sent again to ${who}: ${resent.state}.`);
  }

  render() {
    const q = this.list.query;
    return html`<div class="toolbar"><h3 id="history-title">Message history</h3>
        <button class="link" id="refresh-history" @click=${() => this.load()}>Refresh</button></div>
      <form class="filters" role="search" aria-label="Filter messages" @submit=${(e) => this.list.filter(e)} @change=${(e) => this.list.filter(e)}>
        <div class="field"><label for="history-channel">Channel</label>
          <select id="history-channel" name="channel"><option value="">All</option>
            ${CHANNELS.map((c) => html`<option ?selected=${c === q.channel}>${c}</option>`)}</select></div>
        <div class="field"><label for="history-state">State</label>
          <select id="history-state" name="state"><option value="">All</option>
            ${DELIVERY_STATES.map((s) => html`<option ?selected=${s === q.state}>${s}</option>`)}</select></div>
        <usher-guest-picker .event=${this.event} .pickerId=${'history-guest'} .fieldName=${'guest'} .label=${'Guest'}
          .anyLabel=${'All guests'}></usher-guest-picker>
        <div class="field"><label for="history-broadcast">Broadcast</label>
          <input id="history-broadcast" name="broadcast" .value=${q.broadcast} placeholder="A broadcast's id"></div>
      </form>
      <usher-problem .error=${this.list.error}></usher-problem>
      <p class="live-status visually-hidden" role="status" aria-live="polite">${this.list.notice.view()}</p>
      ${this.list.page ? this.table(this.list.page) : this.list.error ? nothing : html`<p class="muted">Loading…</p>`}`;
  }

  table(page) {
    const { items } = page;
    const editor = includes(this.event.myRole, 'editor');
    // No rows: a sentence, not headers over an empty body (read out as an empty grid).
    return html`${items.length === 0 ? html`<p id="no-messages">No messages match.</p>` : html`<div class="table-wrap"><table class="messages">
        <caption class="visually-hidden">Messages, newest first</caption>
        <thead><tr><th scope="col">When</th><th scope="col">Guest</th><th scope="col">Message</th>
          <th scope="col">State</th><th scope="col">Attempts</th></tr></thead>
        <tbody>${repeat(items, (m) => m.id, (m) => this.row(m, editor))}</tbody>
      </table></div>`}
      ${pager({ page, id: 'history', noun: 'messages', go: (c) => this.filterBy(c), limit: LIMIT })}`;
  }

  row(m, editor) {
    const name = this.names.get(m.guestId);
    const doubtful = inDoubt(m) && Date.now() - Date.parse(m.sendingAt || m.updatedAt) > IN_DOUBT_AFTER_MS;
    return html`<tr data-message-id=${m.id} data-state=${m.state}>
      <td data-label="When">${moment(m.queuedAt || m.sendingAt)}</td>
      <td data-label="Guest"><span class="message-guest">${name || html`<span class="muted">(guest)</span>`}</span>
        <br><span class="muted small">${m.channel} · ${m.recipient || 'no valid phone'}</span></td>
      <td data-label="Message" class="message-content">${summary(m)}${m.broadcastId
        ? html`<br><button class="link small" @click=${() => this.filterBy({ broadcast: m.broadcastId, skip: 0 })}
            aria-label="Show the messages of broadcast ${m.broadcastId}">broadcast ${m.broadcastId.slice(0, 8)}</button>` : nothing}</td>
      <td data-label="State"><span class="badge state-${m.state}">${m.state}</span>
        ${m.errorCode || m.errorReason ? html`<p class="message-error small">${m.errorCode ? html`<code>${m.errorCode}</code> ` : nothing}${m.errorReason || ''}</p>` : nothing}
        ${doubtful ? html`<p class="in-doubt small">In doubt: the broadcast was interrupted while sending it; it may or may not have arrived.</p>
          ${editor ? html`<button class="danger resend" @click=${() => this.resend(m)}
            aria-label="Resend to ${name || m.recipient}">Resend…</button>` : nothing}` : nothing}</td>
      <td data-label="Attempts">${m.attempts}</td>
    </tr>`;
  }
}
customElements.define('usher-message-history', MessageHistory);

/** The message in a line: its text, or the template's name, language and parameters. */
function summary(m) {
  const c = m.content || {};
  if (c.type === 'text' || typeof c.text === 'string') return html`<span class="message-text">${c.text}</span>`;
  if (c.type === 'template' || c.name) {
    const params = (c.bodyParameters || []).join(', ');
    return html`<span class="message-template">Template <code>${c.name}</code> (${c.language})${params ? `: ${params}` : ''}</span>`;
  }
  return html`<span class="muted">${m.kind || m.channel}</span>`;
}
