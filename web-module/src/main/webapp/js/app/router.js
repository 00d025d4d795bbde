// Hash routes (#/events/...): deep links work with no server-side fallback, and the part
// after # never reaches the server. Phase 2 adds its pages to ROUTES.
const ROUTES = [
  { name: 'events', pattern: /^\/?$|^\/events\/?$/ },
  { name: 'event', pattern: /^\/events\/([0-9a-f-]{36})(?:\/(guests|members|stats|invitations))?$/, keys: ['eventId', 'tab'] },
  { name: 'invitations', pattern: /^\/invitations\/?$/ },
  { name: 'invitation', pattern: /^\/invitations\/([0-9a-f-]{36})$/, keys: ['invitationId'] },
  { name: 'station', pattern: /^\/station\/?$/ },
];

/** The route of a location hash: {name, params}; unknown paths are {name: 'not-found'}. */
export function parseRoute(hash) {
  const path = decodeURI((hash || '').replace(/^#/, '').split('?')[0]);
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match) {
      const params = {};
      (route.keys || []).forEach((key, i) => { params[key] = match[i + 1]; });
      return { name: route.name, params };
    }
  }
  return { name: 'not-found', params: { path } };
}

export function currentRoute() {
  return parseRoute(location.hash);
}

export function navigate(path) {
  location.hash = '#' + path;
}

export function href(path) {
  return '#' + path;
}
