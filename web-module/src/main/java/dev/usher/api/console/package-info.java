/** What the web console needs from the server besides the API: how to sign in, and the public page a QR code opens. */
package dev.usher.api.console;
