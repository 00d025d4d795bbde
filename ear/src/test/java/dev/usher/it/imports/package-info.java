/** Integration tests of the imports area: the guest-file import job, through the API and the console's Import tab. */
package dev.usher.it.imports;
