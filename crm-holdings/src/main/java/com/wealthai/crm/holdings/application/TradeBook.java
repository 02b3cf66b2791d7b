package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.holdings.domain.Holding;
import com.wealthai.crm.holdings.domain.InsufficientQuantityException;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.domain.SuitabilityFlag;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
import com.wealthai.crm.holdings.domain.Trade;
import com.wealthai.crm.holdings.domain.TradeOutcome;
import com.wealthai.crm.holdings.domain.TradeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records trades: checks the input, applies the trade to the holding and writes the history row in
 * the caller's transaction, so a holding never disagrees with its transactions. The holding row is
 * locked first, so two trades on the same position queue instead of overwriting each other.
 * Scope is the caller's job: it hands in a customer it found within the user's scope.
 */
public class TradeBook {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final int MAX_REASON_LENGTH = 1000;

    private final EntityManager em;
    private final CrmMessages messages;
    private final SuitabilityPolicy policy;

    public TradeBook(EntityManager em, CrmMessages messages, SuitabilityPolicy policy) {
        this.em = em;
        this.messages = messages;
        this.policy = policy;
    }

    /** Records the trade; throws {@link InvalidInputException} (422) or {@link ConflictException} (409), changing nothing. */
    public RecordedTrade record(CustomerSummary customer, TradeRequest request, String enteredBy) {
        return run(customer, request, enteredBy, true);
    }

    /** The same checks and arithmetic as {@link #record}, for the confirmation step; nothing is written. */
    public RecordedTrade preview(CustomerSummary customer, TradeRequest request) {
        return run(customer, request, null, false);
    }

    private RecordedTrade run(CustomerSummary customer, TradeRequest request, String enteredBy, boolean write) {
        List<FieldError> errors = new ArrayList<>();
        Product product = product(request.productCode(), errors);
        TradeType type = type(request.transactionType(), errors);
        checkAmounts(request, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<SuitabilityFlag> flags = policy.assessTrade(customer.riskTolerance(), customer.age(), product.getRiskLevel(), type);
        String reason = blankToNull(request.suitabilityReason());
        if (type == TradeType.BUY && reason == null && flags.stream().anyMatch(SuitabilityFlag::needsReason)) {
            throw new InvalidInputException("suitability_reason", messages.get("holdings.trade.error.reasonRequired"));
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("suitability_reason", messages.get("holdings.trade.error.reasonTooLong", MAX_REASON_LENGTH));
        }
        boolean needsApproval = flags.stream().anyMatch(f -> f.kind() == SuitabilityFlag.Kind.ELDERLY_APPROVAL);

        Holding holding = holding(customer.id(), product, request.tradeDate(), write);
        TradeOutcome outcome;
        try {
            outcome = holding.apply(type, request.quantity(), request.unitPrice(), fees(request), request.tradeDate());
        } catch (InsufficientQuantityException e) {
            throw new ConflictException(messages.get("holdings.trade.error.oversell",
                    e.held().stripTrailingZeros().toPlainString(), e.requested().stripTrailingZeros().toPlainString()));
        }
        if (!write) {
            em.detach(holding);
            return new RecordedTrade(null, outcome.after(), outcome.realisedGain(), outcome.cashFlow(), flags, needsApproval);
        }
        if (holding.getId() == null) {
            em.persist(holding);
        }
        Trade trade = new Trade(customer.id(), product, request.tradeDate(), type, request.quantity(), request.unitPrice(),
                fees(request), outcome.realisedGain(), reason, needsApproval, enteredBy);
        em.persist(trade);
        em.flush();
        return new RecordedTrade(trade.getId(), outcome.after(), outcome.realisedGain(), outcome.cashFlow(), flags, needsApproval);
    }

    private Holding holding(long customerId, Product product, LocalDate tradeDate, boolean lock) {
        var query = em.createQuery("select h from Holding h where h.customerId = :c and h.product = :p", Holding.class)
                .setParameter("c", customerId).setParameter("p", product);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseGet(() -> new Holding(customerId, product, tradeDate));
    }

    private Product product(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("product_code", messages.get("holdings.trade.error.productRequired")));
            return null;
        }
        Optional<Product> product = em.createQuery("select p from Product p where p.productCode = :code", Product.class)
                .setParameter("code", code.trim()).getResultStream().findFirst();
        if (product.isEmpty() || !product.get().isActive()) {
            errors.add(new FieldError("product_code", messages.get("holdings.trade.error.productUnknown", code.trim())));
            return null;
        }
        return product.get();
    }

    private TradeType type(String value, List<FieldError> errors) {
        try {
            return TradeType.valueOf(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("transaction_type", messages.get("holdings.trade.error.type")));
            return null;
        }
    }

    private void checkAmounts(TradeRequest r, List<FieldError> errors) {
        if (r.tradeDate() == null) {
            errors.add(new FieldError("trade_date", messages.get("holdings.trade.error.dateRequired")));
        } else if (r.tradeDate().isAfter(LocalDate.now(TOKYO))) {
            errors.add(new FieldError("trade_date", messages.get("holdings.trade.error.dateFuture")));
        }
        if (r.quantity() == null || r.quantity().signum() <= 0) {
            errors.add(new FieldError("quantity", messages.get("holdings.trade.error.quantity")));
        }
        if (r.unitPrice() == null || r.unitPrice().signum() < 0) {
            errors.add(new FieldError("unit_price", messages.get("holdings.trade.error.price")));
        }
        if (r.fees() != null && r.fees().signum() < 0) {
            errors.add(new FieldError("fees", messages.get("holdings.trade.error.fees")));
        }
    }

    private static BigDecimal fees(TradeRequest r) {
        return r.fees() == null ? BigDecimal.ZERO : r.fees();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
