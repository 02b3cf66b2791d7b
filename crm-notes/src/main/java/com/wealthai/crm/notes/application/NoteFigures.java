package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.notes.domain.NoteType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;

/** The notes counted over a caller's book for the dashboard, kept per book (a manager's month holds thousands). */
@ApplicationScoped
public class NoteFigures {

    @Inject
    NoteQueries queries;

    @Inject
    SalesNotes notes;

    @Inject
    BookFigures figures;

    /** The notes of this month in Tokyo by type, every type present (zero when none). */
    public Map<NoteType, Long> byTypeThisMonth(AccessScope scope) {
        return figures.get(SalesNotes.FIGURES + "byTypeThisMonth", scope,
                () -> Collections.unmodifiableMap(queries.countByTypeSince(notes.today().withDayOfMonth(1), scope)));
    }
}
