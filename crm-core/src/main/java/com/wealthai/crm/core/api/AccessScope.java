package com.wealthai.crm.core.api;

import java.util.Objects;
import java.util.Set;

/**
 * Which customers the current caller may see and change, the same for pages, API and AI tools.
 *
 * <p>Every module applies it in its query layer: {@link Reach#OWN_BOOK} filters on the sales rep id,
 * {@link Reach#BRANCH} on the rep's branch, {@link Reach#ALL} not at all. A caller with no reach
 * (a user not linked to a rep, say) sees nothing rather than everything.
 *
 * @param userId     the CRM user id
 * @param login      the login name, for audit
 * @param roles      the roles held
 * @param salesRepId the sales rep this user is, or {@code null}
 * @param branch     the branch the user works in, or {@code null}
 */
public record AccessScope(long userId, String login, Set<Role> roles, Long salesRepId, String branch) {

    /** How far a caller's reach extends. */
    public enum Reach { NONE, OWN_BOOK, BRANCH, ALL }

    public AccessScope {
        Objects.requireNonNull(login, "login");
        roles = Set.copyOf(roles);
    }

    /** The widest reach the roles give; a rep or manager without rep or branch reaches nothing. */
    public Reach reach() {
        if (roles.contains(Role.ADMIN)) {
            return Reach.ALL;
        }
        if (roles.contains(Role.MANAGER) && branch != null) {
            return Reach.BRANCH;
        }
        if (roles.contains(Role.REP) && salesRepId != null) {
            return Reach.OWN_BOOK;
        }
        return Reach.NONE;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** A scope for work done by the system itself (start-up, schedules), with full reach. */
    public static AccessScope system() {
        return new AccessScope(0, "system", Set.of(Role.ADMIN), null, null);
    }
}
