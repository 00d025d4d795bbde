/** Who a reminder reaches, its e-mail, its exactly-once sends, its start and the timer that starts scheduled ones. */
package dev.usher.reminders.control;
