package com.wealthai.crm.holdings.application;

import com.wealthai.crm.holdings.domain.Trade;
import java.math.BigDecimal;
import java.util.List;

/** What the customer page's holdings section shows, read at once: positions, realised gains in yen, the latest trades. */
public record CustomerSection(CustomerPortfolio portfolio, BigDecimal realisedGainJpy, List<Trade> recentTrades) {
}
