package com.wealthai.crm.holdings.domain;

import java.math.BigDecimal;

/** One slice of an allocation: its key (category, currency or risk level), yen amount and share of the whole (0–1). */
public record Allocation(String key, BigDecimal marketValueJpy, BigDecimal share) {
}
