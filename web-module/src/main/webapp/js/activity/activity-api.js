import { get, put } from '../platform/api.js';

// An event's RSVP activity (the guests' status history) and the caller's own digest choice.

export const getActivity = (eventId, skip, limit) => get(`/events/${eventId}/activity`, { skip, limit });
/** Only the changes newer than the change `after` (an id the page has): the cheap poll. */
export const getNewerActivity = (eventId, after) => get(`/events/${eventId}/activity`, { after });
export const getMyDigest = (eventId) => get(`/events/${eventId}/digest`);
export const setMyDigest = (eventId, mode) => put(`/events/${eventId}/digest`, { mode });

export const DIGEST_MODES = [
  { value: 'off', label: 'No e-mail' },
  { value: 'immediate', label: 'Soon after each change (a few minutes’ changes together)' },
  { value: 'daily', label: 'Once a day' },
];
