/** What arrives over HTTP, read strictly in one place: JSON bodies, and U+0000 anywhere in a request. */
package dev.usher.api.input;
