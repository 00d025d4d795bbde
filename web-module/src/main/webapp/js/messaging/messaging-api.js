import { get, post } from '../platform/api.js';

// WhatsApp sends and broadcasts, and the event's message ledger (every channel).
export const sendWhatsApp = (eventId, message) => post(`/events/${eventId}/whatsapp`, message);
export const startBroadcast = (eventId, request) => post(`/events/${eventId}/whatsapp/broadcast`, request);
export const listMessages = (eventId, { channel, state, guest, broadcast, sort, skip, limit }) =>
  get(`/events/${eventId}/messages`, { channel, state, guest, broadcast, sort, skip, limit });
export const messageTotals = (eventId, { channel, guest, broadcast }) =>
  get(`/events/${eventId}/messages/totals`, { channel, guest, broadcast });
export const resendMessage = (eventId, messageId) => post(`/events/${eventId}/messages/${messageId}/resend`);

export const CHANNELS = ['whatsapp', 'email'];
export const DELIVERY_STATES = ['queued', 'sending', 'sent', 'delivered', 'read', 'opened', 'failed'];

/** A broadcast's message caught mid-send (by a crash or a stop): it may or may not have gone out. */
export const inDoubt = (message) => message.state === 'sending' && Boolean(message.broadcastId);
