/** Every failure as an RFC 9457 problem (application/problem+json), never a stack trace. */
package dev.usher.api.problems;
