package com.wealthai.crm.core.web;

import com.wealthai.crm.core.application.DatabaseFailures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The text of the error pages. A server error caused by the database being away says so ("try again
 * shortly") instead of a generic apology; any other is logged with an incident id shown to the user.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    MessagesMap msg;

    private String incident;
    private boolean databaseDown;
    private boolean inspected;

    public String title(String code) {
        inspect();
        return msg.get(key(code) + ".title");
    }

    public String detail(String code) {
        inspect();
        return msg.get(key(code) + ".detail");
    }

    public String getIncident() {
        inspect();
        return incident;
    }

    private String key(String code) {
        if ("500".equals(code) && databaseDown) {
            return "core.error.unavailable";
        }
        return "core.error." + code;
    }

    private void inspect() {
        if (inspected) {
            return;
        }
        inspected = true;
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object failure = request.get(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown) {
            databaseDown = DatabaseFailures.isUnavailable(thrown);
            if (!databaseDown) {
                incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Request to " + request.get(RequestDispatcher.ERROR_REQUEST_URI) + " failed, incident " + incident, thrown);
            }
        }
    }
}
