/** Subscription rules, secrets at rest, the delivery queue's claims, the signature, the sender and its timer. */
package dev.usher.webhooks.control;
