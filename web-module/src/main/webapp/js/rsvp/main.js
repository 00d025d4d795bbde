// Entry point of the guest's RSVP page (rsvp.html#<token>): no sign-in, no console.
import './rsvp-page.js';
