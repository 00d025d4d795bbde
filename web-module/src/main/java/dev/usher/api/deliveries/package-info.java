/** Resources for the delivery ledger: an event's messages, a guest's history, totals by state. */
package dev.usher.api.deliveries;
