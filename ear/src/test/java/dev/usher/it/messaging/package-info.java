/** Integration tests of the messaging area: WhatsApp sends, webhooks and broadcasts (against the Graph API stand-in), the e-mail fallback. */
package dev.usher.it.messaging;
