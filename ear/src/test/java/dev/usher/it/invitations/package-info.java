/** Integration tests of the invitations area: official and event invitations, their e-mails and bulk sends, the public check of a code. */
package dev.usher.it.invitations;
