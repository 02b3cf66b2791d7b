package com.wealthai.crm.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * Whether a module is switched on, and who switched it when. Kept in the database so that every
 * instance behind the load balancer agrees, and read on each request.
 */
@Entity
@Table(name = "module_state")
public class ModuleState {

    @Id
    @Column(name = "module_id", length = 50)
    private String moduleId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_by", length = 60)
    private String changedBy;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected ModuleState() {
    }

    public ModuleState(String moduleId, boolean enabled) {
        this.moduleId = moduleId;
        this.enabled = enabled;
    }

    public void switchTo(boolean enabled, String by, OffsetDateTime at) {
        this.enabled = enabled;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getModuleId() {
        return moduleId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
