package com.wealthai.crm.ai.infrastructure;

import com.wealthai.crm.ai.application.AiSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * The one Bedrock Runtime client of the application, built on first use. The assistant counts as
 * configured when a region is set and the SDK's default credential chain finds credentials; a failed
 * look-up is remembered for a minute so that an unconfigured app does not search on every page view.
 */
@ApplicationScoped
public class BedrockGateway {

    private static final Logger LOG = Logger.getLogger(BedrockGateway.class.getName());
    private static final Duration RECHECK = Duration.ofMinutes(1);

    @Inject
    AiSettings settings;

    private BedrockRuntimeClient client;
    private BedrockRuntimeAsyncClient asyncClient;
    private DefaultCredentialsProvider credentials;
    private Instant notConfiguredUntil = Instant.MIN;

    /** The client, or empty when Bedrock is not configured. */
    public synchronized Optional<BedrockRuntimeClient> client() {
        if (client != null) {
            return Optional.of(client);
        }
        if (!settings.hasRegion() || Instant.now().isBefore(notConfiguredUntil)) {
            return Optional.empty();
        }
        DefaultCredentialsProvider provider = DefaultCredentialsProvider.builder().build();
        try {
            provider.resolveCredentials();
        } catch (SdkException e) {
            LOG.info("AI assistant not configured: no AWS credentials found (" + e.getMessage() + ")");
            provider.close();
            notConfiguredUntil = Instant.now().plus(RECHECK);
            return Optional.empty();
        }
        credentials = provider;
        client = BedrockClients.build(settings, provider);
        return Optional.of(client);
    }

    /** The asynchronous client for ConverseStream, or empty when Bedrock is not configured. */
    public synchronized Optional<BedrockRuntimeAsyncClient> asyncClient() {
        if (client().isEmpty()) {
            return Optional.empty();
        }
        if (asyncClient == null) {
            asyncClient = BedrockClients.buildAsync(settings, credentials);
        }
        return Optional.of(asyncClient);
    }

    public boolean configured() {
        return client().isPresent();
    }

    public AiSettings settings() {
        return settings;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
            if (asyncClient != null) {
                asyncClient.close();
            }
            credentials.close();
        }
    }
}
