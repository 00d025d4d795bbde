/** Digest choices, the digest timer and its exactly-once claims, the organizers' e-mails and their links. */
package dev.usher.notifications.control;
