/** The finder's SQL, the merge's moves and their undo, and the remembered "not duplicates". */
package dev.usher.duplicates.control;
