package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.DemoDataLoader;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.UserDirectory;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.InvestmentExperience;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.domain.Customer;
import com.wealthai.crm.customers.domain.Gender;
import com.wealthai.crm.customers.domain.SalesRep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo book, as the original system's statistics: 7 sales reps in three branches and 18
 * customers (16 individuals, 2 corporations) spread over the reps and the four risk profiles; a
 * login per rep (its code in lower case) and a manager of the first branch.
 */
@ApplicationScoped
public class CustomersDemoData implements DemoDataLoader {

    static final String FIRST_BRANCH = "本店営業部";

    private record Rep(String code, String name, String department, String branch, String email, String phone, LocalDate hired) {
    }

    private record Person(String code, int rep, String name, String kana, LocalDate born, Gender gender, String phone,
                          String email, String address, String occupation, long income, long netWorth,
                          RiskTolerance risk, InvestmentExperience experience) {
    }

    private static final List<Rep> REPS = List.of(
            new Rep("R001", "佐藤 健一", "営業第一課", FIRST_BRANCH, "k.sato@wealthai.example", "03-3201-1001", LocalDate.of(2008, 4, 1)),
            new Rep("R002", "鈴木 美咲", "営業第一課", FIRST_BRANCH, "m.suzuki@wealthai.example", "03-3201-1002", LocalDate.of(2014, 4, 1)),
            new Rep("R003", "高橋 大輔", "営業第二課", FIRST_BRANCH, "d.takahashi@wealthai.example", "03-3201-1003", LocalDate.of(2011, 10, 1)),
            new Rep("R004", "田中 陽子", "営業課", "新宿支店", "y.tanaka@wealthai.example", "03-5321-2001", LocalDate.of(2016, 4, 1)),
            new Rep("R005", "伊藤 翔太", "営業課", "新宿支店", "s.ito@wealthai.example", "03-5321-2002", LocalDate.of(2019, 4, 1)),
            new Rep("R006", "渡辺 由美", "営業課", "大阪支店", "y.watanabe@wealthai.example", "06-6341-3001", LocalDate.of(2009, 4, 1)),
            new Rep("R007", "山本 拓也", "営業課", "大阪支店", "t.yamamoto@wealthai.example", "06-6341-3002", LocalDate.of(2021, 4, 1)));

    private static final List<Person> PEOPLE = List.of(
            new Person("C0001", 0, "山田 太郎", "ヤマダ タロウ", LocalDate.of(1958, 5, 12), Gender.MALE, "090-1111-0001", "taro.yamada@example.jp",
                    "東京都千代田区丸の内1-1-1", "会社役員", 18_000_000, 250_000_000, RiskTolerance.STABLE_GROWTH, InvestmentExperience.OVER_5_YEARS),
            new Person("C0002", 0, "中村 花子", "ナカムラ ハナコ", LocalDate.of(1949, 11, 3), Gender.FEMALE, "090-1111-0002", "hanako.nakamura@example.jp",
                    "東京都港区南青山3-4-5", "無職（年金受給）", 3_200_000, 120_000_000, RiskTolerance.CONSERVATIVE, InvestmentExperience.OVER_5_YEARS),
            new Person("C0003", 0, "小林 誠", "コバヤシ マコト", LocalDate.of(1975, 2, 28), Gender.MALE, "080-2222-0003", "makoto.kobayashi@example.jp",
                    "東京都世田谷区成城6-7-8", "医師", 25_000_000, 180_000_000, RiskTolerance.GROWTH, InvestmentExperience.OVER_5_YEARS),
            new Person("C0004", 1, "加藤 恵子", "カトウ ケイコ", LocalDate.of(1968, 7, 19), Gender.FEMALE, "090-3333-0004", "keiko.kato@example.jp",
                    "東京都文京区本郷2-3-4", "大学教授", 12_000_000, 80_000_000, RiskTolerance.STABLE_GROWTH, InvestmentExperience.ONE_TO_5_YEARS),
            new Person("C0005", 1, "吉田 直樹", "ヨシダ ナオキ", LocalDate.of(1985, 9, 9), Gender.MALE, "070-4444-0005", "naoki.yoshida@example.jp",
                    "東京都品川区大崎1-2-3", "ITエンジニア", 9_500_000, 30_000_000, RiskTolerance.AGGRESSIVE, InvestmentExperience.ONE_TO_5_YEARS),
            new Person("C0006", 2, "松本 和子", "マツモト カズコ", LocalDate.of(1955, 1, 15), Gender.FEMALE, "090-5555-0006", "kazuko.matsumoto@example.jp",
                    "東京都目黒区自由が丘1-9-2", "不動産賃貸業", 15_000_000, 300_000_000, RiskTolerance.CONSERVATIVE, InvestmentExperience.OVER_5_YEARS),
            new Person("C0007", 2, "井上 隆", "イノウエ タカシ", LocalDate.of(1979, 12, 1), Gender.MALE, "080-6666-0007", "takashi.inoue@example.jp",
                    "神奈川県横浜市西区みなとみらい2-2-1", "会社員（商社）", 11_000_000, 45_000_000, RiskTolerance.GROWTH, InvestmentExperience.ONE_TO_5_YEARS),
            new Person("C0008", 3, "木村 さくら", "キムラ サクラ", LocalDate.of(1992, 4, 5), Gender.FEMALE, "090-7777-0008", "sakura.kimura@example.jp",
                    "東京都新宿区西新宿2-8-1", "会社員（広告）", 6_000_000, 8_000_000, RiskTolerance.STABLE_GROWTH, InvestmentExperience.LESS_THAN_1_YEAR),
            new Person("C0009", 3, "林 博之", "ハヤシ ヒロユキ", LocalDate.of(1962, 8, 22), Gender.MALE, "090-8888-0009", "hiroyuki.hayashi@example.jp",
                    "東京都杉並区荻窪4-5-6", "歯科医師", 20_000_000, 150_000_000, RiskTolerance.GROWTH, InvestmentExperience.OVER_5_YEARS),
            new Person("C0010", 3, "清水 明美", "シミズ アケミ", LocalDate.of(1971, 3, 30), Gender.FEMALE, "080-9999-0010", "akemi.shimizu@example.jp",
                    "東京都中野区中野5-6-7", "自営業（飲食）", 7_000_000, 25_000_000, RiskTolerance.CONSERVATIVE, InvestmentExperience.NONE),
            new Person("C0011", 4, "山口 健太", "ヤマグチ ケンタ", LocalDate.of(1988, 6, 14), Gender.MALE, "070-1212-0011", "kenta.yamaguchi@example.jp",
                    "東京都渋谷区恵比寿1-3-5", "経営者（スタートアップ）", 30_000_000, 200_000_000, RiskTolerance.AGGRESSIVE, InvestmentExperience.ONE_TO_5_YEARS),
            new Person("C0012", 4, "森 由紀子", "モリ ユキコ", LocalDate.of(1953, 10, 10), Gender.FEMALE, "090-1313-0012", "yukiko.mori@example.jp",
                    "東京都練馬区石神井町3-1-1", "主婦", 0, 60_000_000, RiskTolerance.CONSERVATIVE, InvestmentExperience.LESS_THAN_1_YEAR),
            new Person("C0013", 5, "池田 修", "イケダ オサム", LocalDate.of(1960, 4, 18), Gender.MALE, "090-1414-0013", "osamu.ikeda@example.jp",
                    "大阪府大阪市北区梅田3-3-3", "会社役員（製造業）", 22_000_000, 280_000_000, RiskTolerance.STABLE_GROWTH, InvestmentExperience.OVER_5_YEARS),
            new Person("C0014", 5, "橋本 真理", "ハシモト マリ", LocalDate.of(1983, 1, 25), Gender.FEMALE, "080-1515-0014", "mari.hashimoto@example.jp",
                    "兵庫県神戸市中央区元町通2-2-2", "薬剤師", 7_500_000, 20_000_000, RiskTolerance.GROWTH, InvestmentExperience.LESS_THAN_1_YEAR),
            new Person("C0015", 6, "石川 勇", "イシカワ イサム", LocalDate.of(1946, 9, 30), Gender.MALE, "06-6111-0015", "isamu.ishikawa@example.jp",
                    "大阪府豊中市新千里東町1-4-1", "無職（年金受給）", 2_800_000, 90_000_000, RiskTolerance.CONSERVATIVE, InvestmentExperience.OVER_5_YEARS),
            new Person("C0016", 6, "前田 彩", "マエダ アヤ", LocalDate.of(1995, 11, 11), Gender.FEMALE, "070-1616-0016", "aya.maeda@example.jp",
                    "京都府京都市中京区烏丸通5-1", "会社員（観光）", 4_500_000, 5_000_000, RiskTolerance.AGGRESSIVE, InvestmentExperience.NONE));

    @PersistenceContext(unitName = "crm-customers")
    EntityManager em;

    @Inject
    UserDirectory users;

    @Override
    public String moduleId() {
        return CustomersModule.ID;
    }

    @Override
    public void load() {
        List<SalesRep> reps = REPS.stream().map(this::persist).toList();
        for (Person person : PEOPLE) {
            persist(individual(person, reps.get(person.rep())));
        }
        persist(corporation("C0017", "株式会社丸の内テクノロジー", "カブシキガイシャマルノウチテクノロジー", "丸山 浩二", LocalDate.of(1998, 6, 1),
                "03-3201-9017", "ir@marunouchi-tech.example.jp", "東京都千代田区大手町1-5-1", "情報通信業",
                850_000_000L, 4_200_000_000L, RiskTolerance.STABLE_GROWTH, InvestmentExperience.OVER_5_YEARS, reps.get(2)));
        persist(corporation("C0018", "関西精工株式会社", "カンサイセイコウカブシキガイシャ", "西川 正人", LocalDate.of(1972, 3, 15),
                "06-6341-9018", "finance@kansai-seiko.example.jp", "大阪府大阪市中央区本町2-6-8", "製造業（精密機器）",
                1_200_000_000L, 6_800_000_000L, RiskTolerance.CONSERVATIVE, InvestmentExperience.OVER_5_YEARS, reps.get(5)));

        users.ensureDemoUser("manager", "岡田 部長（" + FIRST_BRANCH + "）", Set.of(Role.MANAGER), null, FIRST_BRANCH);
        for (SalesRep rep : reps) {
            users.ensureDemoUser(rep.getRepCode().toLowerCase(Locale.ROOT), rep.getName(), Set.of(Role.REP), rep.getId(), rep.getBranch());
        }
    }

    private SalesRep persist(Rep r) {
        SalesRep rep = new SalesRep();
        rep.setRepCode(r.code());
        rep.setName(r.name());
        rep.setDepartment(r.department());
        rep.setBranch(r.branch());
        rep.setEmail(r.email());
        rep.setPhone(r.phone());
        rep.setHireDate(r.hired());
        rep.setUpdatedAt(OffsetDateTime.now());
        em.persist(rep);
        em.flush(); // the rep's id links the demo user; flushing one by one also keeps ids in code order
        return rep;
    }

    private static Customer individual(Person p, SalesRep rep) {
        Customer c = new Customer();
        c.setCustomerCode(p.code());
        c.setType(CustomerType.INDIVIDUAL);
        c.setName(p.name());
        c.setNameKana(p.kana());
        c.setBirthDate(p.born());
        c.setGender(p.gender());
        c.setPhone(p.phone());
        c.setEmail(p.email());
        c.setAddress(p.address());
        c.setOccupation(p.occupation());
        c.setAnnualIncome(p.income());
        c.setNetWorth(p.netWorth());
        c.setRiskTolerance(p.risk());
        c.setInvestmentExperience(p.experience());
        c.setSalesRep(rep);
        return c;
    }

    private static Customer corporation(String code, String name, String kana, String representative, LocalDate established,
                                        String phone, String email, String address, String industry, long revenue, long netAssets,
                                        RiskTolerance risk, InvestmentExperience experience, SalesRep rep) {
        Customer c = new Customer();
        c.setCustomerCode(code);
        c.setType(CustomerType.CORPORATE);
        c.setName(name);
        c.setNameKana(kana);
        c.setRepresentativeName(representative);
        c.setEstablishedDate(established);
        c.setPhone(phone);
        c.setEmail(email);
        c.setAddress(address);
        c.setOccupation(industry);
        c.setAnnualIncome(revenue);
        c.setNetWorth(netAssets);
        c.setRiskTolerance(risk);
        c.setInvestmentExperience(experience);
        c.setSalesRep(rep);
        return c;
    }

    private void persist(Customer customer) {
        customer.setCreatedBy("demo");
        customer.setUpdatedBy("demo");
        customer.setUpdatedAt(OffsetDateTime.now());
        em.persist(customer);
        em.flush(); // ids in customer-code order, as a reader of the demo expects
    }
}
