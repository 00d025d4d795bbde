/** The Google adapter: OAuth 2.0 (authorization code with PKCE) and the People API, for contacts imports. */
package dev.usher.google;
