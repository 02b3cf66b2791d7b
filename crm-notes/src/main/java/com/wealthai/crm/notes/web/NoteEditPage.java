package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.notes.application.SalesNotes;
import com.wealthai.crm.notes.domain.SalesNote;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Writing or editing one note ({@code edit.xhtml?customer=…} for a new one, {@code ?id=…} to edit).
 * A refused save keeps everything the user typed and says why, at the field or, for a concurrent
 * edit, at the top.
 */
@Named
@ViewScoped
public class NoteEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SalesNotes notes;

    @Inject
    CustomerDirectory customers;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    private Long id;
    private Long customerId;
    private long version;
    private CustomerSummary customer;
    private NoteForm form = new NoteForm();

    public void load() throws IOException {
        try {
            if (id != null) {
                SalesNote note = notes.read(id, scopes.current());
                customerId = note.getCustomerId();
                version = note.getVersion();
                form = NoteForm.of(note);
            }
            customer = customerId == null ? null : customers.find(customerId, scopes.current()).orElse(null);
        } catch (RecordNotFoundException e) {
            customer = null;
        }
        if (customer == null) {
            Faces.responseSendError(404, messages.get("notes.error.customer.notFound"));
            Faces.responseComplete();
        } else if (id == null && form.getNoteDate() == null) {
            form.setNoteDate(notes.today());
        }
    }

    public String save() {
        try {
            SalesNote saved = id == null
                    ? notes.create(form.toInput(customerId), scopes.current())
                    : notes.update(id, version, form.toInput(customerId), scopes.current());
            Messages.addFlashGlobalInfo(messages.get("notes.edit.saved", saved.getTitle()));
            return "/notes/list.xhtml?faces-redirect=true&customer=" + customerId;
        } catch (InvalidInputException e) {
            FieldMessages.show("noteForm", e);
        } catch (StaleVersionException e) {
            Messages.addGlobalError(e.getMessage());
        }
        return null;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public CustomerSummary getCustomer() {
        return customer;
    }

    public NoteForm getForm() {
        return form;
    }
}
