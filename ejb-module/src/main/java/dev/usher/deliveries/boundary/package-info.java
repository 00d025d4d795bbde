/** Entry points for reading the ledger. */
package dev.usher.deliveries.boundary;
