package dev.usher.api.devsignin;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.Map;

/**
 * Lets Liberty's own endpoints trust the development issuer too. {@link DevIssuerConfigSource}
 * reaches only this application's MicroProfile Config; Liberty's batch REST API
 * ({@code /ibm/api/batch}) is another application of the server, whose mpJwt sees the process's
 * configuration only, and so answered a development batch-operator token with 401. While the
 * development issuer is on, its key, issuer and audience are published as system properties for
 * the life of this application; {@link DevIssuer#enabled()} recognizes them as its own. So is the
 * development RSVP link secret ({@link DevLinkSecret}), which the EJB module reads.
 */
@WebListener
public class ServerWideTrust implements ServletContextListener {

    private String devLinkSecret;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (DevIssuer.enabled()) {
            DevIssuer.keys();
            DevIssuer.ownSettings().forEach(System::setProperty);
        }
        // The EJB module's MicroProfile Config sees system properties, not this WAR's config source.
        if (DevLinkSecret.wanted(System.getenv(), System.getProperties())) {
            devLinkSecret = DevLinkSecret.loadOrCreate(DevIssuer.keyDirectory());
            System.setProperty(DevLinkSecret.PROPERTY, devLinkSecret);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Map.Entry<String, String> setting : DevIssuer.ownSettings().entrySet()) {
            if (setting.getValue().equals(System.getProperty(setting.getKey()))) {
                System.clearProperty(setting.getKey());
            }
        }
        if (devLinkSecret != null && devLinkSecret.equals(System.getProperty(DevLinkSecret.PROPERTY))) {
            System.clearProperty(DevLinkSecret.PROPERTY);
        }
    }
}
