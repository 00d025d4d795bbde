/** The JSON API under /api: thin resources that parse, call one boundary and map the result. */
package dev.usher.api;
