package com.wealthai.crm.holdings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One position as the portfolio analysis sees it: already valued in yen.
 *
 * @param principal    what the issuer pays back at maturity, in the product's currency (face for bonds); null if none
 * @param annualCoupon interest paid per year in the product's currency, in two half-yearly payments; zero if none
 * @param jpyPerUnit   yen per unit of the product's currency today (1 for yen)
 */
public record ValuedPosition(String productCode, String productName, String category, String currency, int riskLevel,
                             BigDecimal bookValueJpy, BigDecimal marketValueJpy, LocalDate maturityDate,
                             BigDecimal principal, BigDecimal annualCoupon, BigDecimal jpyPerUnit) {
}
