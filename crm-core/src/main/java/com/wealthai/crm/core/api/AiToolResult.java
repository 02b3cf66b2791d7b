package com.wealthai.crm.core.api;

import jakarta.json.JsonStructure;
import java.util.List;

/**
 * What a tool hands back to the model, and which records it read (for the audit trail).
 *
 * @param content     the JSON given to the model
 * @param recordsRead references such as {@code customer:42}
 */
public record AiToolResult(JsonStructure content, List<String> recordsRead) {

    public AiToolResult {
        recordsRead = List.copyOf(recordsRead);
    }
}
