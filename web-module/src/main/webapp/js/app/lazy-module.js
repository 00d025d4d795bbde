import { ApiError } from '../platform/api-error.js';

// Pages that not every visitor needs (the super-admins' invitations, the door's station) are
// loaded when first shown: a phone at the door never downloads the organizers' pages. Their
// custom elements upgrade as soon as the module has defined them.
const loading = new Map();

/**
 * Imports the module at `url` (absolute) once. A failed import is retried once under a
 * distinct URL (the browser keeps a failed module import for its URL), for a network or a
 * server that failed for a moment; the second failure is an ApiError to show.
 */
export function loadModule(url) {
  if (!loading.has(url)) {
    const attempt = import(url)
      .catch(() => import(`${url}?retry=${Date.now()}`))
      .catch((e) => {
        loading.delete(url);
        throw new ApiError(0, { title: 'This page could not be loaded', detail: `Reload to try again (${e.message}).` });
      });
    loading.set(url, attempt);
  }
  return loading.get(url);
}
