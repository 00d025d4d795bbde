/** The delivery ledger: one record per outbound message on every channel, and what became of it. */
package dev.usher.deliveries;
