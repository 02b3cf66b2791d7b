package com.wealthai.crm.core.security;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.application.DatabaseFailures;
import com.wealthai.crm.core.rest.Problem;
import com.wealthai.crm.core.web.SecurityHeadersFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One authentication mechanism for the two kinds of client (Jakarta Security 3 allows one per app).
 *
 * <p>Pages: form login on our own styled page. An unauthenticated request for a protected page is
 * sent to {@code /login.xhtml} (an Ajax request gets a Faces partial-response redirect, so an expired
 * session never leaves a dead button) and the original address is kept to return to. The login page
 * authenticates through {@code SecurityContext.authenticate}; the session then carries the caller.
 *
 * <p>API ({@code /api/*}): {@code Authorization: Bearer <token>} or {@code Basic}, checked on every
 * request and never creating a session; a missing or wrong credential gets 401 as problem+json.
 */
@ApplicationScoped
public class CrmAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the caller and groups of a page login, restored on every later request. */
    static final String SESSION_CALLER = "crm.sessionCaller";

    /** Session attribute: where to go after logging in. */
    public static final String ORIGINAL_URL = "crm.originalUrl";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CrmMessages messages;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return pageLogin(request, context, submitted);
        }
        if (isApi(request)) {
            return api(request, response, context);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            return resume(request, context, sessionCaller);
        }
        if (context.isProtected()) {
            return sendToLogin(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus pageLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // Not responseUnauthorized(): that sends a 401 error page, and the login page must render its message.
            return AuthenticationStatus.SEND_FAILURE;
        }
        // Ask the container to keep the caller in the HTTP session (what @AutoApplySession does).
        context.getMessageInfo().getMap().put("jakarta.servlet.http.registerSession", Boolean.TRUE.toString());
        request.getSession(true).setAttribute(SESSION_CALLER, new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A later request of a logged-in session: the caller is named to the container again with the
     * groups kept in the session at login, exactly as a login would.
     *
     * <p>Why not only hand the session's principal back (the "reuse" move of Jakarta Authentication,
     * what {@code @AutoApplySession} does): Payara 6 then finds the caller's groups through a session
     * principal it parks in the thread's security context, and a request thread without one of its
     * own gets the static default context, shared by all threads and reset by each request when its
     * authentication ends (payara/Payara#6145, fixed upstream by FISH-7515 after 6.2025.10). Under
     * concurrent sessions another request's value is read now and then; the caller then comes back
     * without groups, and the page constraint answers 403 (2–3 % of page views at 100 users).
     */
    private AuthenticationStatus resume(HttpServletRequest request, HttpMessageContext context, Principal caller) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller stored
                && stored.name().equals(caller.getName())) {
            return context.notifyContainerAboutLogin(new CredentialValidationResult(stored.name(), stored.groups()));
        }
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("Could not restore the session's caller", e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            Principal sessionCaller = request.getUserPrincipal();
            if (sessionCaller != null) {
                return resume(request, context, sessionCaller);
            }
            return context.isProtected() ? unauthorized(request, response, messages.get("core.api.auth.required")) : context.doNothing();
        }
        Optional<Credential> credential = parse(header);
        if (credential.isEmpty()) {
            return unauthorized(request, response, messages.get("core.api.auth.malformed"));
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential.get());
        } catch (RuntimeException failure) {
            if (DatabaseFailures.isUnavailable(failure)) {
                return unavailable(request, response);
            }
            throw failure;
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return unauthorized(request, response, messages.get("core.api.auth.invalid"));
    }

    static Optional<Credential> parse(String header) {
        String[] schemeAndValue = header.trim().split("\\s+", 2);
        if (schemeAndValue.length != 2) {
            return Optional.empty();
        }
        String scheme = schemeAndValue[0];
        String value = schemeAndValue[1].trim();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return Optional.of(new BearerTokenCredential(value));
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon <= 0) {
                    return Optional.empty();
                }
                return Optional.of(new ApiPasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"crm\", Basic realm=\"crm\", charset=\"UTF-8\"");
        return problem(request, response, Problem.of(401, "unauthorized", messages.get("core.api.problem.unauthorized"), detail));
    }

    /** The database is away: the credentials cannot be checked now, which is not the caller's fault. */
    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", "5");
        return problem(request, response, Problem.of(503, "unavailable", messages.get("core.unavailable.title"), messages.get("core.error.unavailable.detail")));
    }

    private AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response, Problem problem) {
        SecurityHeadersFilter.applyTo(request, response);
        try {
            response.setStatus(problem.status());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem.toJson().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus sendToLogin(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeadersFilter.applyTo(request, response);
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("GET".equals(request.getMethod()) && !isAjax(request)) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(ORIGINAL_URL, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            if (isAjax(request)) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + loginUrl + "?expired=true\"></redirect></partial-response>");
                response.flushBuffer();
            } else {
                response.sendRedirect(loginUrl);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }
}
