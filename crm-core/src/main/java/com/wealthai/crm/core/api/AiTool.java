package com.wealthai.crm.core.api;

import jakarta.json.JsonObject;

/**
 * A function the AI assistant may call, contributed by a module. The assistant offers the tools of
 * enabled modules to the model with their JSON schema and runs a call under the asking user's scope.
 *
 * <p>Tools hand the model only what it needs: never phone numbers, e-mail or street addresses, or
 * exact birth dates (give the age). They report the records they read so that the audit trail can
 * say which data the AI saw.
 */
public interface AiTool {

    String moduleId();

    /** Name the model calls it by: {@code [a-z_]+}, unique across modules. */
    String name();

    /** What it does and when to use it, written for the model. */
    String description();

    /** JSON schema of the input object. */
    JsonObject inputSchema();

    /**
     * Runs the tool.
     *
     * @throws IllegalArgumentException when the input does not fit the schema; the message is given
     *                                  back to the model so that it can correct itself
     */
    AiToolResult call(JsonObject input, AccessScope scope);
}
