package dev.usher.it.support.servers;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every integration test: Arquillian deploys the EAR the build produced into the
 * managed Liberty server, and the tests call it over HTTP as clients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ArquillianIT {

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return Deployments.usherEar();
    }
}
