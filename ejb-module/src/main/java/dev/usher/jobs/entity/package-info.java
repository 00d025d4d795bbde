/** Usher's record of each job: its event, who started it, its counts and rejected rows. */
package dev.usher.jobs.entity;
