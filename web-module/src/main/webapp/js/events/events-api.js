import { get, post, mergePatch, del } from '../platform/api.js';

// Events (see the API table in the README).
export const listEvents = () => get('/events');
export const getEvent = (id) => get(`/events/${id}`);
export const createEvent = (input) => post('/events', input);
export const updateEvent = (id, changes) => mergePatch(`/events/${id}`, changes);
export const deleteEvent = (id) => del(`/events/${id}`);
