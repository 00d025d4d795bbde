/** Resources for RSVP links: organizers' link operations and the guest's public RSVP API. */
package dev.usher.api.rsvp;
