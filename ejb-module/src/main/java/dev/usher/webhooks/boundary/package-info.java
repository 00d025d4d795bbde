/** An event's admins manage its webhook subscriptions and read and repeat their deliveries. */
package dev.usher.webhooks.boundary;
