/** The guest's side: a personal RSVP link per guest and the public page that answers through it. */
package dev.usher.rsvp;
