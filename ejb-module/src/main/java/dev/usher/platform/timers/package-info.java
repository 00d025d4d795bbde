/** The beat of the background work every server does on its own (digests, reminders, sweeps, webhooks). */
package dev.usher.platform.timers;
