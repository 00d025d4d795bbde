/** Webhook subscriptions and their deliveries as stored. */
package dev.usher.webhooks.entity;
