/** Jakarta Batch artifacts for Usher's bulk work (imports, broadcasts, mass invitation sends). */
package dev.usher.batch;
