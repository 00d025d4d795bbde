/** A member's own digest choice for an event. */
package dev.usher.notifications.boundary;
