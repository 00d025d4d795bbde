/** The caller: a user row for each signed-in identity, and the global roles from the token. */
package dev.usher.identity;
