/** Event admins manage their event's webhook subscriptions, super-admins the server-wide ones; both read and repeat deliveries. */
package dev.usher.webhooks.boundary;
