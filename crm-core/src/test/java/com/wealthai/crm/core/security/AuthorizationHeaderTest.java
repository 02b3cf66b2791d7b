package com.wealthai.crm.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.Credential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorizationHeaderTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsAreSplitAtTheFirstColon() {
        Optional<Credential> credential = CrmAuthenticationMechanism.parse(basic("r001:pass:with:colons"));

        assertThat(credential).get().isInstanceOfSatisfying(ApiPasswordCredential.class, c -> {
            assertThat(c.getCaller()).isEqualTo("r001");
            assertThat(c.getPasswordAsString()).isEqualTo("pass:with:colons");
        });
    }

    @Test
    void aBearerTokenIsTakenAsIs() {
        assertThat(CrmAuthenticationMechanism.parse("bearer crm_abc")).contains(new BearerTokenCredential("crm_abc"));
    }

    @Test
    void malformedHeadersGiveNothing() {
        assertThat(CrmAuthenticationMechanism.parse("Basic")).isEmpty();
        assertThat(CrmAuthenticationMechanism.parse("Basic !!!not-base64")).isEmpty();
        assertThat(CrmAuthenticationMechanism.parse(basic("no-colon"))).isEmpty();
        assertThat(CrmAuthenticationMechanism.parse(basic(":empty-login"))).isEmpty();
        assertThat(CrmAuthenticationMechanism.parse("Digest username=x")).isEmpty();
    }
}
