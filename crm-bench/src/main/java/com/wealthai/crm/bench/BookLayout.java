package com.wealthai.crm.bench;

import java.util.List;
import java.util.Locale;

/**
 * Who belongs to whom, as pure functions of the scale: rep {@code r} works in branch
 * {@code (r-1) mod branches + 1}, customer {@code c} is in the book of rep {@code (c-1) mod reps + 1}.
 * Ids are assigned by the generator (1…n per table), so every table can be written independently
 * and the load test can compute which customers a login may see.
 */
public final class BookLayout {

    private static final List<String> BRANCH_NAMES = List.of(
            "本店", "新宿支店", "渋谷支店", "池袋支店", "銀座支店", "横浜支店", "大宮支店", "千葉支店", "立川支店", "梅田支店",
            "難波支店", "京都支店", "神戸支店", "名古屋支店", "札幌支店", "仙台支店", "広島支店", "福岡支店", "静岡支店", "新潟支店");

    private final BenchScale scale;

    public BookLayout(BenchScale scale) {
        this.scale = scale;
    }

    public BenchScale scale() {
        return scale;
    }

    public String branchName(int branch) {
        return branch <= BRANCH_NAMES.size() ? BRANCH_NAMES.get(branch - 1) : "第" + branch + "支店";
    }

    public int branchOfRep(int rep) {
        return (rep - 1) % scale.branches() + 1;
    }

    public int repOfCustomer(int customer) {
        return (customer - 1) % scale.reps() + 1;
    }

    /** {@code R001}: the rep code, also the rep's login in lower case (as in demo mode). */
    public String repCode(int rep) {
        return String.format(Locale.ROOT, "R%03d", rep);
    }

    public String repLogin(int rep) {
        return repCode(rep).toLowerCase(Locale.ROOT);
    }

    /** {@code m01}: the manager of a branch. */
    public String managerLogin(int branch) {
        return String.format(Locale.ROOT, "m%02d", branch);
    }

    /** {@code C0000001}: customer codes sort in id order. */
    public String customerCode(int customer) {
        return String.format(Locale.ROOT, "C%07d", customer);
    }
}
