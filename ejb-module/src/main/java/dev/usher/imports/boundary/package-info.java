/** Entry point for uploading a guest file and starting its import job. */
package dev.usher.imports.boundary;
