package com.wealthai.crm.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /crm/api}. Resources of every module JAR are picked up by scanning; each
 * is closed with its module by {@link ModuleGateFeature}.
 */
@ApplicationPath("api")
public class CrmApi extends Application {
}
