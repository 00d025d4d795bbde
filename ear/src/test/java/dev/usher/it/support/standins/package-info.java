/** Real stand-ins for Usher's peers, run in the test JVM: the test identity provider and its tokens, the Graph API, the SMTP mailbox, a webhook receiver. */
package dev.usher.it.support.standins;
