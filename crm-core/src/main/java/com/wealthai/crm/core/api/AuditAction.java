package com.wealthai.crm.core.api;

/** What an audit event says happened. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGOUT,
    VIEW,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    MODULE_ENABLED,
    MODULE_DISABLED,
    USER_CREATED,
    USER_UPDATED,
    PASSWORD_RESET,
    ACCOUNT_UNLOCKED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    AI_QUESTION,
    AI_RECORDS_READ
}
