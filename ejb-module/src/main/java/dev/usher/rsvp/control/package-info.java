/** RSVP rules: link tokens and their secret, page URLs, the answer window, texts, the public rate limit. */
package dev.usher.rsvp.control;
