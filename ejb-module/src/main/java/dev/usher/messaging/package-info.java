/** WhatsApp messaging through Meta's Cloud API: sends, webhooks, RSVP by reply. */
package dev.usher.messaging;
