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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL conditions other modules put on their customer-id columns, run on a real PostgreSQL with
 * the demo customers: the risk-tolerance condition, alone and combined with the caller's scope, as
 * holdings combines them to find unsuitable positions.
 */
class ScopeConditionDatabaseTest {

    private static CustomersDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = new CustomersDatabase();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** Customer codes of the rows of another module's table (here: a list of customer ids) that pass both conditions. */
    private static List<String> codes(AccessScope scope, Set<RiskTolerance> tolerances) {
        List<String> codes = new ArrayList<>();
        db.run(em -> {
            CustomerDirectoryBean directory = new CustomerDirectoryBean();
            ScopeRestriction scoped = directory.restriction(scope, "o.customer_id");
            ScopeRestriction tolerant = directory.withRiskTolerance(tolerances, "o.customer_id");
            Query q = em.createNativeQuery("select c.customer_code from (select id as customer_id from customers) o"
                    + " join customers c on c.id = o.customer_id where " + scoped.sql() + " and " + tolerant.sql()
                    + " order by c.customer_code");
            List<Object> params = new ArrayList<>(scoped.parameters());
            params.addAll(tolerant.parameters());
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            q.getResultList().forEach(code -> codes.add((String) code));
        });
        return codes;
    }

    @Test
    void keepsTheCustomersOfTheGivenTolerancesWithinTheCallersScope() {
        // 安定型 in the demo: 中村 C0002 and 森 C0012, 松本 C0006, 清水 C0010, 石川 C0015, 関西精工 C0018
        assertThat(codes(ADMIN, EnumSet.of(RiskTolerance.CONSERVATIVE)))
                .containsExactly("C0002", "C0006", "C0010", "C0012", "C0015", "C0018");
        // 佐藤 (r001) looks after C0001–C0003: 中村 is the only 安定型, 山田 the 安定成長型
        assertThat(codes(SATO, EnumSet.of(RiskTolerance.CONSERVATIVE, RiskTolerance.STABLE_GROWTH)))
                .containsExactly("C0001", "C0002");
        // 本店営業部 (r001–r003): C0002 and C0006 are 安定型
        assertThat(codes(MANAGER, EnumSet.of(RiskTolerance.CONSERVATIVE))).containsExactly("C0002", "C0006");
        assertThat(codes(ADMIN, EnumSet.noneOf(RiskTolerance.class))).isEmpty();
    }
}
