package com.wealthai.crm.core.domain;

import com.wealthai.crm.core.api.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who logs in: their roles, the sales rep they are (for a REP's book) and their branch (for
 * a MANAGER's reach), their password hash and the state of the lockout after failed logins.
 */
@Entity
@Table(name = "crm_user")
@NamedQuery(name = UserAccount.BY_LOGIN, query = "select u from UserAccount u where u.login = :login")
@NamedQuery(name = UserAccount.BY_SALES_REP, query = "select u from UserAccount u where u.salesRepId = :salesRepId")
public class UserAccount {

    public static final String BY_LOGIN = "UserAccount.byLogin";
    public static final String BY_SALES_REP = "UserAccount.bySalesRep";

    /** Five wrong passwords in a row lock the account for fifteen minutes. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{core.user.login.required}")
    @Size(max = 60, message = "{core.user.login.size}")
    @Pattern(regexp = "[a-z0-9._-]+", message = "{core.user.login.pattern}")
    @Column(nullable = false, unique = true, length = 60)
    private String login;

    @NotBlank(message = "{core.user.displayName.required}")
    @Size(max = 100, message = "{core.user.displayName.size}")
    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotEmpty(message = "{core.user.roles.required}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crm_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "sales_rep_id")
    private Long salesRepId;

    @Size(max = 50, message = "{core.user.branch.size}")
    @Column(length = 50)
    private String branch;

    @Column(nullable = false, length = 5)
    private String locale = "ja";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String login, String displayName, String passwordHash, Set<Role> roles) {
        this.login = login;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    }

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; returns true when this one locked the account. */
    public boolean recordFailedLogin(OffsetDateTime now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            failedLogins = 0;
            lockedUntil = now.plus(LOCKOUT);
            touch(now);
            return true;
        }
        touch(now);
        return false;
    }

    public void recordSuccessfulLogin(OffsetDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock(OffsetDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        touch(now);
    }

    public void lockIndefinitely(OffsetDateTime now) {
        lockedUntil = OffsetDateTime.parse("9999-12-31T00:00:00Z");
        touch(now);
    }

    public void changePasswordHash(String newHash, OffsetDateTime now) {
        this.passwordHash = newHash;
        unlock(now);
    }

    public void touch(OffsetDateTime now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = new HashSet<>(roles);
    }

    public Long getSalesRepId() {
        return salesRepId;
    }

    public void setSalesRepId(Long salesRepId) {
        this.salesRepId = salesRepId;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch == null || branch.isBlank() ? null : branch.trim();
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
