import { get, post, put, del } from '../platform/api.js';

// An event's check-in lists and its live arrivals (issue 14).
export const listCheckInLists = (eventId) => get(`/events/${eventId}/check-in-lists`);
export const createCheckInList = (eventId, list) => post(`/events/${eventId}/check-in-lists`, list);
export const updateCheckInList = (eventId, listId, list) => put(`/events/${eventId}/check-in-lists/${listId}`, list);
export const deleteCheckInList = (eventId, listId) => del(`/events/${eventId}/check-in-lists/${listId}`);
// The server answers with an ETag and no-cache: the browser revalidates each poll with
// If-None-Match by itself, and an unchanged count comes back as a 304 with no body.
export const arrivals = (eventId) => get(`/events/${eventId}/arrivals`);
export const guestArrivals = (eventId, guestIds) => get(`/events/${eventId}/arrivals/guests`, { guestIds: guestIds.join(',') });
export const INVITATION_TYPES = ['general', 'vip', 'press', 'sponsor', 'special'];
