/** HTTP for the duplicate manager: groups, merges and their undo, dismissals. */
package dev.usher.api.duplicates;
