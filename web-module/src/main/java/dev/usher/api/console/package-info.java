/** What the web console needs from the server besides the API: how to sign in, the public page a QR code opens, and the headers that fence its pages in. */
package dev.usher.api.console;
