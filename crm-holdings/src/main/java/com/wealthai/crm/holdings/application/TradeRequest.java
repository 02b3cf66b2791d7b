package com.wealthai.crm.holdings.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A trade as entered on the form or posted to the API; checked by {@link TradeBook}, null means "not given". */
public record TradeRequest(long customerId, String productCode, String transactionType, LocalDate tradeDate,
                           BigDecimal quantity, BigDecimal unitPrice, BigDecimal fees, String suitabilityReason) {
}
