package com.wealthai.crm.holdings.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A holding valued at the latest price and FX rate: amounts in the product's currency and in yen.
 * The yen amounts are null when no rate for the currency is known (never guessed).
 */
public record HoldingView(long holdingId, long customerId, String productCode, String productName, String category,
                          String currency, int riskLevel, BigDecimal priceUnit, LocalDate maturityDate,
                          BigDecimal interestRate, BigDecimal quantity, BigDecimal averagePrice, BigDecimal currentPrice,
                          LocalDate priceDate, LocalDate purchaseDate, BigDecimal bookValue, BigDecimal marketValue,
                          BigDecimal unrealisedGain, BigDecimal realisedGain, BigDecimal jpyRate,
                          BigDecimal bookValueJpy, BigDecimal marketValueJpy, BigDecimal unrealisedGainJpy,
                          BigDecimal realisedGainJpy) {

    public boolean valuedInYen() {
        return jpyRate != null;
    }
}
