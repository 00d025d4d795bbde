/** The caller's own profile. */
package dev.usher.api.identity;
