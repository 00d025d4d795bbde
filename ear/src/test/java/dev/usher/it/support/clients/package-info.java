/** Clients of the server under test: the HTTP API, raw HTTP, the jobs API, and direct reads of the test database. */
package dev.usher.it.support.clients;
