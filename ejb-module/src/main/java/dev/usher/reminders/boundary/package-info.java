/** Organizers' reminder operations: create, list, cancel, preview, count. */
package dev.usher.reminders.boundary;
