/** The servers the tests run against, and what prepares them: Arquillian's deployment, the test environment, servers a test starts itself, Keycloak. */
package dev.usher.it.support.servers;
