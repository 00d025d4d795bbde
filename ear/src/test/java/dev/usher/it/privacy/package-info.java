/** A guest's erasure and a person's export through the real server and database. */
package dev.usher.it.privacy;
