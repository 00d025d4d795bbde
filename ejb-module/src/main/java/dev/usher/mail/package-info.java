/** The mail transport every e-mail sender shares: the SMTP server or the .eml folder, retries, the SMTP settings. */
package dev.usher.mail;
