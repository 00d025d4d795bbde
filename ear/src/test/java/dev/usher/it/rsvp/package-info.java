/** Integration tests of the RSVP area: personal links, the public RSVP API and page, their role matrix. */
package dev.usher.it.rsvp;
