/** The business errors a boundary throws; the web module turns each into an RFC 9457 problem. */
package dev.usher.platform.errors;
