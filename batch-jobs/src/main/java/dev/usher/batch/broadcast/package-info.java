/** The whatsapp-broadcast job: one message per guest, paced, never twice; optionally an e-mail to those WhatsApp missed. */
package dev.usher.batch.broadcast;
