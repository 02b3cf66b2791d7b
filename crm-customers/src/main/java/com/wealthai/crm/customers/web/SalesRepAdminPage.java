package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.customers.application.SalesReps;
import com.wealthai.crm.customers.domain.SalesRep;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/** Administrators keep the sales reps: add one, change one, mark one as no longer active. */
@Named
@ViewScoped
public class SalesRepAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SalesReps salesReps;

    @Inject
    CrmMessages messages;

    @Inject
    AccessScopes scopes;

    private List<SalesRep> reps;
    private SalesRep editing = new SalesRep();

    /** Only administrators keep reps; anyone else gets the page as if it did not exist. */
    public void guard() throws IOException {
        if (!scopes.current().isAdmin()) {
            Faces.responseSendError(404, "not found");
            Faces.responseComplete();
        }
    }

    public List<SalesRep> getReps() {
        if (reps == null) {
            reps = salesReps.all();
        }
        return reps;
    }

    public void startCreate() {
        editing = new SalesRep();
    }

    public void startEdit(SalesRep rep) {
        editing = rep;
    }

    public void save() {
        try {
            salesReps.save(editing);
            reps = null;
            Messages.addGlobalInfo(messages.get("customers.reps.saved"));
            PrimeFaces.current().executeScript("PF('repDialog').hide()");
        } catch (InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                Messages.addError("repForm:" + camelCase(error.field()), error.message());
            }
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        } catch (ConflictException | StaleVersionException refused) {
            Messages.addError("repForm", refused.getMessage());
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        }
    }

    private static String camelCase(String field) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    public SalesRep getEditing() {
        return editing;
    }
}
