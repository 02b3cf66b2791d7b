package com.wealthai.crm.core.web;

import com.wealthai.crm.core.application.PlatformStartup;
import com.wealthai.crm.core.infrastructure.crypto.FieldEncryption;
import com.wealthai.crm.core.infrastructure.db.EmbeddedDatabase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts the platform when the web application starts (its naming context is then complete, which
 * is not yet the case when CDI's own "application initialized" event fires on Payara), and stops the
 * embedded database when it stops.
 */
@WebListener
public class PlatformLifecycle implements ServletContextListener {

    @Inject
    PlatformStartup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        EmbeddedDatabase.stop();
        FieldEncryption.reset();
    }
}
