/** Entry points for scanning a code and undoing a mistaken admission. */
package dev.usher.checkin.boundary;
