/** Tokens, numbers, QR images, the invitation e-mail and its send, and the rate limits. */
package dev.usher.invitations.control;
