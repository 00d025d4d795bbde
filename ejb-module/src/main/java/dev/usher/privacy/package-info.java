/** A person's data on request: a guest erased from everywhere Usher keeps it, and everything held about an e-mail or phone number exported. */
package dev.usher.privacy;
