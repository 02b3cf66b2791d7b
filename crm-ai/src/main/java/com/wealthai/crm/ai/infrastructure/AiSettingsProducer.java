package com.wealthai.crm.ai.infrastructure;

import com.wealthai.crm.ai.application.AiSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads {@link AiSettings} from MicroProfile Config, which sees environment variables and system properties. */
@ApplicationScoped
public class AiSettingsProducer {

    /** Dependent (a record cannot be proxied); the application-scoped gateway reads it once. */
    @Produces
    AiSettings settings() {
        Config config = ConfigProvider.getConfig();
        String region = text(config, "BEDROCK_REGION")
                .or(() -> text(config, "AWS_REGION"))
                .or(() -> text(config, "AWS_DEFAULT_REGION"))
                .orElse(null);
        return new AiSettings(
                region,
                text(config, "BEDROCK_MODEL_ID").orElse(AiSettings.DEFAULT_MODEL_ID),
                text(config, "BEDROCK_ENDPOINT").map(URI::create).orElse(null),
                config.getOptionalValue("BEDROCK_MAX_TOKENS", Integer.class).orElse(2000),
                config.getOptionalValue("BEDROCK_TEMPERATURE", Float.class).orElse(0.3f),
                config.getOptionalValue("AI_MAX_TOOL_ROUNDS", Integer.class).orElse(5),
                config.getOptionalValue("AI_DAILY_TOKEN_BUDGET", Long.class).orElse(0L),
                Duration.ofSeconds(config.getOptionalValue("BEDROCK_TIMEOUT_SECONDS", Integer.class).orElse(60)));
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
