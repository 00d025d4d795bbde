/** The reads that gather what Usher holds about one e-mail address or phone number. */
package dev.usher.privacy.control;
