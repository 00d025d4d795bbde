/** The audit trail: who changed what in an event, written in the changing transaction, read by its admins. */
package dev.usher.audit;
