package com.wealthai.crm.ai.infrastructure;

import com.wealthai.crm.ai.application.AiSettings;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClientBuilder;
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

    /** The asynchronous client, for ConverseStream. */
    public static BedrockRuntimeAsyncClient buildAsync(AiSettings settings, AwsCredentialsProvider credentials) {
        BedrockRuntimeAsyncClientBuilder builder = BedrockRuntimeAsyncClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1)) // ConverseStream is one-way: HTTP/1.1 suffices
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(settings.timeout())
                        .build());
        settings.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
