/** Reminders to guests who have not answered: events/{id}/reminders. */
package dev.usher.api.reminders;
