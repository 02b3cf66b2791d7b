package com.wealthai.crm.ai.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.ai.application.AiSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a region or without credentials the assistant is "not configured", and says so instead of failing. */
class BedrockGatewayTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        System.clearProperty("aws.disableEc2Metadata");
    }

    private static BedrockGateway gateway(String region) {
        BedrockGateway gateway = new BedrockGateway();
        gateway.settings = new AiSettings(region, AiSettings.DEFAULT_MODEL_ID, null, 1000, 0.3f, 5, 0, Duration.ofSeconds(5));
        return gateway;
    }

    @Test
    void withoutARegionItIsNotConfigured() {
        assertThat(gateway(null).configured()).isFalse();
        assertThat(gateway(" ").configured()).isFalse();
    }

    @Test
    void withARegionButNoCredentialsItIsNotConfigured() {
        System.setProperty("aws.disableEc2Metadata", "true");
        if (System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null) {
            assertThat(gateway("ap-northeast-1").configured()).isFalse();
        }
    }

    @Test
    void withARegionAndCredentialsFromTheDefaultChainItIsConfigured() {
        System.setProperty("aws.accessKeyId", "test-key");
        System.setProperty("aws.secretAccessKey", "test-secret");
        BedrockGateway gateway = gateway("ap-northeast-1");

        assertThat(gateway.configured()).isTrue();
        gateway.close();
    }
}
