/** Tokens, numbers, QR images, the e-mail and its hand-off to SMTP (or the .eml folder), and the rate limits. */
package dev.usher.invitations.control;
