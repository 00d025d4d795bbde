import { html } from 'lit';
import { count } from '../platform/format.js';

/**
 * The four statistics cards of official invitations, from GET .../stats: sent, opened,
 * scanned, and pending / failed together (the ones that still need someone's attention).
 */
export function statsCards(s) {
  return html`<dl class="stat-cards inv-stats" aria-label="Invitation totals">
    <div class="stat"><dt>Sent</dt><dd id="inv-stat-sent">${count(s.sent)}</dd></div>
    <div class="stat"><dt>Opened</dt><dd id="inv-stat-opened">${count(s.opened)}</dd></div>
    <div class="stat"><dt>Scanned</dt><dd id="inv-stat-scanned">${count(s.scanned)}</dd></div>
    <div class="stat"><dt>Pending / failed</dt>
      <dd><span id="inv-stat-pending">${count(s.pending)}</span> / <span id="inv-stat-failed">${count(s.failed)}</span></dd></div>
  </dl>
  <p class="muted small" id="inv-stat-totals">${count(s.total)} in all, ${count(s.revoked)} revoked.</p>`;
}
