/** Integration tests of the guests area: the guest list, its filters and statistics, the JSON import. */
package dev.usher.it.guests;
