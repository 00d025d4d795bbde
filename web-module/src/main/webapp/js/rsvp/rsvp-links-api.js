import { del, download, post } from '../platform/api.js';

// A guest's personal RSVP link (editors and admins): get or make it, replace it, withdraw it, its QR code.
const path = (eventId, guestId) => `/events/${eventId}/guests/${guestId}/rsvp-link`;
export const rsvpLink = (eventId, guestId) => post(path(eventId, guestId));
export const rotateRsvpLink = (eventId, guestId) => post(`${path(eventId, guestId)}/rotation`);
export const revokeRsvpLink = (eventId, guestId) => del(path(eventId, guestId));
export async function rsvpQr(eventId, guestId) {
  return (await download(`${path(eventId, guestId)}/qr.png`)).blob;
}
