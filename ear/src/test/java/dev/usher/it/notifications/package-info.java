/** Tests of the organizers' notifications: the activity feed, RSVP digests, the e-mail to a new member. */
package dev.usher.it.notifications;
