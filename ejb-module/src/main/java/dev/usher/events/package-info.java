/** Events and the people who run them together (admin, editor, viewer). */
package dev.usher.events;
