/** Integration tests of the web console as a whole in a real browser: sign-in, management, settings, security headers, accessibility. */
package dev.usher.it.console;
