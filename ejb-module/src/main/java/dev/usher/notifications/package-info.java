/** Organizers told of their events: RSVP digests by e-mail per member's choice, and the e-mail to a member added by e-mail. */
package dev.usher.notifications;
