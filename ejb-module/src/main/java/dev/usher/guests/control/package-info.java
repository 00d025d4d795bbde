/** Guest rules shared by every way a guest enters Usher: validation, phone normalization, duplicates. */
package dev.usher.guests.control;
