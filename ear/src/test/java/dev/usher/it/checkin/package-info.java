/** Integration tests of the checkin area: admission at the door, by the API and by the scanning station in a browser. */
package dev.usher.it.checkin;
