/** Secrets at rest: AES-256-GCM sealing under the one server key, {@code USHER_SECRETS_KEY}. */
package dev.usher.platform.secrets;
