/** Invitations as stored, with the rules for moving between statuses and admitting seats. */
package dev.usher.invitations.entity;
