package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.notes.application.NoteFigures;
import com.wealthai.crm.notes.domain.NoteType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The dashboard tile "notes by type this month", as bars relative to the most frequent type. */
@Named
@RequestScoped
public class NotesByTypeWidget {

    @Inject
    NoteFigures figures;

    @Inject
    AccessScopes scopes;

    private Map<NoteType, Long> counts;

    public Map<NoteType, Long> getCounts() {
        if (counts == null) {
            counts = figures.byTypeThisMonth(scopes.current());
        }
        return counts;
    }

    public List<NoteType> getTypes() {
        return List.of(NoteType.values());
    }

    public long getTotal() {
        return getCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Bar width in percent of the largest count, in steps of 5 (a CSS class each: no inline styles under the CSP). */
    public long width(NoteType type) {
        long max = getCounts().values().stream().mapToLong(Long::longValue).max().orElse(0);
        return max == 0 ? 0 : 5 * Math.round(20.0 * getCounts().get(type) / max);
    }
}
