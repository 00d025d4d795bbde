import { del, download, get, post } from '../platform/api.js';

/**
 * Uploads a CSV or XLSX guest file (multipart): starts a guest-import job and answers it (202).
 * duplicates: skip | update | create-anyway; mapping: guest field -> column header.
 */
export function uploadGuestFile(eventId, file, { dryRun, duplicates, mapping }) {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('dryRun', String(Boolean(dryRun)));
  if (duplicates) form.append('duplicates', duplicates);
  if (mapping && Object.keys(mapping).length) form.append('mapping', JSON.stringify(mapping));
  return post(`/events/${eventId}/guests/import-file`, form);
}

/** The guest list as CSV, fetched with the bearer token: {blob, fileName}. */
export const exportGuestsCsv = (eventId) =>
  download(`/events/${eventId}/guests/export.csv`, { fallbackName: 'guests.csv' });

export const DUPLICATE_POLICIES = [
  { value: 'skip', label: 'Skip the row (keep the guest as is)' },
  { value: 'update', label: 'Update the guest with the row\'s filled-in cells' },
  { value: 'create-anyway', label: 'Add another guest anyway' },
];

/** The guest fields a column can fill (the server recognizes common header names by itself). */
export const GUEST_FIELDS = [
  { name: 'firstName', label: 'First name' }, { name: 'lastName', label: 'Last name' },
  { name: 'fullName', label: 'Full name' }, { name: 'phone', label: 'Phone' }, { name: 'email', label: 'E-mail' },
  { name: 'side', label: 'Side' }, { name: 'status', label: 'Status' }, { name: 'partySize', label: 'Party size' },
  { name: 'notes', label: 'Notes' },
];

/** The caller's Google connection: {connected, connectedAt}; a 503 ApiError when Usher is not configured for Google. */
export const getGoogleConnection = () => get('/google/connection');

/** Starts connecting a Google account: {authorizationUrl}, Google's consent page, which comes back to returnTo. */
export const connectGoogle = (returnTo) => post('/google/connection', { returnTo });

export const disconnectGoogle = () => del('/google/connection');

export const googleContactGroups = () => get('/google/contact-groups');

export const googleContacts = () => get('/google/contacts');

/** Imports chosen contacts and groups through the guest-import job, as a file is (202 with the job). */
export const importGoogleContacts = (eventId, { groups, contacts, dryRun, duplicates }) =>
  post(`/events/${eventId}/guests/import-google`, { groups, contacts, dryRun: Boolean(dryRun), duplicates });
