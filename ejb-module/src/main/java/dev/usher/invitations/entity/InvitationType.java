package dev.usher.invitations.entity;

/** What kind of guest an invitation is for. Spelled as stored and shown. */
public enum InvitationType {
    general, vip, press, sponsor, special
}
