/** The job operator behind Usher's own authorization, and the writers of counts and row errors. */
package dev.usher.jobs.control;
