import { apiFetch, get, post } from '../platform/api.js';

// An event's reminders to the guests who have not answered; see the README's API table.

export const listReminders = (eventId) => get(`/events/${eventId}/reminders`);
export const countReminder = (eventId, channel, openedOnly) =>
  get(`/events/${eventId}/reminders/count`, { channel, openedOnly: openedOnly ? 'true' : undefined });
export const cancelReminder = (eventId, id) => post(`/events/${eventId}/reminders/${id}/cancel`);

/**
 * The reminder as a guest would get it: {type: 'html'|'json', body, page}; an e-mail's page is the same
 * HTML as a page of its own (Content-Location) under the e-mail's own security policy, for a frame.
 */
export async function previewReminder(eventId, request) {
  const response = await apiFetch('POST', `/events/${eventId}/reminders/preview`,
    { body: request, accept: request.channel === 'email' ? 'text/html' : 'application/json' });
  return { type: request.channel === 'email' ? 'html' : 'json', body: await response.text(),
    page: response.headers.get('Content-Location') };
}

/** Starts the reminder now (202: {job: {id}}) or schedules it (201: {reminder}). */
export async function createReminder(eventId, request) {
  const response = await apiFetch('POST', `/events/${eventId}/reminders`, { body: request });
  const body = await response.json();
  return response.status === 202 ? { job: { id: body.executionId }, body } : { reminder: body };
}

