/** Organizers define, order and read an event's questions. */
package dev.usher.questions.boundary;
