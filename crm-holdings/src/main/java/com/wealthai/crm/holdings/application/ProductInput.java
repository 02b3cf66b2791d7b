package com.wealthai.crm.holdings.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product as an administrator enters it, from the page's dialog or the API, before any rule is
 * checked: every field may be missing or wrong, {@link ProductRules} says which and why.
 * {@code productCode} is read only when adding: a product's code never changes.
 */
public record ProductInput(String productCode, String name, String category, String currency, String issuer,
                           LocalDate maturityDate, BigDecimal interestRate, Integer riskLevel, BigDecimal minimumInvestment,
                           BigDecimal commissionRate, BigDecimal priceUnit, boolean active) {
}
