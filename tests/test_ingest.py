"""Reading inputs: encodings, formats, metadata, body detection and bad inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.ingest import Article, IngestError, iter_inputs, load_path
from pipeline.orchestrate import extract_article

ARTICLE = (
    "发布时间:2023-06-08 10:21  来源:嘉兴市经信局\n"
    "嘉兴市召开产业链链长制推进会\n"
    "6月7日,嘉兴市召开产业链链长制工作推进会。会议提出,力争到2025年数字经济核心产业营业收入突破5000亿元。\n"
    "今年以来,各链长累计走访企业316家,帮助解决问题52个。\n"
)
ARTICLE_HANT = (
    "2023-06-08 10:21:00\n"
    "嘉興市召開產業鏈鏈長制推進會\n"
    "6月7日,嘉興市召開產業鏈鏈長制工作推進會。會議提出,力爭到2025年數字經濟核心產業營業收入突破5000億元。\n"
)


def test_seed_metadata_and_body(seeds_dir: Path) -> None:
    wenzhou = load_path(seeds_dir / "000_0431d42a77d0a515.txt")[0]
    weifang = load_path(seeds_dir / "003_3e450a4acf8393f9.txt")[0]
    assert (wenzhou.published, wenzhou.source, wenzhou.script) == ("2023-03-17", "意大利侨网", "hans")
    assert (weifang.published, weifang.source, weifang.script) == ("2021-10-20", "大眾網", "hant")
    assert weifang.title == "全省首推!濰坊15個制造業重點產業鏈迎來“鏈長”"
    assert wenzhou.title and "温州市产业链链长制工作汇报会" in wenzhou.title
    for article in (wenzhou, weifang):
        body = "\n".join(article.text[s:e] for s, e in article.body)
        assert "热线" not in body and "熱線" not in body  # hotline / advert lines
        assert "華誕" not in body and "40华诞" not in body  # trailing headline list
        assert "時間:" not in body and "时间:" not in body  # header
    weifang_body = "\n".join(weifang.text[s:e] for s, e in weifang.body)
    assert "記者 吳磊" not in weifang_body  # byline
    assert weifang_body.startswith("原標(biāo)題")  # the original title belongs to the article
    assert "雷沃旺季生產(chǎn)" in weifang_body  # captions are body


def test_article_id_is_stable_hash_of_text(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(ARTICLE, encoding="utf-8")
    assert load_path(a)[0].id == load_path(b)[0].id
    b.write_text(ARTICLE + "补充。", encoding="utf-8")
    assert load_path(a)[0].id != load_path(b)[0].id


@pytest.mark.parametrize("encoding,text", [
    ("utf-8", ARTICLE), ("utf-8-sig", ARTICLE), ("utf-16", ARTICLE), ("gbk", ARTICLE),
    ("gb18030", ARTICLE), ("big5", ARTICLE_HANT), ("utf-16-le", ARTICLE),
])
def test_encodings_are_detected(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = load_path(path)[0]
    assert article.text == text
    assert article.published == "2023-06-08"


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>嘉兴市召开链长制推进会</title>"
        '<meta name="publishdate" content="2023-06-08"></head><body>'
        '<div class="nav"><a href="/">首页</a></div><div class="article">'
        "<h1>嘉兴市召开链长制推进会</h1><p>6月7日,嘉兴市召开产业链链长制工作推进会,"
        "力争到2025年数字经济核心产业营业收入突破5000亿元。各链长累计走访企业316家,"
        "帮助企业解决各类问题52个,推动签约项目24个。</p></div>"
        "<div class='footer'>版权所有 嘉兴市人民政府 电话:0573-82345678</div></body></html>",
        encoding="utf-8",
    )
    article = load_path(page)[0]
    assert article.title == "嘉兴市召开链长制推进会"
    assert article.published == "2023-06-08"
    assert article.text.startswith("嘉兴市召开链长制推进会\n")
    assert "5000亿元" in article.text and "版权所有" not in article.text


def test_jsonl_objects_carry_metadata(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "a1", "title": "T", "url": "http://x", "source": "China Daily",
             "published": "2024-05-01T08:00:00", "text": "The city aims to attract 52 companies by 2025."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    article = load_path(path)[0]
    assert (article.id, article.source, article.published, article.language) == (
        "a1", "China Daily", "2024-05-01", "en")


def make_bad_folder(folder: Path) -> None:
    """Good inputs in every encoding, and one of each kind of bad input."""
    (folder / "gbk.txt").write_bytes(ARTICLE.encode("gbk"))
    (folder / "big5.txt").write_bytes(ARTICLE_HANT.encode("big5"))
    (folder / "utf16.txt").write_bytes(ARTICLE.replace("316", "317").encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    lines = [json.dumps({"id": "j1", "text": ARTICLE.replace("316", "318")}, ensure_ascii=False),
             '{"id": "j2", "text": "broken',
             json.dumps({"id": "j3", "text": ARTICLE.replace("316", "319")}, ensure_ascii=False)]
    (folder / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    paragraph = ARTICLE.split("\n", 2)[2]
    big = ARTICLE + paragraph * (20_000_000 // len(paragraph.encode("utf-8")))
    (folder / "big.txt").write_text(big, encoding="utf-8")


def test_bad_inputs_are_reported_and_good_ones_land(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    make_bad_folder(folder)
    assert (folder / "big.txt").stat().st_size >= 19_000_000
    db = tmp_path / "t.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert result.exit_code == 1, result.output
    assert f"{folder / 'empty.txt'}: empty article" in result.output
    assert f"{folder / 'binary.txt'}: binary data" in result.output
    assert f"{folder / 'feed.jsonl'}:2: malformed JSON line" in result.output
    assert "at at column" not in result.output  # json's own message ends in "at"
    assert "Articles: 6 new, 0 unchanged, 3 failed" in result.output
    assert "3 of 9 inputs failed" in result.output
    import sqlite3

    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    paths = {Path(p.split(":")[0]).name for (p,) in conn.execute("select path from articles")}
    assert paths == {"gbk.txt", "big5.txt", "utf16.txt", "feed.jsonl", "big.txt"}
    assert conn.execute("select count(*) from articles").fetchone()[0] == 6


def test_missing_path_and_empty_glob_are_errors(tmp_path: Path) -> None:
    items = list(iter_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "*.zzz")]))
    assert [type(i) for i in items] == [IngestError, IngestError]
    assert "no such file or directory" in str(items[0])
    assert "no files match" in str(items[1])


def test_stdin_is_an_input(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["ingest", "-", "--db", str(db)], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert "Articles: 1 new" in result.output


def test_article_is_a_dataclass_with_original_text(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    article = load_path(path)[0]
    assert isinstance(article, Article) and article.text == ARTICLE
    assert all(0 <= s < e <= len(ARTICLE) for s, e in article.body)


def test_a_paragraph_naming_a_hotline_stays_in_the_body() -> None:
    """zh-hant/dahe-zhengzhou: one number mentioned in passing is the article; a tip-off line is not."""
    from pipeline.body import find_body

    paragraph = ("市重点产业链工作专班办公室主任王建国表示,企业可拨打专班热线0371-67180000反映问题,"
                 "目前已受理诉求500多件,办结率超过九成,下一步将建立问题清单制度。")
    tip_off = "想爆料?请拨打新闻热线0531-66661234或96678,或登录官方微博提供新闻线索。广告热线0531-81695052。"
    text = "标题一行\n" + paragraph + "\n最后一句正文。\n" + tip_off
    kept = [text[s:e] for s, e in find_body(text)]
    assert paragraph in kept
    assert tip_off not in kept


def test_a_bulletins_distribution_colophon_is_not_body() -> None:
    """zh-hans/jmlzb-jingmen (round 10): 报：/送：/发： lines and (共印45份) close a work bulletin."""
    from pipeline.body import find_body

    last = "今年以来，全市走访企业283家次。"
    text = ("链长制工作简报\n" + last + "\n报：市委、市政府主要领导\n送：各重点产业链链长、副链长\n"
            "发：各县（市、区）链长制工作办公室\n（共印45份）\n")
    assert [text[s:e] for s, e in find_body(text)] == ["链长制工作简报", last]


def test_a_research_notes_masthead_and_credits_are_not_body() -> None:
    """en/calder-hebei, tidewater (rounds 9 and 12): CALDER ASIA RESEARCH | Note No. 7, Authors:, Analysts:,
    Distribution:, Reading time: lines head a note; the headline after them is its title."""
    from pipeline.ingest import build_article

    text = ("CALDER ASIA RESEARCH | China Provinces Note No. 7/2026\nPublished: 10 March 2026\n"
            "Authors: Sophie Brandt, Senior Analyst\nAnalysts: Chen Yuhang, Economist\nDistribution: clients only\n"
            "Reading time: 7 minutes\n\nPipes and bags: Hebei's new chain chiefs\n\nHebei now has 16 chains.\n")
    article = build_article(text, "note.txt")
    assert article.title == "Pipes and bags: Hebei's new chain chiefs"
    assert [text[s:e] for s, e in article.body] == ["Pipes and bags: Hebei's new chain chiefs",
                                                    "Hebei now has 16 chains."]
    # (a table row of figures under an upper-case label is body: EBITDA | 4.6 | 5.1, round 85)
    text = "Key indicators\n\nItem | FY2024 | FY2025\nRevenue | 61.9 | 68.4\nEBITDA | 4.6 | 5.1\n"
    assert "EBITDA | 4.6 | 5.1" in [text[s:e] for s, e in build_article(text, "t.txt").body]


def test_english_page_furniture_after_the_article_is_not_body() -> None:
    """en/scmp and en/thinktank tails: a "More from …:" list and a long copyright line are furniture."""
    from pipeline.body import find_body

    last = "The city aims to double output by 2025, officials said on Monday in a statement."
    text = ("Shenzhen names chain chiefs\n" + last + "\n\nMore from South China Morning Post:\n"
            "BYD cuts prices of 5 models\n\n*This brief reflects the views of the author only. © 2023 Policy "
            "Monitor. Subscribe to our newsletter for 2 briefs a month. Media enquiries: +49 30 5557 2140.*")
    kept = [text[s:e] for s, e in find_body(text)]
    assert kept == ["Shenzhen names chain chiefs", last]


def test_a_masthead_line_is_the_source_and_the_headline_under_it_the_title() -> None:
    """zh-hant/hket-zhaoqing (round 7): a page copied with its masthead and date line."""
    from pipeline.ingest import build_article

    text = ("香港經濟日報　hket.com\n2026年6月15日　06:00　中國經濟｜大灣區\n"
            "肇慶「鏈長+鏈主」雙軌並進　金屬加工鏈瞄準2027年產值2000億元人民幣\n撰文：記者 甘穎詩\n\n"
            "在大灣區九個內地城市之中，肇慶把「鏈長+鏈主」模式推得最徹底。\n")
    article = build_article(text, "hket.txt")
    assert article.source == "香港經濟日報"
    assert article.title == "肇慶「鏈長+鏈主」雙軌並進　金屬加工鏈瞄準2027年產值2000億元人民幣"


def test_an_original_title_line_is_body_even_when_it_names_a_reporter() -> None:
    from pipeline.body import find_body

    text = "來源:長城網\n原標題:清河縣羊絨產業鏈鏈長答記者問:今年全鏈營收力爭突破350億元\n記者 趙子萱\n正文一句。"
    kept = [text[s:e] for s, e in find_body(text)]
    assert kept == ["原標題:清河縣羊絨產業鏈鏈長答記者問:今年全鏈營收力爭突破350億元", "正文一句。"]


def test_a_list_of_recommended_posts_is_no_body() -> None:
    from pipeline.body import find_body

    text = "正文一句。\n\n往期推荐\n城阳这5个项目入选2026年省重点项目！\n总投资32亿元！城阳又一批项目集中开工"
    assert [text[s:e] for s, e in find_body(text)] == ["正文一句。"]


def test_a_taiwanese_header_date_in_the_roc_calendar(tmp_path: Path) -> None:
    path = tmp_path / "cier.txt"
    path.write_text("從「鏈長」到「鏈主」\n中華經濟研究院\n發布日期：民國115年5月20日\n作者：黃韻如\n\n一、正文。鏈主企業。\n",
                    encoding="utf-8")
    [article] = load_path(path)
    assert article.published == "2026-05-20"


def test_a_notice_dated_by_its_date_of_issue_line(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("Notice on Appointing the Chain Chiefs for 2026\nDocument No.: Huai Fu [2026] No. 9\n"
                    "Date of issue: 2026-02-13   Source: Municipal Bureau of Economy and Information Technology"
                    "   Views: 2,047\n\nIV. Objectives for 2026\n\nThe chains shall sign at least 150 projects.\n",
                    encoding="utf-8")
    [article] = load_path(path)
    assert article.published == "2026-02-13"
    [target] = [r for r in extract_article(article).records if r.type == "target"]
    assert (target.text, target.deadline) == ("150 projects", 2026)


def test_arrow_marked_links_trailing_an_article_are_no_body() -> None:
    from pipeline.body import find_body

    text = ("台禾食品獲認定為鏈主企業，3年內再投資15億元。\n\n"
            "►鏈長、鏈主差在哪？大陸產業鏈招商一次看懂\n►台商赴陸投資連4季下滑　專家點出2大原因\n")
    body = "".join(text[a:b] for a, b in find_body(text))
    assert "15億元" in body and "2大原因" not in body
    text = "三季度工作亮点如下：\n▶ 7月22日，陆振华来到链主企业调研，协调解决问题3个。\n"
    assert "3个" in "".join(text[a:b] for a, b in find_body(text))


def test_a_press_releases_about_and_forward_looking_sections_are_not_body() -> None:
    from pipeline.body import find_body

    text = ("Lumina Optics named chain master\n\nThe subsidiary will invest RMB1.8 billion.\n\n"
            "Shangrao aims to lift revenue to 100 billion yuan by 2028.\n\nAbout Lumina Optics Holdings Limited\n\n"
            "Founded in 2009, the Company has more than 3,500 employees.\n\nForward-Looking Statements\n\n"
            "This release contains statements.\n")
    kept = [text[s:e] for s, e in find_body(text)]
    assert kept == ["Lumina Optics named chain master", "The subsidiary will invest RMB1.8 billion.",
                    "Shangrao aims to lift revenue to 100 billion yuan by 2028."]
    text = "Rubber imports rose.\n\nMore text here.\n\nAbout 70% of the natural rubber used comes from Thailand.\n"
    assert len(find_body(text)) == 3  # (a sentence that opens with "About 70%" is body)


def test_a_press_releases_about_the_company_paragraph_is_no_body() -> None:
    from pipeline.body import find_body

    text = ("武夷竹创入选链主企业\n\n公司今年计划投资6.5亿元。\n\n（综合办公室　供稿）\n\n"
            "关于武夷竹创：福建武夷竹创科技股份有限公司成立于2011年，注册资本1.2亿元，产品远销32个国家和地区。\n")
    assert not any("注册资本" in text[s:e] for s, e in find_body(text))


def test_labelled_links_to_other_stories_are_not_body() -> None:
    """en/qhgov-qinghai (round 72): "Related: <headline>" lines under a government page's article."""
    from pipeline.body import find_body

    last = "By 2028, the province shall have 30 chain master enterprises."
    text = (f"Qinghai measures\n\n{last}\n\nRelated: Qinghai sets 2026 industrial investment goals\n"
            "Related: Provincial chain chief office holds training for chain offices of 8 prefectures\n\n"
            "Sponsored by the General Office of Qinghai Provincial People's Government\n"
            "Tel: 0971-8242034   Address: 1 Xiguan Street, Xining\n")
    assert [text[s:e] for s, e in find_body(text)] == ["Qinghai measures", last]


def test_a_table_header_whose_columns_are_dates_is_body_not_a_dateline() -> None:
    from pipeline.body import find_body

    text = ("公司最近一年又一期主要财务数据如下：\n单位：万元\n"
            "项目｜2025年12月31日/2025年度（经审计）｜2026年6月30日/2026年1—6月（未经审计）\n"
            "资产总额｜586,420.37｜631,958.12\n营业收入｜268,945.61｜153,207.96\n")
    kept = [text[s:e] for s, e in find_body(text)]
    assert "项目｜2025年12月31日/2025年度（经审计）｜2026年6月30日/2026年1—6月（未经审计）" in kept
    dated = "标题\n2026-07-24 | 来源：新华社 | 作者：王明\n\n正文第一段，链长走访企业。\n"
    assert "2026-07-24 | 来源：新华社 | 作者：王明" not in [dated[s:e] for s, e in find_body(dated)]
