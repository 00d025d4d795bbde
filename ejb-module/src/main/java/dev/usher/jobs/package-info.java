/** Bulk work as Jakarta Batch jobs: starting them, and what operators see and control of them. */
package dev.usher.jobs;
