package dev.usher.it.support.servers;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The EAR the build produced, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive usherEar() {
        File ear = new File(System.getProperty("usher.ear", "target/usher.ear"));
        return ShrinkWrap.create(ZipImporter.class, "usher.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
