/** RSVP links (stored as token hashes, kept when revoked) and the page's latest answer per guest. */
package dev.usher.rsvp.entity;
