/** Integration tests of the platform: health, the OpenAPI document and a client generated from it, bad input, the README's run path. */
package dev.usher.it.platform;
