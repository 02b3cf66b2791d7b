package com.wealthai.crm.core.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/**
 * Names the JSON-P implementation once, so that {@code Json.createObjectBuilder()} and friends stop
 * searching for it on every call. Without the {@code jakarta.json.provider} property each call runs a
 * ServiceLoader lookup, then an OSGi lookup, through the class loaders' JAR files before falling back
 * to Parsson (what Payara ships): about 2% of the CPU of a page or API request. An explicit setting of
 * the property (a JVM option) is left alone.
 */
@ApplicationScoped
public class JsonProviderShortcut {

    static final String PROPERTY = "jakarta.json.provider";
    static final String PARSSON = "org.eclipse.parsson.JsonProviderImpl";

    private static final Logger LOG = Logger.getLogger(JsonProviderShortcut.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            // The property is resolved by JsonProvider's own class loader: only name what it can load.
            Class.forName(PARSSON, false, jakarta.json.spi.JsonProvider.class.getClassLoader());
            System.setProperty(PROPERTY, PARSSON);
        } catch (ClassNotFoundException | LinkageError notThere) {
            LOG.fine(() -> "No " + PARSSON + " beside the JSON-P API; the provider is looked up per call");
        }
    }
}
