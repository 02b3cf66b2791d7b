package com.wealthai.crm.core.api;

import java.util.List;
import java.util.Optional;

/**
 * Who the sales reps are, for the core's user administration (linking a user to a rep). Implemented
 * by the module that owns reps; when no module does, users are linked by rep id alone.
 */
public interface SalesRepDirectory {

    /** A sales rep as the core needs to see one. */
    record SalesRepRef(long id, String repCode, String name, String branch) {
    }

    List<SalesRepRef> all();

    Optional<SalesRepRef> byId(long id);
}
