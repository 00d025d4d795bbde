/** The guest-import job: file rows read, checked by the guest rules, written in chunks. */
package dev.usher.batch.guestimport;
