/** Rules for a question and for one answer to it, and the event's questions as other areas read them. */
package dev.usher.questions.control;
