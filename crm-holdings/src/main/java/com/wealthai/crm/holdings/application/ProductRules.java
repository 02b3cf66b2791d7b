package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a product of the master must keep, checked before anything is written so that every
 * broken one is named at its field at once (the table's own checks would stop at the first, in
 * English). The limits are those of the {@code products} table.
 */
public final class ProductRules {

    /** The categories of the original system; the page offers these and any others already in the master. */
    public static final List<String> CATEGORIES = List.of("国内株式", "外国株式", "投資信託", "国内債券", "外国債券", "ETF", "REIT", "外貨預金");

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal RATE_LIMIT = new BigDecimal("1000");
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1e16");
    private static final BigDecimal UNIT_LIMIT = new BigDecimal("1e12");

    private final CrmMessages messages;

    public ProductRules(CrmMessages messages) {
        this.messages = messages;
    }

    /** The input as it is kept: text trimmed (blank issuer = none), the currency in capitals. */
    public static ProductInput normalised(ProductInput in) {
        return new ProductInput(trim(in.productCode()), trim(in.name()), trim(in.category()),
                in.currency() == null ? null : in.currency().strip().toUpperCase(Locale.ROOT), trim(in.issuer()),
                in.maturityDate(), in.interestRate(), in.riskLevel(), in.minimumInvestment(), in.commissionRate(), in.priceUnit(),
                in.active());
    }

    /**
     * Every broken rule of a normalised input, by API field name; empty when it may be saved.
     *
     * @param adding     whether the product code is checked (it is given only when adding)
     * @param categories the categories accepted
     */
    public List<FieldError> check(ProductInput in, boolean adding, Collection<String> categories) {
        List<FieldError> errors = new ArrayList<>();
        if (adding && (in.productCode() == null || !CODE.matcher(in.productCode()).matches())) {
            errors.add(error("product_code", "codeRequired"));
        }
        if (in.name() == null || in.name().length() > 200) {
            errors.add(error("name", "nameRequired"));
        }
        if (in.category() == null || !categories.contains(in.category())) {
            errors.add(error("category", "category"));
        }
        if (in.currency() == null || !CURRENCY.matcher(in.currency()).matches()) {
            errors.add(error("currency", "currency"));
        }
        if (in.issuer() != null && in.issuer().length() > 200) {
            errors.add(error("issuer", "issuer"));
        }
        if (in.interestRate() != null && !within(in.interestRate(), BigDecimal.ZERO, RATE_LIMIT, 4)) {
            errors.add(error("interest_rate", "interestRate"));
        }
        if (in.riskLevel() == null || in.riskLevel() < 1 || in.riskLevel() > 5) {
            errors.add(error("risk_level", "riskLevel"));
        }
        if (in.minimumInvestment() == null || !within(in.minimumInvestment(), BigDecimal.ZERO, AMOUNT_LIMIT, 2)) {
            errors.add(error("minimum_investment", "minimumInvestment"));
        }
        if (in.commissionRate() == null || !within(in.commissionRate(), BigDecimal.ZERO, RATE_LIMIT, 4)) {
            errors.add(error("commission_rate", "commissionRate"));
        }
        if (in.priceUnit() == null || in.priceUnit().signum() <= 0 || !within(in.priceUnit(), BigDecimal.ONE, UNIT_LIMIT, 0)) {
            errors.add(error("price_unit", "priceUnit"));
        }
        return errors;
    }

    FieldError error(String field, String key) {
        return new FieldError(field, messages.get("holdings.product.error." + key));
    }

    /** From {@code min} (included) to {@code limit} (excluded), with at most {@code scale} decimals. */
    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal limit, int scale) {
        return value.compareTo(min) >= 0 && value.compareTo(limit) < 0 && value.stripTrailingZeros().scale() <= scale;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
