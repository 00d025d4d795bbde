/** WhatsApp messages as Usher composes them, and the RSVP answers guests send back. */
package dev.usher.messaging.entity;
