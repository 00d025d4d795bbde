/** The reminders table. */
package dev.usher.reminders.entity;
