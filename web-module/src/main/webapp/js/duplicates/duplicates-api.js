import { get, post } from '../platform/api.js';

// The duplicate manager of an event (editors and admins).

const base = (eventId) => `/events/${encodeURIComponent(eventId)}/duplicates`;
export const findDuplicates = (eventId, limit) => get(base(eventId), { limit });
export const mergeGuests = (eventId, keep, merge, fields) => post(`${base(eventId)}/merges`, { keep, merge, fields });
export const undoableMerges = (eventId) => get(`${base(eventId)}/merges`);
export const undoMerge = (eventId, mergeId) => post(`${base(eventId)}/merges/${encodeURIComponent(mergeId)}/undo`);
export const dismissDuplicates = (eventId, guestIds) => post(`${base(eventId)}/dismissals`, { guestIds });

/** The fields a merge chooses, with their labels, in the order the comparison shows them. */
export const FIELDS = [
  ['firstName', 'First name'], ['lastName', 'Last name'], ['phone', 'Phone'], ['email', 'E-mail'], ['side', 'Side'],
  ['status', 'Answer'], ['partySize', 'Party size'], ['notes', 'Notes'], ['doorNote', 'Door note'],
];
