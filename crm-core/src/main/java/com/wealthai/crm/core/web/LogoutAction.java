package com.wealthai.crm.core.web;

import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Logs out: the audit line first (while the caller is known), then the session goes. */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    AuditTrail audit;

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        audit.record(AuditAction.LOGOUT, "core", "user", null, null);
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
