/** Resources for WhatsApp: a member's send to one guest, and Meta's public webhooks. */
package dev.usher.api.messaging;
