/** Artifacts every Usher job uses: the listener that keeps Usher's record of the job. */
package dev.usher.batch.common;
