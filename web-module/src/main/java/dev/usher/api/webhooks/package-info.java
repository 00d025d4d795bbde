/** Outgoing webhook subscriptions (an event's, and server-wide ones) and their delivery log, over HTTP. */
package dev.usher.api.webhooks;
