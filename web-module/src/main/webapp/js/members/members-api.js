import { get, post, mergePatch, del } from '../platform/api.js';

// An event's members and their roles.
export const listMembers = (eventId) => get(`/events/${eventId}/members`);
export const inviteMember = (eventId, invite) => post(`/events/${eventId}/invite-member`, invite);
export const changeRole = (eventId, userId, role) => mergePatch(`/events/${eventId}/members/${userId}`, { role });
export const removeMember = (eventId, userId) => del(`/events/${eventId}/members/${userId}`);

export const ROLES = ['admin', 'editor', 'viewer'];

/** Whether an event role may do what `required` may (admin > editor > viewer). */
export const includes = (role, required) => ROLES.indexOf(role) > -1 && ROLES.indexOf(role) <= ROLES.indexOf(required);
