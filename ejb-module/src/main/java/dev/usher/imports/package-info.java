/** Guest lists from files (CSV, XLSX): recognizing columns, reading rows, applying them to an event. */
package dev.usher.imports;
