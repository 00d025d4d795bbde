/** Official invitations, an event's guest invitations, the public check of a code and the tracking pixel. */
package dev.usher.api.invitations;
