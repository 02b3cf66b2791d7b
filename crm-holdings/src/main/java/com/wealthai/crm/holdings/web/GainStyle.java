package com.wealthai.crm.holdings.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How gains and losses look everywhere in the module: {@code #{gains.style(x)}} gives the house
 * classes {@code gain} / {@code loss}, {@code #{gains.yen(x)}} a signed yen amount (+¥1,234 / −¥1,234),
 * {@code #{gains.percent(gain, base)}} the gain as a signed percentage of its base.
 */
@Named("gains")
@ApplicationScoped
public class GainStyle {

    public String style(BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return "";
        }
        return amount.signum() > 0 ? "gain" : "loss";
    }

    public String yen(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        String digits = NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount.abs().setScale(0, RoundingMode.HALF_UP));
        return (amount.signum() > 0 ? "+¥" : amount.signum() < 0 ? "−¥" : "¥") + digits;
    }

    /** The gain as a percentage of the base, two decimals and signed; empty without a base. */
    public String percent(BigDecimal gain, BigDecimal base) {
        if (gain == null || base == null || base.signum() == 0) {
            return "";
        }
        BigDecimal pct = gain.movePointRight(2).divide(base, 2, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : pct.signum() < 0 ? "−" : "") + pct.abs().toPlainString() + "%";
    }
}
