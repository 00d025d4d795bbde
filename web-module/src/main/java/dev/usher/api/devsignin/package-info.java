/**
 * The development issuer: when no identity provider is configured, the server signs its own
 * tokens with a key pair it generates on first start, so the embedded default is usable.
 */
package dev.usher.api.devsignin;
