package com.wealthai.crm.bench.tables;

import com.wealthai.crm.bench.BookLayout;
import com.wealthai.crm.bench.GenerationContext;
import com.wealthai.crm.bench.TableWriter;
import com.wealthai.crm.bench.copy.RowMapping;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.data.ContactData;
import com.wealthai.crm.bench.data.JapaneseNames;
import com.wealthai.crm.core.api.BlindIndex;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.InvestmentExperience;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.domain.SearchFolding;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

/**
 * The customers (crm-customers' table), ids 1…n, customer {@code c} in the book of rep
 * {@code (c-1) mod reps + 1}. About one in eight is a corporation. Personal fields go in encrypted
 * with the app's data key; the search text, birth year and phone blind index are derived with
 * crm-customers' and crm-core's own classes, so the app's search and duplicate check find them.
 */
public final class Customers implements TableWriter {

    /** One generated customer; corporate ones have a representative and an established date, no birth date. */
    record Customer(long id, String code, CustomerType type, JapaneseNames.Name name, String gender, LocalDate birthDate,
                    String phone, String email, String address, String occupation, long annualIncome, long netWorth,
                    RiskTolerance risk, InvestmentExperience experience, long salesRepId,
                    JapaneseNames.Name representative, LocalDate established, OffsetDateTime createdAt) {
    }

    private static final RowMapping<Customer> MAPPING = new RowMapping<Customer>()
            .column(Customer::id, "id", "customer_id")
            .column(Customer::code, "customer_code", "code")
            .column(Customer::type, "customer_type", "type")
            .column(c -> c.name().kanji(), "name", "full_name")
            .column(c -> c.name().kana(), "name_kana", "kana")
            .column(Customer::gender, "gender")
            .personal(Customer::birthDate, "birth_date", "date_of_birth")
            .personal(Customer::phone, "phone", "phone_number")
            .personal(Customer::email, "email")
            .personal(Customer::address, "address")
            .column(Customer::occupation, "occupation")
            .personal(Customer::annualIncome, "annual_income", "income")
            .personal(Customer::netWorth, "net_worth", "financial_assets")
            .column(Customer::risk, "risk_tolerance")
            .column(Customer::experience, "investment_experience")
            .column(Customer::salesRepId, "sales_rep_id", "rep_id")
            .column(c -> c.representative() == null ? null : c.representative().kanji(), "representative_name", "representative")
            .column(Customer::established, "established_date", "established_on")
            // derived the way crm-customers' Customer entity derives them before every insert
            .column(Customers::searchText, "search_text")
            .column(c -> c.birthDate() == null ? null : c.birthDate().getYear(), "birth_year")
            .column(c -> BlindIndex.of(SearchFolding.phoneDigits(c.phone())), "phone_index")
            .column(Customer::createdAt, "created_at", "updated_at")
            .column(c -> "bench", "created_by", "updated_by")
            .column(c -> 0L, "version");

    @Override
    public String[] tableNames() {
        return new String[] {"customers"};
    }

    @Override
    public long write(GenerationContext context, TableShape table) throws SQLException {
        BookLayout layout = context.layout();
        SplittableRandom random = context.seeds().stream("customer");
        try (var rows = MAPPING.bind(context.connection(), table)) {
            for (int id = 1; id <= context.scale().customers(); id++) {
                rows.write(customer(id, layout, random, context.asOf()));
            }
            return rows.rows();
        }
    }

    /** crm-customers' search column: name, kana, code and representative, each folded (as Customer#deriveSearchColumns). */
    static String searchText(Customer c) {
        return SearchFolding.fold(c.name().kanji()) + " " + SearchFolding.fold(c.name().kana()) + " " + SearchFolding.fold(c.code())
                + (c.representative() == null ? "" : " " + SearchFolding.fold(c.representative().kanji()));
    }

    private static Customer customer(int id, BookLayout layout, SplittableRandom random, LocalDate asOf) {
        String code = layout.customerCode(id);
        boolean corporate = random.nextInt(8) == 0;
        boolean male = random.nextBoolean();
        JapaneseNames.Name name = corporate ? JapaneseNames.company(random) : JapaneseNames.person(random, male);
        LocalDate birth = corporate ? null : asOf.minusYears(25 + random.nextInt(60)).minusDays(random.nextInt(365));
        long income = corporate ? 50_000_000L + random.nextLong(2_000_000_000L) : 3_000_000L + random.nextLong(30_000_000L);
        long netWorth = income * (2 + random.nextInt(20));
        RiskTolerance risk = RiskTolerance.values()[random.nextInt(RiskTolerance.values().length)];
        InvestmentExperience experience = InvestmentExperience.values()[random.nextInt(InvestmentExperience.values().length)];
        OffsetDateTime created = asOf.minusDays(30 + random.nextInt(3650)).atTime(9 + random.nextInt(9), random.nextInt(60))
                .atZone(GenerationContext.TOKYO).toOffsetDateTime();
        return new Customer(id, code, corporate ? CustomerType.CORPORATE : CustomerType.INDIVIDUAL, name,
                corporate ? null : male ? "MALE" : "FEMALE", birth,
                corporate ? ContactData.officePhone(random) : ContactData.mobilePhone(random),
                ContactData.email(code, random), ContactData.address(random),
                corporate ? null : ContactData.occupation(random), income, netWorth, risk, experience,
                layout.repOfCustomer(id), corporate ? JapaneseNames.person(random, random.nextBoolean()) : null,
                corporate ? asOf.minusYears(5 + random.nextInt(80)) : null, created);
    }
}
