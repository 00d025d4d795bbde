/** What the web console needs from the server besides the API: how to sign in. */
package dev.usher.api.console;
