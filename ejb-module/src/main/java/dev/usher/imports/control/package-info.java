/** Reading guest files and applying their rows: the rules an import job calls, chunk by chunk. */
package dev.usher.imports.control;
