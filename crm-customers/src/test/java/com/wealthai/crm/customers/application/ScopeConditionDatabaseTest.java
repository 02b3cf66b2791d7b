package com.wealthai.crm.customers.application;

import static com.wealthai.crm.customers.application.CustomersDatabase.ADMIN;
import static com.wealthai.crm.customers.application.CustomersDatabase.MANAGER;
import static com.wealthai.crm.customers.application.CustomersDatabase.SATO;
import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.ScopeRestriction;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SQL conditions other modules put on their customer-id columns, run on a real PostgreSQL with
 * the demo customers: the risk-tolerance condition, alone and combined with the caller's scope, as
 * holdings combines them to find unsuitable positions.
 */
class ScopeConditionDatabaseTest {

    @RegisterExtension
    static final CustomersDatabase db = new CustomersDatabase();

    /**
     * Customer codes of the rows of another module's table that pass both conditions; the stand-in
     * table gives every customer a position of each risk level 1–5.
     */
    private static List<String> unsuitable(AccessScope scope, Map<RiskTolerance, Integer> maxRiskLevel) {
        List<String> rows = new ArrayList<>();
        db.run(em -> {
            CustomerDirectoryBean directory = new CustomerDirectoryBean();
            ScopeRestriction scoped = directory.restriction(scope, "o.customer_id");
            ScopeRestriction above = directory.riskAboveTolerance("o.customer_id", "o.risk_level", maxRiskLevel);
            Query q = em.createNativeQuery("select c.customer_code || ':' || o.risk_level"
                    + " from (select id as customer_id, level as risk_level from customers, generate_series(1, 5) level) o"
                    + " join customers c on c.id = o.customer_id where " + scoped.sql() + " and " + above.sql()
                    + " order by 1");
            List<Object> params = new ArrayList<>(scoped.parameters());
            params.addAll(above.parameters());
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            q.getResultList().forEach(row -> rows.add((String) row));
        });
        return rows;
    }

    private static final Map<RiskTolerance, Integer> DEFAULTS = Map.of(RiskTolerance.CONSERVATIVE, 2,
            RiskTolerance.STABLE_GROWTH, 3, RiskTolerance.GROWTH, 4, RiskTolerance.AGGRESSIVE, 5);

    @Test
    void keepsTheLevelsAboveEachCustomersToleranceWithinTheCallersScope() {
        // 佐藤 (r001) looks after 山田 C0001 (安定成長型 ≤3), 中村 C0002 (安定型 ≤2), 小林 C0003 (成長型 ≤4)
        assertThat(unsuitable(SATO, DEFAULTS)).containsExactly("C0001:4", "C0001:5", "C0002:3", "C0002:4", "C0002:5", "C0003:5");
        // 本店営業部 (r001–r003) adds 加藤 C0004 (安定成長型), 吉田 C0005 (積極型: nothing), 松本 C0006 (安定型),
        // 井上 C0007 (成長型) and 丸の内テクノロジー C0017 (安定成長型)
        assertThat(unsuitable(MANAGER, DEFAULTS)).hasSize(6 + 2 + 0 + 3 + 1 + 2).noneMatch(r -> r.startsWith("C0005"));
        // all 18: 6 安定型 × 3 + 5 安定成長型 × 2 + 4 成長型 × 1 + 3 積極型 × 0
        assertThat(unsuitable(ADMIN, DEFAULTS)).hasSize(18 + 10 + 4);
        // a tolerance left out of the mapping allows everything
        assertThat(unsuitable(SATO, Map.of(RiskTolerance.CONSERVATIVE, 1)))
                .containsExactly("C0002:2", "C0002:3", "C0002:4", "C0002:5");
        assertThat(unsuitable(ADMIN, Map.of())).isEmpty();
    }

    @Test
    void keepsTheCustomersBornInOrBeforeAYearAndNoCorporation() {
        List<String> codes = new ArrayList<>();
        db.run(em -> {
            ScopeRestriction born = new CustomerDirectoryBean().bornInOrBefore(1950, "o.id");
            Query q = em.createNativeQuery("select o.customer_code from customers o where " + born.sql() + " order by 1");
            for (int i = 0; i < born.parameters().size(); i++) {
                q.setParameter(i + 1, born.parameters().get(i));
            }
            q.getResultList().forEach(code -> codes.add((String) code));
        });
        // 中村 花子 (1949) and 石川 勇 (1946); the corporations have no birth year
        assertThat(codes).containsExactly("C0002", "C0015");
    }
}
