import { ApiError } from './api-error.js';
import { session } from '../auth/session.js';

/**
 * Calls the Usher API with the signed-in caller's bearer token. Answers are JSON; every error
 * becomes an ApiError with the server's problem detail. A 401 ends the session, so the
 * console shows the sign-in again. `anonymous` calls a public path without the token.
 * A FormData body goes as multipart/form-data (the browser writes the boundary); a Blob (a
 * file) goes as it is, with `contentType`.
 */
export async function api(method, path, options = {}) {
  const response = await apiFetch(method, path, options);
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? parse(text) : null;
}

/**
 * The same call, answering the successful Response itself, for a status other than 200 that
 * matters (202 with a Location). `signal` aborts it (an AbortController's, e.g. for a time limit).
 */
export function apiFetch(method, path, { body, query, contentType = 'application/json', anonymous = false, signal,
  accept = 'application/json' } = {}) {
  const token = anonymous ? null : session.token();
  return call(method, path, { body, query, contentType, token, accept, signal });
}

/**
 * Fetches a file the API serves only to a signed-in caller (a plain link would carry no
 * bearer token): answers {blob, fileName}, the name from Content-Disposition.
 */
export async function download(path, { query, fallbackName = 'download' } = {}) {
  const response = await call('GET', path, { query, token: session.token(), accept: '*/*' });
  const disposition = response.headers.get('Content-Disposition') || '';
  const named = /filename="?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), fileName: named ? named[1] : fallbackName };
}

async function call(method, path, { body, query, contentType, token, accept, signal }) {
  const url = new URL('api' + path, document.baseURI);
  Object.entries(query || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  });
  const headers = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  const multipart = body instanceof FormData;
  const raw = multipart || body instanceof Blob;
  if (body !== undefined && !multipart) headers['Content-Type'] = contentType;
  let response;
  try {
    response = await fetch(url, {
      method, headers, credentials: 'omit', signal,
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw ApiError.network(e);
  }
  if (!response.ok) {
    const text = await response.text();
    const json = text ? parse(text) : null;
    const error = new ApiError(response.status, json && typeof json === 'object' ? json : { detail: text });
    if (response.status === 401 && token) session.expire(error);
    throw error;
  }
  return response;
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text };
  }
}

export const get = (path, query) => api('GET', path, { query });
export const post = (path, body, query) => api('POST', path, { body, query });
export const put = (path, body) => api('PUT', path, { body });
export const mergePatch = (path, body) => api('PATCH', path, { body, contentType: 'application/merge-patch+json' });
export const del = (path) => api('DELETE', path);
