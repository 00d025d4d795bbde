import { apiFetch, del, download, get, post } from '../platform/api.js';

// Official invitations (super-admins) and an event's guest invitations (its admins); see the
// README's API table. Invitation ids are shared: a super-admin may revoke any of them.
const OFFICIAL = '/admin/official-invitations';

export const STATUSES = ['pending', 'sent', 'delivered', 'failed', 'opened', 'scanned', 'revoked'];
export const TYPES = ['general', 'vip', 'press', 'sponsor', 'special'];

export const listOfficial = ({ status, eventId, type, createdFrom, createdTo, q, sort, skip, limit }) =>
  get(OFFICIAL, { status, eventId, type, createdFrom, createdTo, q, sort, skip, limit });
export const officialStats = () => get(`${OFFICIAL}/stats`);
export const getInvitation = (id) => get(`${OFFICIAL}/${id}`);
export const createInvitation = (input) => post(OFFICIAL, input);
export const resendInvitation = (id) => post(`${OFFICIAL}/${id}/resend`);
export const revokeInvitation = (id) => del(`${OFFICIAL}/${id}`);

/** The QR image as a Blob: the path needs the bearer token, so an <img src> cannot fetch it itself. */
export async function qrImage(id) {
  return (await download(`${OFFICIAL}/${id}/qr.png`)).blob;
}

/** An event admin's resend of one of the event's invitations (429 when too soon, like official resends). */
export const resendEventInvitation = (eventId, id) => post(`/events/${eventId}/invitations/${id}/resend`);

export const listEventInvitations = (eventId, { status, type, q, sort, skip, limit }) =>
  get(`/events/${eventId}/invitations`, { status, type, q, sort, skip, limit });

/**
 * Invites guests of an event. The server answers 200 with the report ({requested, created,
 * sent, failed, invitations, skipped}) or, for more than 500 guests, 202 with the
 * invitation-send job (Location /api/jobs/{id}): then {job: {id, location}} and the job's view.
 */
export async function inviteGuests(eventId, request) {
  const response = await apiFetch('POST', `/events/${eventId}/invitations`, { body: request });
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (response.status === 202) {
    const location = response.headers.get('Location') || '';
    const match = /\/jobs\/([^/?#]+)\/?$/.exec(location);
    const id = match ? decodeURIComponent(match[1]) : (body && (body.executionId ?? body.id));
    return { job: { id, location }, body };
  }
  return { report: body };
}

