/** Tests of outgoing webhooks: subscriptions, signed deliveries to a real receiver, retries, order, the role matrix. */
package dev.usher.it.webhooks;
