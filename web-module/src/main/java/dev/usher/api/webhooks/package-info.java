/** An event's outgoing webhook subscriptions and their delivery log, over HTTP. */
package dev.usher.api.webhooks;
