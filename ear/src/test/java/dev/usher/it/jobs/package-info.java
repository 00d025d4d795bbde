/** Integration tests of the jobs area: operating batch jobs, across servers and through a crash. */
package dev.usher.it.jobs;
