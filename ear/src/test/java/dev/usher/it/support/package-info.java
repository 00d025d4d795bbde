/** What the integration tests share, apart from the tests: servers, clients, browsers, stand-ins and fixtures. */
package dev.usher.it.support;
