package com.wealthai.crm.core.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who logged in on this HTTP session and with which groups (roles), as the identity store answered
 * at login. Kept in the session so that every later request names the caller with its groups
 * itself (see {@link CrmAuthenticationMechanism}); serialisable, as session attributes must be.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    SessionCaller {
        groups = Set.copyOf(groups);
    }
}
