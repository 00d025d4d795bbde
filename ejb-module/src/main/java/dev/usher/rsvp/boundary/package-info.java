/** RSVP entry points: organizers' link operations (editor and up) and the public page's read and answer. */
package dev.usher.rsvp.boundary;
