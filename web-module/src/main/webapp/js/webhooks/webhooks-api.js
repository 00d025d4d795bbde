import { del, get, post } from '../platform/api.js';

// An event's webhook subscriptions and their delivery log (admins); see the README's API table.

export const webhookTypes = () => get('/webhook-types');
export const listWebhooks = (eventId) => get(`/events/${eventId}/webhooks`);
/** Answers the subscription with its signing secret: the only time the server shows it. */
export const createWebhook = (eventId, input) => post(`/events/${eventId}/webhooks`, input);
export const deleteWebhook = (eventId, id) => del(`/events/${eventId}/webhooks/${id}`);
export const listDeliveries = (eventId, id) => get(`/events/${eventId}/webhooks/${id}/deliveries`);
export const redeliver = (eventId, id, deliveryId) =>
  post(`/events/${eventId}/webhooks/${id}/deliveries/${deliveryId}/redeliver`);

/** What a type is about, in words; a type the console does not know yet shows as its name. */
const TYPE_LABELS = {
  'guest.rsvp_changed': 'A guest\'s RSVP changed',
  'checkin.admitted': 'A guest was admitted at the door',
};
export const typeLabel = (type) => TYPE_LABELS[type] || type;

/** Finished deliveries may be sent again; open ones (pending, sending) are on their way. */
export const finished = (delivery) => delivery.state === 'delivered' || delivery.state === 'failed';
