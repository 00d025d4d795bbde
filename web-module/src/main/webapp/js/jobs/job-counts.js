import { html, nothing } from 'lit';
import { count } from '../platform/format.js';
import { counter } from './jobs-api.js';

// What a job's own counters mean, per kind of job, in the order they are shown.
const LABELS = {
  inserted: 'Added', 'would-insert': 'Would add', updated: 'Updated', 'would-update': 'Would update',
  duplicates: 'Skipped (duplicates)', invalid: 'Invalid rows',
  sent: 'Sent', failed: 'Failed', 'no-phone': 'Skipped: no valid phone', 'in-doubt': 'In doubt', 'already-sent': 'Already sent',
  skipped: 'Skipped', drafted: 'Drafted (not sent)',
  emailed: 'E-mailed (WhatsApp failed)', 'email-failed': 'E-mail failed', 'email-in-doubt': 'E-mail in doubt',
  'email-already-sent': 'Already e-mailed', 'email-skipped': 'E-mail skipped',
  reminded: 'Reminded', answered: 'Answered meanwhile',
};
const SHOWN = {
  'guest-import': (job) => (isDryRun(job) ? ['would-insert', 'would-update', 'duplicates', 'invalid']
    : ['inserted', 'updated', 'duplicates', 'invalid']),
  'whatsapp-broadcast': () => ['sent', 'failed', 'no-phone', 'in-doubt', 'already-sent'],
  'invitation-send': () => ['sent', 'failed', 'in-doubt', 'already-sent', 'skipped', 'drafted'],
  'reminder-send': () => ['reminded', 'answered', 'failed', 'no-phone', 'in-doubt', 'already-sent', 'skipped'],
};

export const isDryRun = (job) => String((job.parameters || {}).dryRun) === 'true';

/**
 * The items a job works through when it knows them from the start (a broadcast's guests, an
 * invitation send's work list), else null: imports do not know their row count.
 */
export function plannedTotal(job) {
  const p = job.parameters || {};
  const planned = Number(job.jobName === 'whatsapp-broadcast' ? p.guests
    : job.jobName === 'invitation-send' ? p.items : 0);
  return planned > 0 ? planned : null;
}

/** How many of the planned items are done, by the job's own counters. */
export function doneCount(job) {
  return ['sent', 'failed', 'no-phone', 'in-doubt', 'already-sent', 'skipped', 'drafted']
    .reduce((sum, name) => sum + counter(job, name), 0);
}

/** The job's own counters (every known one for its kind, then any other it keeps) as a definition list. */
export function jobCounts(job, { id } = {}) {
  const known = SHOWN[job.jobName] ? SHOWN[job.jobName](job) : [];
  const names = [...known, ...Object.keys(job.counts || {}).filter((k) => !known.includes(k))];
  if (names.length === 0) return nothing;
  return html`<dl class="counts" id=${id || nothing}>
    ${names.map((name) => html`<div data-count=${name}><dt>${LABELS[name] || name}</dt><dd>${count(counter(job, name))}</dd></div>`)}
  </dl>`;
}

/** The batch runtime's item counters (live while the job runs), when the answer has them. */
export function itemCounts(job) {
  const items = job.items;
  if (!items) return nothing;
  return html`<dl class="counts items">
    <div data-item="read"><dt>Read</dt><dd>${count(items.read)}</dd></div>
    <div data-item="written"><dt>Written</dt><dd>${count(items.written)}</dd></div>
    <div data-item="skipped"><dt>Skipped</dt><dd>${count(items.skipped)}</dd></div>
  </dl>`;
}

/** The status as a badge, coloured by outcome. */
export function statusBadge(job) {
  const s = job.batchStatus;
  return html`<span class="badge job-status status-${(s || '').toLowerCase()}">${s}</span>`;
}
