/** Resources for an event's guest list, its imports and statistics. */
package dev.usher.api.guests;
