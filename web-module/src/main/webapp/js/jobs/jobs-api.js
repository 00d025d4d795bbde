import { get, post } from '../platform/api.js';

// Jobs (guest imports, WhatsApp broadcasts...): batch-operators see all, event admins and
// editors their events' jobs, and whoever started a job sees it.
export const listJobs = ({ eventId, type, status, skip, limit }) => get('/jobs', { eventId, type, status, skip, limit });
export const getJob = (executionId) => get(`/jobs/${executionId}`);
export const jobRowErrors = (executionId, { skip, limit }) => get(`/jobs/${executionId}/errors`, { skip, limit });
export const stopJob = (executionId) => post(`/jobs/${executionId}/stop`);
export const restartJob = (executionId) => post(`/jobs/${executionId}/restart`);

export const JOB_TYPES = [
  { value: 'guest-import', label: 'Guest import' },
  { value: 'whatsapp-broadcast', label: 'WhatsApp broadcast' },
  { value: 'invitation-send', label: 'Invitation send' },
  { value: 'reminder-send', label: 'Reminder' },
];
export const BATCH_STATUSES = ['STARTING', 'STARTED', 'STOPPING', 'STOPPED', 'FAILED', 'COMPLETED', 'ABANDONED'];

const FINAL = new Set(['COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED']);

/** Whether the job has ended (nothing more will change unless it is restarted). */
export const ended = (job) => FINAL.has(job.batchStatus);
/** Stop is offered while it runs; restart once it stopped or failed (the server has the last word). */
export const stoppable = (job) => job.batchStatus === 'STARTING' || job.batchStatus === 'STARTED';
export const restartable = (job) => job.batchStatus === 'STOPPED' || job.batchStatus === 'FAILED';

export const typeLabel = (jobName) => (JOB_TYPES.find((t) => t.value === jobName) || { label: jobName }).label;

/** One of the job's own counters (inserted, sent...), 0 when it has not counted any yet. */
export const counter = (job, name) => Number((job.counts || {})[name] || 0);
