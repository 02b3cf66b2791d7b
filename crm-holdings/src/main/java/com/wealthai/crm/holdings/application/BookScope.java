package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.api.ScopeRestriction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which holdings a book analysis covers: everything the caller reaches, or one rep's book within it.
 * A rep is only analysable by a caller who may see that rep (a REP themselves, a MANAGER the reps of
 * the branch, an ADMIN anyone); the rep's book is then the rep's own customers as that rep would see
 * them, and still within the caller's reach, so the two restrictions are combined, never swapped.
 *
 * @param rep         the rep whose book it is, or null for the caller's whole reach
 * @param restriction the condition on {@code h.customer_id}
 */
public record BookScope(SalesRepSummary rep, ScopeRestriction restriction) {

    static final String COLUMN = "h.customer_id";

    /** Empty when the rep is not one the caller may see (or does not exist). */
    public static Optional<BookScope> of(CustomerDirectory directory, AccessScope caller, Long repId) {
        ScopeRestriction reach = directory.restriction(caller, COLUMN);
        if (repId == null) {
            return Optional.of(new BookScope(null, reach));
        }
        Optional<SalesRepSummary> rep = directory.salesReps(caller).stream().filter(r -> r.id() == repId).findFirst();
        return rep.map(r -> {
            AccessScope ownBook = new AccessScope(caller.userId(), caller.login(), Set.of(Role.REP), r.id(), null);
            ScopeRestriction own = directory.restriction(ownBook, COLUMN);
            List<Object> parameters = new ArrayList<>(reach.parameters());
            parameters.addAll(own.parameters());
            return new BookScope(r, new ScopeRestriction("(" + reach.sql() + ") and (" + own.sql() + ")", parameters));
        });
    }
}
