package com.wealthai.crm.customers.application;

import static com.wealthai.crm.customers.application.CustomersDatabase.ADMIN;
import static com.wealthai.crm.customers.application.CustomersDatabase.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.domain.Customer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The list's text search on a real PostgreSQL with the demo book, for texts the trigram index serves
 * (three characters or more) and those it cannot (one or two, matched on the caller's customers by
 * rep): both find the same customers, within the caller's scope, in the chosen order, page by page.
 */
class CustomerSearchDatabaseTest {

    @RegisterExtension
    static final CustomersDatabase db = new CustomersDatabase();

    private static List<String> codes(String text, AccessScope scope, int first, int size) {
        List<String> codes = new ArrayList<>();
        db.run(em -> db.search(em).page(new CustomerFilter(text, null, null, null), scope, CustomerSort.NAME, false, first, size)
                .stream().map(Customer::getCustomerCode).forEach(codes::add));
        return codes;
    }

    private static long count(String text, AccessScope scope) {
        long[] count = new long[1];
        db.run(em -> count[0] = db.search(em).count(new CustomerFilter(text, null, null, null), scope));
        return count[0];
    }

    @Test
    void twoKanaFindEveryCustomerWhoseNameHoldsThemSortedByKana() {
        // ヤマグチ (C0011) before ヤマダ (C0001)
        assertThat(codes("やま", ADMIN, 0, 20)).containsExactly("C0011", "C0001");
        assertThat(codes("ヤマ", ADMIN, 0, 20)).as("katakana folds like hiragana").containsExactly("C0011", "C0001");
        assertThat(count("やま", ADMIN)).isEqualTo(2);
        assertThat(codes("やまだ", ADMIN, 0, 20)).as("three kana: the trigram index").containsExactly("C0001");
    }

    @Test
    void aShortSearchStaysWithinTheCallersScope() {
        // 山口 (C0011) is looked after in another branch than the 本店 manager's
        assertThat(codes("やま", MANAGER, 0, 20)).containsExactly("C0001");
        assertThat(count("やま", MANAGER)).isEqualTo(1);
        assertThat(codes("やま", CustomersDatabase.NOBODY, 0, 20)).isEmpty();
    }

    @Test
    void oneCharacterAlsoFindsTheCustomersOfARepSoNamedAndPages() {
        // 山 is in 山田, 山口 and 丸の内テクノロジー's representative 丸山, and in the name of rep 山本
        // (R007), who looks after 石川 (C0015) and 前田 (C0016)
        assertThat(codes("山", ADMIN, 0, 20)).containsExactly("C0015", "C0017", "C0016", "C0011", "C0001");
        assertThat(count("山", ADMIN)).isEqualTo(5);
        assertThat(codes("山", ADMIN, 1, 2)).containsExactly("C0017", "C0016");
    }
}
