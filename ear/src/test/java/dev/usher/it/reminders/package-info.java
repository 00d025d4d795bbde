/** Reminders: the reminder-send job, scheduling, the role matrix, a crash mid-run. */
package dev.usher.it.reminders;
