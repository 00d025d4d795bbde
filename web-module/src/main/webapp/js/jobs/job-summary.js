import { html, nothing } from 'lit';
import { href } from '../app/router.js';
import { count } from '../platform/format.js';
import { isDryRun } from './job-counts.js';

/** What a job works on, in a few words: the file of an import, the audience of a broadcast, its event. */
export function jobSubject(job, eventName) {
  const p = job.parameters || {};
  const parts = [];
  if (job.jobName === 'guest-import') {
    parts.push(html`<span class="file-name">${p.fileName || 'upload'}</span>${isDryRun(job) ? html` <span class="badge">dry run</span>` : nothing}`);
  } else if (job.jobName === 'whatsapp-broadcast' && p.guests) {
    parts.push(html`to ${count(Number(p.guests))} guests`);
  } else if (job.jobName === 'reminder-send' && p.guests) {
    parts.push(html`${p.channel === 'whatsapp' ? 'WhatsApp' : 'e-mail'} reminder to ${count(Number(p.guests))} guests`);
  } else if (job.jobName === 'invitation-send' && p.items) {
    parts.push(html`${count(Number(p.items))} invitations${p.send === 'false' ? ' (drafts only)' : ''}`);
  }
  if (job.eventId) {
    parts.push(eventName
      ? html`<a href=${href(`/events/${job.eventId}`)}>${eventName}</a>`
      : html`event <code>${job.eventId.slice(0, 8)}</code>`);
  }
  return parts.map((part, i) => html`${i ? ' · ' : ''}${part}`);
}
