/** The guest file upload that starts an import job. */
package dev.usher.api.imports;
