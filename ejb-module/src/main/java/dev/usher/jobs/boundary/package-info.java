/** Entry point for listing, reading, stopping and restarting jobs. */
package dev.usher.jobs.boundary;
