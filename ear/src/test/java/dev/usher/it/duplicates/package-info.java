/** The duplicate manager: finding, merging and undoing, dismissals, and who may. */
package dev.usher.it.duplicates;
