package com.wealthai.crm.ai.infrastructure;

import com.wealthai.crm.ai.application.AiSettings;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/** Builds the Bedrock Runtime client from the settings; tests give static credentials and a local endpoint. */
public final class BedrockClients {

    private BedrockClients() {
    }

    public static BedrockRuntimeClient build(AiSettings settings, AwsCredentialsProvider credentials) {
        BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(settings.timeout())
                        .build());
        settings.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
