/** The invitation-send job: one invitation e-mail per item of a bulk send, never twice. */
package dev.usher.batch.invitationsend;
