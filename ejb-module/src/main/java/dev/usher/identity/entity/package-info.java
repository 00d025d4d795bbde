/** Users as stored: one row per e-mail identity, pending until its first sign-in. */
package dev.usher.identity.entity;
