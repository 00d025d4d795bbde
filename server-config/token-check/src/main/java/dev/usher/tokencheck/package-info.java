/** Refuses a bearer token whose signature does not verify before Liberty's mpJwt (which would log it) reads it. */
package dev.usher.tokencheck;
