/** Integration tests: the real EAR on the real Liberty server against a real PostgreSQL. */
package dev.usher.it;
