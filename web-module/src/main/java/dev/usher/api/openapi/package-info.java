/** Additions to the generated OpenAPI document. */
package dev.usher.api.openapi;
