/** The whatsapp-broadcast job: one message per guest, paced, never twice to the same guest. */
package dev.usher.batch.broadcast;
