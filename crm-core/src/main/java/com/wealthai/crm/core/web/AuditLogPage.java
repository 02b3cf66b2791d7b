package com.wealthai.crm.core.web;

import java.time.OffsetDateTime;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.application.AuditQuery;
import com.wealthai.crm.core.application.TimeSource;
import com.wealthai.crm.core.domain.AuditEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail page: filters by period, actor, action and record, a page at a time. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQuery query;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private AuditAction action;
    private String entityType;
    private String entityId;

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, query.count(filter()));
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return query.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    public void clear() {
        from = null;
        to = null;
        actor = null;
        action = null;
        entityType = null;
        entityId = null;
    }

    private AuditQuery.Filter filter() {
        return new AuditQuery.Filter(
                from == null ? null : from.atStartOfDay(TimeSource.TOKYO).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(TimeSource.TOKYO).toOffsetDateTime(),
                blankToNull(actor), action, blankToNull(entityType), blankToNull(entityId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }
}
