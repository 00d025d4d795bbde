/** The event-role guard every event-scoped boundary method passes through. */
package dev.usher.events.control;
