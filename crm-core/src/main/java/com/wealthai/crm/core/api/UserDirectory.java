package com.wealthai.crm.core.api;

import java.util.Optional;
import java.util.Set;

/**
 * What modules may ask of and do to user accounts: look up the user linked to a sales rep, and
 * create demo users (demo mode only) for the reps they load.
 */
public interface UserDirectory {

    /**
     * Creates the user unless one with this login exists; only in demo mode, with the demo password.
     *
     * @throws IllegalStateException outside demo mode
     */
    void ensureDemoUser(String login, String displayName, Set<Role> roles, Long salesRepId, String branch);

    /** Login of the user linked to this sales rep, if any. */
    Optional<String> loginOfSalesRep(long salesRepId);
}
