/**
 * Integration tests: the real EAR on the real Liberty server against a real PostgreSQL. One
 * package per business area (as {@code dev.usher.*}), the console and the platform; what they
 * share lives apart in {@code dev.usher.it.support}.
 */
package dev.usher.it;
