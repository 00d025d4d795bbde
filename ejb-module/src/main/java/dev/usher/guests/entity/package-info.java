/** Guests as stored, one row per invited person or party. */
package dev.usher.guests.entity;
