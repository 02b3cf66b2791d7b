package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.holdings.domain.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scope on a real PostgreSQL: a rep sees and trades only the customers of their own book; anyone
 * else's customer is "not found" and nothing is written. The customers module is stood in for by a
 * directory that applies the published rule (a rep reaches the customers whose rep they are).
 */
class HoldingsScopeTest {

    private static HoldingsDatabase db;
    private static final AccessScope REP_1 = new AccessScope(11, "r001", Set.of(Role.REP), 1L, "東京");
    private static final AccessScope REP_2 = new AccessScope(12, "r002", Set.of(Role.REP), 2L, "東京");
    private static final List<String> audited = new ArrayList<>();

    /** Customer 1 belongs to rep 1, customer 2 to rep 2. */
    private static final CustomerDirectory DIRECTORY = new CustomerDirectory() {
        @Override
        public Optional<CustomerSummary> find(long id, AccessScope scope) {
            long rep = id;
            boolean visible = scope.isAdmin() || (scope.salesRepId() != null && scope.salesRepId() == rep);
            return visible ? Optional.of(new CustomerSummary(id, "C" + id, "顧客" + id, "コキャク", CustomerType.INDIVIDUAL,
                    RiskTolerance.GROWTH, null, 50, rep, "担当" + rep, "東京")) : Optional.empty();
        }

        @Override
        public Map<Long, CustomerSummary> findAll(Collection<Long> ids, AccessScope scope) {
            throw new UnsupportedOperationException("not used by the holdings services under test");
        }

        @Override
        public ScopeRestriction restriction(AccessScope scope, String column) {
            throw new UnsupportedOperationException("not used by the holdings services under test");
        }

        @Override
        public ScopeRestriction riskAboveTolerance(String column, String riskLevelSql, Map<RiskTolerance, Integer> maxRiskLevel) {
            throw new UnsupportedOperationException("not used by the holdings services under test");
        }

        @Override
        public ScopeRestriction bornInOrBefore(int year, String column) {
            throw new UnsupportedOperationException("not used by the holdings services under test");
        }

        @Override
        public List<SalesRepSummary> salesReps(AccessScope scope) {
            return List.of();
        }
    };

    @BeforeAll
    static void start() throws Exception {
        db = new HoldingsDatabase();
        db.run(em -> em.persist(new Product("7203", "トヨタ自動車", "国内株式", "JPY", 4, BigDecimal.ONE)));
        db.run(em -> service(em, REP_2).record(buy(2)));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static TradeRequest buy(long customerId) {
        return new TradeRequest(customerId, "7203", "BUY", LocalDate.of(2026, 4, 1), new BigDecimal("100"),
                new BigDecimal("1000"), BigDecimal.ZERO, null);
    }

    private static HoldingsService service(jakarta.persistence.EntityManager em, AccessScope caller) {
        HoldingsService service = new HoldingsService() {
            @Override
            CustomerDirectory directory() {
                return DIRECTORY;
            }
        };
        service.em = em;
        service.scopes = () -> caller;
        service.audit = (action, module, type, id, detail) -> audited.add(caller.login() + " " + action + " " + type + " " + id);
        service.messages = HoldingsDatabase.englishMessages();
        service.suitabilityMapping = " ";
        service.figures = com.wealthai.crm.core.api.BookFigures.none();
        service.readPolicy();
        return service;
    }

    @Test
    void aRepSeesTheirOwnCustomersHoldingsAndTheViewIsAudited() {
        CustomerPortfolio portfolio = db.inTransaction(em -> service(em, REP_2).portfolio(2));

        assertThat(portfolio.holdings()).extracting(HoldingView::productCode).containsExactly("7203");
        assertThat(audited).contains("r002 VIEW customer_holdings 2");
    }

    @Test
    void anotherRepsCustomerIsNotFoundForReadingOrTrading() {
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, REP_1).portfolio(2)))
                .isInstanceOf(RecordNotFoundException.class).hasMessage("No customer 2.");
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, REP_1).transactions(2, 0, 20)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, REP_1).record(buy(2))))
                .isInstanceOf(RecordNotFoundException.class);

        long count = db.inTransaction(em -> service(em, REP_2).transactionCount(2));
        assertThat(count).isEqualTo(1);
    }

    @Test
    void theTradeIsRecordedUnderTheCallersLoginAndAuditedByFieldName() {
        db.run(em -> service(em, REP_1).record(buy(1)));

        List<com.wealthai.crm.holdings.domain.Trade> history = db.inTransaction(em -> service(em, REP_1).transactions(1, 0, 20));
        assertThat(history).singleElement().satisfies(t -> assertThat(t.getEnteredBy()).isEqualTo("r001"));
        assertThat(audited).anyMatch(a -> a.startsWith("r001 CREATE transaction "));
    }
}
