package com.wealthai.crm.bench.data;

import java.util.List;
import java.util.random.RandomGenerator;

/** Addresses, phone numbers, e-mail addresses and occupations that look like a Japanese customer book. */
public final class ContactData {

    private static final List<String> CITIES = List.of(
            "東京都千代田区丸の内", "東京都港区六本木", "東京都世田谷区成城", "東京都渋谷区神宮前", "東京都新宿区西新宿",
            "神奈川県横浜市中区山下町", "神奈川県川崎市中原区小杉町", "埼玉県さいたま市浦和区高砂", "千葉県千葉市中央区中央",
            "大阪府大阪市北区梅田", "大阪府豊中市新千里東町", "京都府京都市左京区下鴨", "兵庫県神戸市中央区三宮町",
            "愛知県名古屋市中区栄", "福岡県福岡市中央区天神", "北海道札幌市中央区大通西", "宮城県仙台市青葉区一番町",
            "広島県広島市中区紙屋町", "静岡県静岡市葵区呉服町", "新潟県新潟市中央区万代");

    private static final List<String> OCCUPATIONS = List.of(
            "会社員", "会社役員", "自営業", "医師", "弁護士", "公務員", "教員", "年金生活者", "主婦・主夫", "不動産賃貸業");

    private static final List<String> MAIL_DOMAINS = List.of("example.jp", "example.com", "example.ne.jp", "example.co.jp");

    private ContactData() {
    }

    public static String address(RandomGenerator random) {
        return JapaneseNames.pick(random, CITIES) + (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(20));
    }

    /** A mobile number in the 090/080/070 ranges. */
    public static String mobilePhone(RandomGenerator random) {
        String[] prefixes = {"090", "080", "070"};
        return prefixes[random.nextInt(3)] + "-" + (1000 + random.nextInt(9000)) + "-" + (1000 + random.nextInt(9000));
    }

    /** An office number in Tokyo or Osaka. */
    public static String officePhone(RandomGenerator random) {
        return (random.nextBoolean() ? "03" : "06") + "-" + (1000 + random.nextInt(9000)) + "-" + (1000 + random.nextInt(9000));
    }

    /** A unique, obviously fictitious address: the customer code keeps it unique. */
    public static String email(String localPart, RandomGenerator random) {
        return localPart.toLowerCase(java.util.Locale.ROOT) + "@" + JapaneseNames.pick(random, MAIL_DOMAINS);
    }

    public static String occupation(RandomGenerator random) {
        return JapaneseNames.pick(random, OCCUPATIONS);
    }
}
