package com.wealthai.crm.core.api;

import java.util.Set;

/**
 * What a feature module is and what it needs, in one place (like an Odoo manifest).
 *
 * <p>Implement it as an {@code @ApplicationScoped} bean in the module's root package: the core uses
 * that package to attribute the module's REST resources to it, so that switching the module off
 * answers 404 for its pages and its API alike. A reader should learn the module's whole footprint
 * from this descriptor and the module's folder.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class CustomersModule implements CrmModule {
 *     public String id() { return "customers"; }
 *     public String version() { return "1.0.0"; }
 *     public int order() { return 100; }
 * }
 * }</pre>
 */
public interface CrmModule {

    /** Stable lower-case id, e.g. {@code customers}; also the folder of its views and migrations. */
    String id();

    /** Version shown on the module administration page. */
    String version();

    /** Position among modules: menus, widgets and migrations follow it (then the id). */
    int order();

    /** Ids of the modules this one needs; they are migrated first and must stay enabled while it is. */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /** Message key of the display name; by convention {@code <id>.module.name}. */
    default String nameKey() {
        return id() + ".module.name";
    }

    /** Message key of the one-line description; by convention {@code <id>.module.description}. */
    default String descriptionKey() {
        return id() + ".module.description";
    }

    /** Prefix of the module's Faces views, served from {@code META-INF/resources/<id>/} of its JAR. */
    default String viewPrefix() {
        return "/" + id() + "/";
    }

    /** Prefix of the module's REST API under the application path. */
    default String apiPrefix() {
        return "/api/" + id();
    }

    /** Flyway location of the module's migrations; each module keeps its own history table. */
    default String migrationLocation() {
        return "db/migration/" + id();
    }

    /** Base name of the module's message bundles ({@code messages_ja.properties}, {@code messages_en.properties}). */
    default String messagesBaseName() {
        return getClass().getPackageName() + ".messages";
    }

    /** False for parts of the platform that cannot be switched off (the core shell itself). */
    default boolean switchable() {
        return true;
    }
}
