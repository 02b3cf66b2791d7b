package com.wealthai.crm.it;

import com.wealthai.crm.labs.LabsModule;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the crm.war that `mvn package` built, exactly as production runs
 * it, plus one module JAR that exists only in the test sources ("labs"). That the core discovers,
 * lists and switches it proves a third-party module plugs in without a change to the core.
 */
public final class CrmDeployment {

    private CrmDeployment() {
    }

    public static WebArchive withLabsModule() {
        File war = new File(System.getProperty("crm.war", "target/crm.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " not found: run the tests with `mvn verify` (the WAR is built first)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addAsLibrary(labsModule());
    }

    /** The test-only module as a JAR: classes, views, messages and beans.xml, like any module. */
    static JavaArchive labsModule() {
        return ShrinkWrap.create(JavaArchive.class, "crm-labs.jar")
                .addPackage(LabsModule.class.getPackage())
                .addAsResource("labs-module/META-INF/resources/labs/index.xhtml", "META-INF/resources/labs/index.xhtml")
                .addAsResource("labs-module/META-INF/resources/labs/widget.xhtml", "META-INF/resources/labs/widget.xhtml")
                .addAsResource("labs-module/com/wealthai/crm/labs/messages_ja.properties", "com/wealthai/crm/labs/messages_ja.properties")
                .addAsResource("labs-module/com/wealthai/crm/labs/messages_en.properties", "com/wealthai/crm/labs/messages_en.properties")
                .addAsManifestResource("labs-module/META-INF/beans.xml", "beans.xml");
    }
}
