/** Integration tests of the deliveries area: the ledger's read side, an event's and a guest's messages. */
package dev.usher.it.deliveries;
