import { api, get } from '../platform/api.js';

// The signed-in caller and their global roles; the console's public settings.
export const getMe = () => get('/me');
export const getConsoleConfig = () => api('GET', '/public/config', { anonymous: true });
