/** Resources for operating jobs. */
package dev.usher.api.jobs;
