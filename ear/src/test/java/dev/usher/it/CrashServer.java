package dev.usher.it;

import java.util.List;

/**
 * The crash tests' server: they need a process to kill -9 mid-job and start again, which
 * Arquillian's managed server is not. It trusts the same test key (as a PEM file) and talks to
 * the same Graph API stand-in as the main test server.
 */
final class CrashServer extends LibertyProcess {

    CrashServer(String... extraEnvironment) {
        super(System.getProperty("usher.it.crash.serverName"), System.getProperty("usher.it.crash.httpPort"),
                TestEnvironment.serverEnvFor(System.getProperty("usher.it.crash.db.url"),
                        System.getProperty("usher.it.crash.httpPort"), System.getProperty("usher.it.crash.httpsPort"),
                        List.of(extraEnvironment)));
    }
}
