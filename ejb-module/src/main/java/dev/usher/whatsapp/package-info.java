/** The WhatsApp Cloud API adapter: Meta's wire format, the Graph API client behind WhatsAppCloud, its errors, settings and webhooks. */
package dev.usher.whatsapp;
