package com.wealthai.crm.holdings.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One product as the external Product Master API sends it, already parsed and checked. */
public record ProductMasterRecord(String productCode, String name, String category, String currency, String issuer,
                                  LocalDate maturityDate, BigDecimal interestRate, int riskLevel,
                                  BigDecimal minimumInvestment, BigDecimal commissionRate, BigDecimal priceUnit,
                                  boolean active) {
}
