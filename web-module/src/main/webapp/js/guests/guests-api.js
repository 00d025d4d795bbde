import { get, post, put, mergePatch, del } from '../platform/api.js';

// An event's guests and statistics.
export const listGuests = (eventId, { status, side, q, arrived, sort, skip, limit }) =>
  get(`/events/${eventId}/guests`, { status, side, q, arrived, sort, skip, limit });
export const addGuest = (eventId, input, query) => post(`/events/${eventId}/guests`, input, query);
export const updateGuest = (eventId, guestId, changes) => mergePatch(`/events/${eventId}/guests/${guestId}`, changes);
export const setDoorNote = (eventId, guestId, doorNote) => put(`/events/${eventId}/guests/${guestId}/door-note`, { doorNote });
export const deleteGuest = (eventId, guestId) => del(`/events/${eventId}/guests/${guestId}`);
/** Erases a guest on request (admins): deleted, and named nowhere else; answers what was changed, as counts. */
export const eraseGuest = (eventId, guestId) => post(`/events/${eventId}/guests/${guestId}/erasure`);
export const eventStats = (eventId) => get(`/events/${eventId}/stats`);

export const STATUSES = ['invited', 'confirmed', 'declined'];
export const getGuest = (eventId, guestId) => get(`/events/${eventId}/guests/${guestId}`);

// A household: its members invited by name and plus-ones allowed; its whole reply, recorded on its behalf.
export const arrangeHousehold = (eventId, guestId, household) => put(`/events/${eventId}/guests/${guestId}/household`, household);
export const recordReply = (eventId, guestId, reply) => put(`/events/${eventId}/guests/${guestId}/household/reply`, reply);
export const ATTENDANCE = ['unknown', 'yes', 'no', 'maybe'];
