package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.notes.application.NoteRow;
import com.wealthai.crm.notes.application.SalesNotes;
import com.wealthai.crm.notes.domain.SalesNote;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

/** The one-click buttons of a follow-up, wherever it is listed: done, or postponed by a day or a week. */
@Named
@RequestScoped
public class FollowUpActions {

    @Inject
    SalesNotes notes;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    public void complete(NoteRow row) {
        run(() -> notes.complete(row.id(), row.version(), scopes.current()), "notes.followUps.completed", row);
    }

    public void postpone(NoteRow row, int days) {
        run(() -> notes.postpone(row.id(), row.version(), days, scopes.current()), "notes.followUps.postponed", row);
    }

    private void run(java.util.function.Supplier<SalesNote> action, String doneKey, NoteRow row) {
        try {
            SalesNote note = action.get();
            Messages.addGlobalInfo(messages.get(doneKey, row.title(), note.getFollowUpDate() == null ? "" : note.getFollowUpDate().toString()));
        } catch (StaleVersionException | RecordNotFoundException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }
}
