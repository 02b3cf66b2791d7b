package com.wealthai.crm.customers.application;

import static com.wealthai.crm.customers.application.CustomersDatabase.ADMIN;
import static com.wealthai.crm.customers.application.CustomersDatabase.NOBODY;
import static com.wealthai.crm.customers.application.CustomersDatabase.SATO;
import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.domain.Customer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The summaries other modules get (read column by column, only the birth date decrypted) are the
 * same as the ones built from the whole entity, and keep to the caller's scope.
 */
class CustomerSummariesDatabaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @RegisterExtension
    static final CustomersDatabase db = new CustomersDatabase();

    @Test
    void summariesEqualThoseOfTheWholeEntityWithinTheScope() {
        db.run(em -> {
            List<Customer> all = em.createQuery("select c from Customer c join fetch c.salesRep order by c.id", Customer.class).getResultList();
            List<Long> ids = all.stream().map(Customer::getId).toList();
            CustomerSummaries summaries = new CustomerSummaries();
            summaries.em = em;

            List<CustomerSummary> expected = new ArrayList<>();
            for (Customer c : all) {
                expected.add(new CustomerSummary(c.getId(), c.getCustomerCode(), c.getName(), c.getNameKana(), c.getType(),
                        c.getRiskTolerance(), c.getInvestmentExperience(), c.ageOn(TODAY), c.getSalesRep().getId(),
                        c.getSalesRep().getName(), c.getSalesRep().getBranch()));
            }
            assertThat(summaries.of(ids, ADMIN, TODAY)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(expected).anyMatch(s -> s.age() != null).anyMatch(s -> s.age() == null);

            List<CustomerSummary> own = summaries.of(ids, SATO, TODAY);
            assertThat(own).isNotEmpty().allMatch(s -> s.salesRepId() == SATO.salesRepId());
            assertThat(own).containsExactlyInAnyOrderElementsOf(expected.stream().filter(s -> s.salesRepId() == SATO.salesRepId()).toList());
            assertThat(summaries.of(ids, NOBODY, TODAY)).isEmpty();
            assertThat(summaries.of(ids.get(0), ADMIN, TODAY)).contains(expected.get(0));
        });
    }
}
