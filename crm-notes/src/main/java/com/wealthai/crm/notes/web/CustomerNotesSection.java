package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.customers.api.CustomerContext;
import com.wealthai.crm.notes.application.NoteQueries;
import com.wealthai.crm.notes.application.NoteRow;
import com.wealthai.crm.notes.application.SalesNotes;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/** The notes section of the customer page: the customer's timeline, newest first, and a quick-add form. */
@Named
@ViewScoped
public class CustomerNotesSection implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TIMELINE_LENGTH = 20;

    @Inject
    NoteQueries queries;

    @Inject
    SalesNotes notes;

    /** The customer page's bean; looked up when the section renders (it lives in crm-customers). */
    @Inject
    Instance<CustomerContext> customerPage;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    private NoteForm form = new NoteForm();
    private List<NoteRow> timeline;
    /** Read with the timeline: the link under it asks twice (whether to show it, and its text). */
    private Long total;

    public List<NoteRow> getTimeline() {
        if (timeline == null) {
            timeline = queries.timeline(customerId(), TIMELINE_LENGTH, scopes.current());
        }
        return timeline;
    }

    public long getTotal() {
        if (total == null) {
            total = queries.count(com.wealthai.crm.notes.application.NoteFilter.ofCustomer(customerId()), scopes.current());
        }
        return total;
    }

    public void quickAdd() {
        try {
            notes.create(form.toInput(customerId()), scopes.current());
            Messages.addGlobalInfo(messages.get("notes.edit.saved", form.getTitle()));
            form = new NoteForm();
            timeline = null;
            total = null;
        } catch (InvalidInputException e) {
            FieldMessages.show("quickNote", e);
        } catch (RecordNotFoundException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    private long customerId() {
        return customerPage.get().getCustomerId();
    }

    public NoteForm getForm() {
        return form;
    }
}
