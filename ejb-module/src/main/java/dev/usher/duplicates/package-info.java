/** The duplicate manager: an event's likely duplicate guests found in SQL, merged (and undone), or dismissed. */
package dev.usher.duplicates;
