// Hash routes (#/events/...): deep links work with no server-side fallback, and the part
// after # never reaches the server. A page's filters may follow a ? (#/jobs?eventId=...).
const ROUTES = [
  { name: 'events', pattern: /^\/?$|^\/events\/?$/ },
  {
    // Any tab name: the event page knows its tabs (TABS) and shows the guest list for one it does not.
    name: 'event', pattern: /^\/events\/([0-9a-f-]{36})(?:\/([a-z-]+))?$/,
    keys: ['eventId', 'tab'],
  },
  { name: 'jobs', pattern: /^\/jobs\/?$/ },
  { name: 'job', pattern: /^\/jobs\/(\d{1,18})$/, keys: ['executionId'] },
  { name: 'invitations', pattern: /^\/invitations\/?$/ },
  { name: 'invitation', pattern: /^\/invitations\/([0-9a-f-]{36})$/, keys: ['invitationId'] },
  { name: 'station', pattern: /^\/station\/?$/ },
];

/** The route of a location hash: {name, params, query}; unknown paths are {name: 'not-found'}. */
export function parseRoute(hash) {
  const [rawPath, rawQuery] = (hash || '').replace(/^#/, '').split('?');
  const path = decodeURI(rawPath);
  const query = Object.fromEntries(new URLSearchParams(rawQuery || ''));
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match) {
      const params = {};
      (route.keys || []).forEach((key, i) => { params[key] = match[i + 1]; });
      return { name: route.name, params, query };
    }
  }
  return { name: 'not-found', params: { path }, query };
}

export function currentRoute() {
  return parseRoute(location.hash);
}

export function navigate(path, query) {
  location.hash = href(path, query);
}

/** A link to a route, with optional query values (blank ones left out). */
export function href(path, query = {}) {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return '#' + path + (entries.length ? '?' + new URLSearchParams(entries) : '');
}
