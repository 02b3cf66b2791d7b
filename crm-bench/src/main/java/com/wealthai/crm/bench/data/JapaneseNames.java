package com.wealthai.crm.bench.data;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plausible Japanese personal and company names with their katakana readings, so that lists sort
 * by kana and a kana search ("ヤマダ") finds a realistic share of a large book.
 */
public final class JapaneseNames {

    /** A name in kanji and its reading in full-width katakana. */
    public record Name(String kanji, String kana) {
    }

    private static final List<Name> FAMILY = parse("""
            佐藤:サトウ 鈴木:スズキ 高橋:タカハシ 田中:タナカ 伊藤:イトウ 渡辺:ワタナベ 山本:ヤマモト 中村:ナカムラ
            小林:コバヤシ 加藤:カトウ 吉田:ヨシダ 山田:ヤマダ 佐々木:ササキ 山口:ヤマグチ 松本:マツモト 井上:イノウエ
            木村:キムラ 林:ハヤシ 斎藤:サイトウ 清水:シミズ 山崎:ヤマザキ 森:モリ 池田:イケダ 橋本:ハシモト
            阿部:アベ 石川:イシカワ 山下:ヤマシタ 中島:ナカジマ 石井:イシイ 小川:オガワ 前田:マエダ 岡田:オカダ
            長谷川:ハセガワ 藤田:フジタ 後藤:ゴトウ 近藤:コンドウ 村上:ムラカミ 遠藤:エンドウ 青木:アオキ 坂本:サカモト
            斉藤:サイトウ 福田:フクダ 太田:オオタ 西村:ニシムラ 藤井:フジイ 金子:カネコ 岡本:オカモト 藤原:フジワラ
            中野:ナカノ 三浦:ミウラ 原田:ハラダ 中川:ナカガワ 松田:マツダ 竹内:タケウチ 小野:オノ 田村:タムラ
            中山:ナカヤマ 和田:ワダ 石田:イシダ 森田:モリタ 上田:ウエダ 原:ハラ 内田:ウチダ 柴田:シバタ
            酒井:サカイ 宮崎:ミヤザキ 横山:ヨコヤマ 高木:タカギ 安藤:アンドウ 宮本:ミヤモト 大野:オオノ 小島:コジマ
            谷口:タニグチ 今井:イマイ 工藤:クドウ 高田:タカダ 増田:マスダ 丸山:マルヤマ 杉山:スギヤマ 村田:ムラタ
            大塚:オオツカ 小山:コヤマ 藤本:フジモト 平野:ヒラノ 新井:アライ 河野:コウノ 上野:ウエノ 野口:ノグチ
            武田:タケダ 松井:マツイ 千葉:チバ 岩崎:イワサキ 菅原:スガワラ 木下:キノシタ 久保:クボ 佐野:サノ
            """);

    private static final List<Name> GIVEN_MALE = parse("""
            太郎:タロウ 一郎:イチロウ 健一:ケンイチ 誠:マコト 大輔:ダイスケ 翔太:ショウタ 拓也:タクヤ 直樹:ナオキ
            浩:ヒロシ 隆:タカシ 茂:シゲル 修:オサム 剛:ツヨシ 亮:リョウ 健太:ケンタ 和也:カズヤ
            達也:タツヤ 哲也:テツヤ 正人:マサト 裕介:ユウスケ 慎也:シンヤ 博之:ヒロユキ 聡:サトシ 学:マナブ
            勝:マサル 進:ススム 実:ミノル 清:キヨシ 悠真:ユウマ 蓮:レン 湊:ミナト 陽翔:ハルト
            """);

    private static final List<Name> GIVEN_FEMALE = parse("""
            花子:ハナコ 恵子:ケイコ 幸子:サチコ 洋子:ヨウコ 久美子:クミコ 由美:ユミ 真由美:マユミ 智子:トモコ
            美紀:ミキ 愛:アイ 彩:アヤ 麻衣:マイ 陽子:ヨウコ 直美:ナオミ 明美:アケミ 裕子:ユウコ
            京子:キョウコ 和子:カズコ 節子:セツコ 美穂:ミホ 香織:カオリ 紀子:ノリコ 優子:ユウコ 沙織:サオリ
            美咲:ミサキ さくら:サクラ 結衣:ユイ 葵:アオイ 陽菜:ヒナ 凛:リン 芽依:メイ 千尋:チヒロ
            """);

    private static final List<Name> COMPANY_STEMS = parse("""
            東和:トウワ 日進:ニッシン 大和:ヤマト 富士:フジ 三光:サンコウ 北斗:ホクト 太陽:タイヨウ 昭栄:ショウエイ
            平和:ヘイワ 丸一:マルイチ 中央:チュウオウ 青葉:アオバ 旭:アサヒ 協和:キョウワ 新星:シンセイ 光洋:コウヨウ
            """);

    private static final List<Name> COMPANY_TRADES = parse("""
            商事:ショウジ 工業:コウギョウ 建設:ケンセツ 物産:ブッサン 電機:デンキ 運輸:ウンユ 不動産:フドウサン 食品:ショクヒン
            精機:セイキ 化学:カガク 製作所:セイサクショ 興産:コウサン
            """);

    private JapaneseNames() {
    }

    /** A person's full name, family name first, with a space between the parts as Japanese forms do. */
    public static Name person(RandomGenerator random, boolean male) {
        Name family = pick(random, FAMILY);
        Name given = pick(random, male ? GIVEN_MALE : GIVEN_FEMALE);
        return new Name(family.kanji() + " " + given.kanji(), family.kana() + " " + given.kana());
    }

    /** A company such as 株式会社東和商事 (カブシキガイシャトウワショウジ). */
    public static Name company(RandomGenerator random) {
        Name stem = pick(random, COMPANY_STEMS);
        Name trade = pick(random, COMPANY_TRADES);
        boolean kabushiki = random.nextInt(4) != 0;
        String form = kabushiki ? "株式会社" : "有限会社";
        String formKana = kabushiki ? "カブシキガイシャ" : "ユウゲンガイシャ";
        return new Name(form + stem.kanji() + trade.kanji(), formKana + stem.kana() + trade.kana());
    }

    public static List<Name> familyNames() {
        return FAMILY;
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<Name> parse(String pairs) {
        return java.util.Arrays.stream(pairs.trim().split("\\s+"))
                .map(pair -> pair.split(":"))
                .map(parts -> new Name(parts[0], parts[1]))
                .toList();
    }
}
