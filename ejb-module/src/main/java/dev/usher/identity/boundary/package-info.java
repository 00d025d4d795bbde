/** Entry point that resolves the signed-in caller to a user row. */
package dev.usher.identity.boundary;
