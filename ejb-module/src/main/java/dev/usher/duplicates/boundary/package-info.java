/** Duplicates: find, merge, undo and dismiss, for an event's editors and admins. */
package dev.usher.duplicates.boundary;
