/**
 * The door of the core: everything a feature module may use.
 *
 * <p>A module is a JAR in {@code WEB-INF/lib} whose CDI beans implement these types: one
 * {@link com.wealthai.crm.core.api.CrmModule} descriptor, and any number of
 * {@link com.wealthai.crm.core.api.MenuItem}s, {@link com.wealthai.crm.core.api.DashboardWidget}s,
 * {@link com.wealthai.crm.core.api.StatsContribution}s, {@link com.wealthai.crm.core.api.AiTool}s,
 * {@link com.wealthai.crm.core.api.FigureWarmup}s and {@link com.wealthai.crm.core.api.DemoDataLoader}s. The core finds them with {@code @Any Instance<…>}
 * and never names a module. Everything else in the core is private to it.
 */
package com.wealthai.crm.core.api;
