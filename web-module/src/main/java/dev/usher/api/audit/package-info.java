/** An event's audit trail over HTTP: JSON pages and a CSV export. */
package dev.usher.api.audit;
