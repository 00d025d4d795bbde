/** Event-scoped guest lists: adding, finding, importing, counting. */
package dev.usher.guests;
