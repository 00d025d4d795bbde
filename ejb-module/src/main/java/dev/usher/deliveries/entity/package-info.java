/** Delivery records as stored, with the rules for moving between states. */
package dev.usher.deliveries.entity;
