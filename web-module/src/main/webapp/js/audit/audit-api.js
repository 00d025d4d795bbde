import { download, get } from '../platform/api.js';

// An event's audit trail (admins): a filtered page, and the same filters as a CSV file.

export const getAudit = (eventId, filters, skip, limit) => get(`/events/${eventId}/audit`, { ...filters, skip, limit });
export const exportAuditCsv = (eventId, filters) =>
  download(`/events/${eventId}/audit.csv`, { query: filters, fallbackName: 'audit.csv' });

export const ACTIONS = ['guest.created', 'guest.updated', 'guest.deleted', 'guest.erased', 'guest.merged', 'guest.merge_undone', 'guest.imported', 'guest.import_started',
  'member.added', 'member.role_changed', 'member.removed', 'invitation.created', 'invitation.revoked',
  'invitation.resent', 'invitation.expiry_changed', 'invitation.bulk_send_started', 'event.created', 'event.settings_changed'];
export const SUBJECT_TYPES = ['guest', 'member', 'invitation', 'event', 'job'];
