/** Entry points for guest lists, imports and statistics, with the views they return. */
package dev.usher.guests.boundary;
