/** An event's admins (and super-admins) read, filter and export its audit trail. */
package dev.usher.audit.boundary;
