/** Entry points for official invitations, an event's guest invitations and the public validation of a code. */
package dev.usher.invitations.boundary;
