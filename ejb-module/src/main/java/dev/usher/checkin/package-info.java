/** Admission at the door: scanning stations post a code and the server admits its seats exactly once. */
package dev.usher.checkin;
