import { api, apiFetch, del, download, get, post } from '../platform/api.js';

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
/** Sends it again; `renewal` ({expiresAt} or {renewExpiry: true}) also renews the code's expiry, else it stays. */
export const resendInvitation = (id, renewal) => post(`${OFFICIAL}/${id}/resend`, renewal);
export const revokeInvitation = (id) => del(`${OFFICIAL}/${id}`);
/** Sets when the code stops admitting (an ISO instant, or null: never); nothing is sent. */
export const changeExpiry = (id, expiresAt) => api('PUT', `${OFFICIAL}/${id}/expiry`, { body: { expiresAt } });

/** The QR image as a Blob: the path needs the bearer token, so an <img src> cannot fetch it itself. */
export async function qrImage(id) {
  return (await download(`${OFFICIAL}/${id}/qr.png`)).blob;
}

/** An event admin's resend of one of the event's invitations (429 when too soon, like official resends). */
export const resendEventInvitation = (eventId, id) => post(`/events/${eventId}/invitations/${id}/resend`);

export const listEventInvitations = (eventId, { status, type, q, sort, skip, limit }) =>
  get(`/events/${eventId}/invitations`, { status, type, q, sort, skip, limit });

/** What inviting would do, before it is done: {named, declinedLeftOut, noEmail, alreadyInvited, willReceive}. */
export const countInvitations = (eventId, request) => post(`/events/${eventId}/invitations/count`, request);

/** The sentence the invite form's confirmation asks. */
export function confirmation(count) {
  const parts = [];
  if (count.declinedLeftOut) parts.push(`${count.declinedLeftOut} who declined left out`);
  if (count.noEmail) parts.push(`${count.noEmail} without an e-mail address`);
  if (count.alreadyInvited) parts.push(`${count.alreadyInvited} already invited`);
  return `${count.willReceive} guest${count.willReceive === 1 ? '' : 's'} will receive the invitation e-mail`
    + `${parts.length ? ` (${parts.join(', ')})` : ''}. Send now?`;
}

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


/** The brand of the event's invitation e-mails: {displayName, color, senderName, imageType, imageBytes}. */
export const getBrand = (eventId) => get(`/events/${eventId}/invitation-brand`);
export const setBrand = (eventId, brand) => api('PUT', `/events/${eventId}/invitation-brand`, { body: brand });
export const setBrandImage = (eventId, file) => api('PUT', `/events/${eventId}/invitation-brand/image`,
  { body: file, contentType: file.type || 'application/octet-stream' });
export const removeBrandImage = (eventId) => del(`/events/${eventId}/invitation-brand/image`);

/**
 * The invitation e-mail's HTML for a guest (or a sample guest): {html, page}, where page is the same
 * HTML as a page of its own (Content-Location) under the e-mail's own security policy, for a frame.
 */
export async function previewMail(eventId, request) {
  const response = await apiFetch('POST', `/events/${eventId}/invitation-mail/preview`, { body: request, accept: 'text/html' });
  return { html: await response.text(), page: response.headers.get('Content-Location') };
}

/** The invitation e-mailed to the signed-in member: {deliveryId, to, sent, failure}. */
export const testMail = (eventId, request) => post(`/events/${eventId}/invitation-mail/test`, request);
