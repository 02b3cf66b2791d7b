package com.wealthai.crm.core.api;

/**
 * The three roles of DESIGN.md and the reach each gives over customers.
 * A user holds one or more; the widest decides the {@link AccessScope}.
 */
public enum Role {
    /** A sales representative: the customers of their own book. */
    REP,
    /** A branch manager: the customers of every rep in their branch. */
    MANAGER,
    /** Everything, plus module and user administration. */
    ADMIN;

    /** Names of all roles, for {@code @RolesAllowed} style checks. */
    public static final String REP_NAME = "REP";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";
}
