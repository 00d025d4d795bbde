/** A member's own RSVP digest choice per event. */
package dev.usher.api.notifications;
