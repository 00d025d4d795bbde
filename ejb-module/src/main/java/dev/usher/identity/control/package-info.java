/** Rules for turning a token into an identity, and the names of the global roles. */
package dev.usher.identity.control;
