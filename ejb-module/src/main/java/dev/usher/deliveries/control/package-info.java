/** Writing the ledger: the one way senders record queued, sending, sent, delivered, read and failed. */
package dev.usher.deliveries.control;
