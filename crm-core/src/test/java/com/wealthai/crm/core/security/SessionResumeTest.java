package com.wealthai.crm.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.junit.jupiter.api.Test;

/**
 * A logged-in page session must reach the container with its groups on every later request, without
 * relying on the container to find them again: Payara 6 looks them up through a field shared by all
 * request threads, and under concurrent sessions some requests came back without roles (403). The
 * container's side is played by small stand-ins that record what the mechanism tells it.
 */
class SessionResumeTest {

    private final CrmAuthenticationMechanism mechanism = new CrmAuthenticationMechanism();
    private final Map<String, Object> sessionAttributes = new HashMap<>();

    SessionResumeTest() {
        mechanism.identityStores = credential -> credential instanceof UsernamePasswordCredential password
                && password.getCaller().equals("r001") && password.getPasswordAsString().equals("secret")
                ? new CredentialValidationResult("r001", Set.of("REP")) : CredentialValidationResult.INVALID_RESULT;
    }

    @Test
    void aLaterRequestOfTheSessionNamesTheCallerWithTheGroupsOfItsLogin() throws Exception {
        Container login = new Container(new UsernamePasswordCredential("r001", "secret"));
        assertThat(mechanism.validateRequest(request(null), null, login.context())).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(login.groups).containsExactly("REP");

        // the next page view: the container hands over the session's principal, with no groups of its own
        Container next = new Container(null);
        AuthenticationStatus status = mechanism.validateRequest(request(login.caller), null, next.context());

        assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(next.caller).extracting(Principal::getName).isEqualTo("r001");
        assertThat(next.groups).as("groups named by the mechanism itself on a resumed session").containsExactly("REP");
    }

    @Test
    void aSessionPrincipalOfAnotherCallerIsNotGivenTheStoredGroups() throws Exception {
        mechanism.validateRequest(request(null), null, new Container(new UsernamePasswordCredential("r001", "secret")).context());

        Container next = new Container(null);
        mechanism.validateRequest(request(new CallerPrincipal("m01")), null, next.context());

        assertThat(next.groups).isEmpty();
    }

    @Test
    void theStoredCallerSurvivesSessionSerialisation() throws Exception {
        mechanism.validateRequest(request(null), null, new Container(new UsernamePasswordCredential("r001", "secret")).context());

        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(sessionAttributes.get(CrmAuthenticationMechanism.SESSION_CALLER));
        }
    }

    /** What the container learns from the mechanism in one request. */
    private static final class Container {

        private final Credential credential;
        private final Subject subject = new Subject();
        private final Map<String, Object> messageMap = new HashMap<>();
        private Principal caller;
        private final List<String> groups = new ArrayList<>();

        Container(Credential credential) {
            this.credential = credential;
        }

        HttpMessageContext context() {
            CallbackHandler handler = callbacks -> record(callbacks);
            MessageInfo info = proxy(MessageInfo.class, (name, args) -> name.equals("getMap") ? messageMap : null);
            return proxy(HttpMessageContext.class, (name, args) -> switch (name) {
                case "getAuthParameters" -> new AuthenticationParameters().credential(credential);
                case "getHandler" -> handler;
                case "getClientSubject" -> subject;
                case "getMessageInfo" -> info;
                case "isProtected" -> true;
                case "notifyContainerAboutLogin" -> {
                    // what Soteria does with a validation result: a caller callback, then a group callback
                    CredentialValidationResult result = (CredentialValidationResult) args[0];
                    record(new Callback[] {new CallerPrincipalCallback(subject, result.getCallerPrincipal()),
                            new GroupPrincipalCallback(subject, result.getCallerGroups().toArray(String[]::new))});
                    yield AuthenticationStatus.SUCCESS;
                }
                default -> throw new UnsupportedOperationException(name);
            });
        }

        private void record(Callback[] callbacks) {
            for (Callback callback : callbacks) {
                if (callback instanceof CallerPrincipalCallback c) {
                    caller = c.getPrincipal();
                } else if (callback instanceof GroupPrincipalCallback g) {
                    groups.addAll(Arrays.asList(g.getGroups()));
                }
            }
        }
    }

    private HttpServletRequest request(Principal sessionPrincipal) {
        HttpSession session = proxy(HttpSession.class, (name, args) -> switch (name) {
            case "getAttribute" -> sessionAttributes.get((String) args[0]);
            case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
            default -> throw new UnsupportedOperationException(name);
        });
        return proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getRequestURI" -> "/crm/dashboard.xhtml";
            case "getContextPath" -> "/crm";
            case "getUserPrincipal" -> sessionPrincipal;
            case "getSession" -> session;
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(SessionResumeTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args));
    }
}
