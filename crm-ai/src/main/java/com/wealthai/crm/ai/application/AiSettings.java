package com.wealthai.crm.ai.application;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How the assistant talks to Bedrock, from configuration (environment variables, see the README's
 * "AI assistant" section). Credentials are not here: the AWS SDK's default chain finds them.
 *
 * @param region          AWS region of Bedrock, or {@code null} when none is configured
 * @param modelId         model (or inference profile) id given to Converse
 * @param endpoint        endpoint override (a VPC endpoint, or a local fake in tests), or {@code null}
 * @param maxTokens       upper bound of tokens per answer
 * @param temperature     sampling temperature
 * @param maxToolRounds   how many tool-use rounds one question may take before the assistant stops
 * @param dailyTokenBudget tokens a user may spend per day; 0 for no limit
 * @param timeout         how long one call to Bedrock may take
 */
public record AiSettings(String region, String modelId, URI endpoint, int maxTokens, float temperature,
                         int maxToolRounds, long dailyTokenBudget, Duration timeout) {

    /** The seed's model; a current one is e.g. {@code anthropic.claude-sonnet-4-20250514-v1:0} (README). */
    public static final String DEFAULT_MODEL_ID = "anthropic.claude-3-sonnet-20240229-v1:0";

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }

    public boolean hasRegion() {
        return region != null && !region.isBlank();
    }
}
