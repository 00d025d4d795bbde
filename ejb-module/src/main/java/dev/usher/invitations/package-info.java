/** Invitations with a QR code: numbers, tokens, QR images, the invitation e-mail and its sending. */
package dev.usher.invitations;
