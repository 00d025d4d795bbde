/** The erasure of a guest (an event's admins) and the export of a person's data (super-admins). */
package dev.usher.privacy.boundary;
