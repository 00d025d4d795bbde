/** Outgoing webhooks: an event's subscriptions, a delivery queue in PostgreSQL, signed sends with retries. */
package dev.usher.webhooks;
