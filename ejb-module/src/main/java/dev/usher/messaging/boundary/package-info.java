/** Entry points for WhatsApp: a member's send, the per-guest broadcast send, Meta's webhooks. */
package dev.usher.messaging.boundary;
