/** Scanning stations: admit a code, undo a mistaken admission. */
package dev.usher.api.checkin;
