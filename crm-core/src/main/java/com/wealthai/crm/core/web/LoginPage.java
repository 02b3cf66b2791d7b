package com.wealthai.crm.core.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.wealthai.crm.core.security.CrmAuthenticationMechanism;
import com.wealthai.crm.core.security.LoginGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * The login form. A wrong password and a locked account get different, clear messages; after logging
 * in the user lands where they were going, or on the dashboard.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginGuard guard;

    @Inject
    MessagesMap msg;

    @Inject
    UserSession userSession;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();

        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(), new Password(password == null ? "" : password))));

        switch (status) {
            case SUCCESS -> {
                request.changeSessionId(); // no session fixation
                userSession.forgetUser();
                HttpSession session = request.getSession();
                Object original = session.getAttribute(CrmAuthenticationMechanism.ORIGINAL_URL);
                session.removeAttribute(CrmAuthenticationMechanism.ORIGINAL_URL);
                external.redirect(original instanceof String url ? url : external.getRequestContextPath() + "/dashboard.xhtml");
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                response.setStatus(HttpServletResponse.SC_OK);
                Optional<OffsetDateTime> lockedUntil = guard.lockedUntil(username);
                if (lockedUntil.isPresent()) {
                    String until = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Tokyo")).format(lockedUntil.get());
                    Messages.addGlobalError(msg.format("core.login.locked", until));
                } else {
                    Messages.addGlobalError(msg.get("core.login.failed"));
                }
                password = null;
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
