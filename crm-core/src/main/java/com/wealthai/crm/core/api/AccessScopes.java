package com.wealthai.crm.core.api;

/**
 * The one service every module asks "who is calling and how far may they see".
 * Inject it; {@link #current()} reads the authenticated caller of this request.
 */
public interface AccessScopes {

    /** The caller's scope; throws {@link IllegalStateException} when nobody is logged in. */
    AccessScope current();
}
