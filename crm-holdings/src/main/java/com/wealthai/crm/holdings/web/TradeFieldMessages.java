package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import java.util.Map;
import org.omnifaces.util.Messages;

/** Puts each broken rule's message next to its input on the trade form (API field name → input id). */
final class TradeFieldMessages {

    private static final Map<String, String> INPUTS = Map.of(
            "product_code", "product", "transaction_type", "type", "trade_date", "tradeDate", "quantity", "quantity",
            "unit_price", "unitPrice", "fees", "fees", "suitability_reason", "reason");

    private TradeFieldMessages() {
    }

    static void show(String formId, InvalidInputException e) {
        for (FieldError error : e.errors()) {
            String input = INPUTS.get(error.field());
            if (input == null) {
                Messages.addGlobalError(error.message());
            } else {
                Messages.addError(formId + ":" + input, error.message());
            }
        }
    }
}
