package dev.usher.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server among the servers on one database. Each start of the JVM gets a new id and a
 * row in {@code job_servers} whose heartbeat it refreshes every few seconds; at each beat it
 * also looks for jobs whose executing server has not beaten for longer than the timeout (killed,
 * frozen, cut off from the database) and declares them failed, so any server can restart them.
 * A server that comes back after a crash is a new id: its old row goes stale like any dead
 * server's, and its old jobs are found the same way.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Each step of a beat commits on its own (DeadServerJobs is @Transactional): a failed search for
// dead servers never takes this server's own heartbeat back with it.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobServers {

    private static final Logger LOG = Logger.getLogger(JobServers.class.getName());

    private final UUID id = UUID.randomUUID();

    /** Host and server name, resolved once: the host lookup may cost a DNS query, every beat. */
    private final String name = name();

    @Resource
    TimerService timers;

    @Inject
    DeadServerJobs deadServerJobs;

    @Inject
    @ConfigProperty(name = "usher.jobs.heartbeat-seconds", defaultValue = "10")
    int heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "usher.jobs.server-timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    @PostConstruct
    void join() {
        if (heartbeatSeconds < 1 || timeoutSeconds < 2 * heartbeatSeconds) {
            throw new IllegalStateException("USHER_JOBS_HEARTBEAT_SECONDS must be at least 1 and "
                    + "USHER_JOBS_SERVER_TIMEOUT_SECONDS at least twice it, not " + heartbeatSeconds + " and "
                    + timeoutSeconds);
        }
        deadServerJobs.beat(id, name);
        long period = Duration.ofSeconds(heartbeatSeconds).toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
        LOG.info(() -> "Job server " + id + " (" + name + ") beats every " + heartbeatSeconds
                + " s; a server silent for " + timeoutSeconds + " s is declared dead");
    }

    @Timeout
    void beat(Timer timer) {
        try {
            deadServerJobs.beat(id, name);
            deadServerJobs.failJobsOfDeadServers(Duration.ofSeconds(timeoutSeconds));
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next beat tries again. Longer than the
            // timeout, and other servers will (rightly) consider this one gone.
            LOG.log(Level.WARNING, "Job server heartbeat failed: " + e, e);
        }
    }

    /** This server's id in {@code job_servers}, new at each start. */
    public UUID id() {
        return id;
    }

    /** How long a server may be silent before its jobs are declared failed. */
    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    private static String name() {
        String server = System.getProperty("wlp.server.name", "usher");
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + server;
        } catch (java.io.IOException e) {
            return server;
        }
    }
}
