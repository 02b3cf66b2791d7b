package com.wealthai.crm.core.api;

/**
 * The append-only audit trail: who did what to which record, when. Modules record views and changes
 * of their records here; the actor and client address are taken from the current request.
 * Details name fields, never their values, so that no personal data lands in the trail.
 */
public interface AuditTrail {

    /** Records an event by the current caller. */
    void record(AuditAction action, String moduleId, String entityType, Object entityId, String detail);

    /** Shorthand for a record being opened. */
    default void viewed(String moduleId, String entityType, Object entityId) {
        record(AuditAction.VIEW, moduleId, entityType, entityId, null);
    }
}
