package com.wealthai.crm.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API under {@code /crm/api}. Resources of every module JAR are picked up by scanning; each
 * is closed with its module by {@link ModuleGateFeature}.
 */
@ApplicationPath("api")
public class CrmApi extends Application {

    /**
     * Jersey's outbound content-length buffer ({@code ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER}).
     * By default Jersey holds the first 8 KiB of every entity to compute a Content-Length, and a
     * {@code flush()} of that buffer is a no-op until it overflows or the entity is complete: the
     * server-sent events of {@code /api/chat/stream} (a few hundred bytes each) then all arrived at
     * the end of the answer. The property is application-wide only, so every response is written
     * as it goes (chunked, without Content-Length); entities here are small JSON documents.
     */
    static final String OUTBOUND_CONTENT_LENGTH_BUFFER = "jersey.config.server.contentLength.buffer";

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(OUTBOUND_CONTENT_LENGTH_BUFFER, 0);
    }
}
