package com.wealthai.crm.holdings.domain;

import java.math.BigDecimal;

/**
 * What a trade does to a position.
 *
 * @param after        the position after the trade
 * @param realisedGain realised gain (negative: loss) of this trade, in the product's currency; zero for buys and income
 * @param cashFlow     cash to the customer (positive) or from the customer (negative), fees included
 */
public record TradeOutcome(Position after, BigDecimal realisedGain, BigDecimal cashFlow) {
}
