"""Leaders: find_leaders over plain strings and the chainpress_leaders component.

Cases: sentences from the seed articles (W = Wenzhou, simplified; F = Weifang, traditional,
given after OpenCC t2s as the extractor sees it) and sentences written for the usual ways the
press names chain leaders, their deputies, chain-master enterprises and the system's officials;
expected values worked out by reading, per gold/GUIDELINES.md (D12–D14).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from extractors.base import REGISTRY, ExtractionContext
from extractors.leaders import find_leaders
from pipeline.normalize import to_simplified


@dataclass
class Case:
    text: str
    span: str | None = None
    role: str | None = None
    person: str | None = None
    chain: str | None = None
    count: int | None = None
    rank: str | None = None
    title: str | None = None


ANXI_TABLE = ("安溪县重点产业链链长、副链长及链主企业名单\n序号　产业链　链长　副链长　链主企业\n"
              "1　铁观音茶产业链　苏明哲（县委常委、常务副县长）　"
              "林秀琴（县农业农村局局长）、陈建华（县茶业发展中心主任）　"
              "凤山茶业集团股份有限公司、西坪茗源茶业有限公司\n"
              "2　藤铁工艺家居产业链　王丽娟（副县长）　许志鹏（县工信和科技局局长）　尚卿藤艺集团有限公司\n"
              "3　茶文旅融合产业链　王丽娟（副县长）　黄晓燕（县文体旅游局局长）　待遴选\n")

LEADERS_HANS = [
    # W
    Case("生命健康产业链链长聚焦眼谷小镇建设", "生命健康产业链链长", "chain_leader", chain="生命健康产业链"),
    Case("泵阀产业链链长、副链长先后开展走访调研11次", "泵阀产业链链长", "chain_leader", chain="泵阀产业链"),
    Case("泵阀产业链链长、副链长先后开展走访调研11次", "泵阀产业链链长、副链长", "deputy_chain_leader",
         chain="泵阀产业链"),
    Case("其中,17条市级产业链链长、副链长,分别由20位厅级领导担任", "20位厅级领导", "chain_leader", count=20,
         rank="厅级"),
    Case("市政府副秘书长、市总链办副主任张榜桃表示,今年将召开汇报会", "张榜桃", "official", "张榜桃",
         title="市政府副秘书长、市总链办副主任"),
    # named people: in a title, taking a role, assigned in order
    Case("市委常委、常务副市长、鞋业产业链链长王立明出席会议并讲话", "王立明", "chain_leader", "王立明",
         "鞋业产业链"),
    Case("市委书记陈卫东任集成电路产业链链长,市长周晓兰任新型显示产业链链长", "周晓兰", "chain_leader",
         "周晓兰", "新型显示产业链"),
    Case("其中,工程机械产业链链长由市委副书记、市长刘国华担任", "刘国华", "chain_leader", "刘国华",
         "工程机械产业链"),
    Case("绿色石化产业链链长、副链长分别由副市长张明和市经信局局长李伟担任", "李伟", "deputy_chain_leader",
         "李伟", "绿色石化产业链"),
    Case("由市委书记刘海波担任全市先进制造业产业链总链长", "刘海波", "chief_chain_leader", "刘海波"),
    # aggregates and chain masters
    Case("目前,全市已明确奥康、康奈、红蜻蜓3家鞋业链主企业", "康奈", "chain_master", "康奈"),
    Case("目前,全市已明确奥康、康奈、红蜻蜓3家鞋业链主企业", "3家鞋业链主企业", "chain_master", count=3,
         chain="鞋业产业链"),
    Case("另有4位副链长分别来自市发改委、市科技局", "4位副链长", "deputy_chain_leader", count=4),
    Case("由市委书记担任总链长,24位市级领导分别担任各条产业链链长", "24位市级领导", "chain_leader", count=24,
         rank="市级"),
    Case("其中,网络与通信产业集群以华为为链主企业", "华为", "chain_master", "华为"),
    # 共同担任 and 分别由A、B担任: every person named holds the role after the verb (zh-hans/gzgxj-ganzhou,
    # zh-hant/udn-chongqing); a second name joined by 、 shares the role (zh-hant/dahe-zhengzhou)
    Case("《方案》明确，由市委书记曾庆华、市长刘启明共同担任全市重点产业链总链长；", "曾庆华",
         "chief_chain_leader", "曾庆华", title="市委书记"),
    Case("汽车、电子资讯两大支柱产业链分别由常务副市长邓嘉伟、副市长汪俊贤担任链长。", "邓嘉伟",
         "chain_leader", "邓嘉伟"),
    Case("其中,电子信息产业链由市长何文博担任链长,副市长孙晓辉、航空港区管委会主任刘建军担任副链长;",
         "孙晓辉", "deputy_chain_leader", "孙晓辉", title="副市长"),
    Case("其中,电子信息产业链由市长何文博担任链长,副市长孙晓辉、航空港区管委会主任刘建军担任副链长;",
         "何文博", "chain_leader", "何文博", "电子信息产业链"),
    # an office holder whose title runs through a section (科) of a bureau (zh-hans/lyrb-luoyang)
    Case("产业链链办副主任、市工信局装备工业科科长孙建平介绍，链办探索推行服务模式。", "孙建平", "official",
         "孙建平", title="产业链链办副主任、市工信局装备工业科科长"),
    # chain masters named after 链主企业(为), and listed before a total or after 由 (zh-hans/lyrb-luoyang,
    # zh-hans/zzrb-zhuzhou, zh-hant/macau-gcs-jiangmen, zh-hant/udn-chongqing, zh-hans/gzgxj-ganzhou)
    Case("市委常委、副市长杜卫国任链长，链主企业为中国一拖集团有限公司。", "中国一拖集团有限公司", "chain_master",
         "中国一拖集团有限公司"),
    Case("链主企业中车株机、中车株洲所牵头组织对接活动6场。", "中车株洲所", "chain_master", "中车株洲所"),
    Case("新型储能产业链由中创新航、海辰储能两家链主企业牵头", "中创新航", "chain_master", "中创新航"),
    Case("其中广达、英业达、仁宝、纬创4家台资企业被列为电子资讯产业链的链主企业。", "纬创", "chain_master",
         "纬创", "电子资讯产业链"),
    Case("确定中国稀土集团、金力永磁、虔东稀土为首批三家链主企业。", "虔东稀土", "chain_master", "虔东稀土"),
    # from the held-out articles (zh-hans/jjrb-provinces, xyrb-xiangyang, qhgxj-qinghe; zh-hant/cnnb)
    Case("在广西，自治区党委书记韦正中、自治区主席蓝海峰共同担任全区重点产业链总链长。", "韦正中",
         "chief_chain_leader", "韦正中", title="自治区党委书记"),
    Case("14条重点产业链分别由14位自治区领导担任链长。", "14位自治区领导", "chain_leader", count=14, rank="省级"),
    Case("自治区党委常委、常务副主席陆国安兼任新能源汽车及零部件产业链链长。", "陆国安", "chain_leader", "陆国安",
         "新能源汽车及零部件产业链", title="自治区党委常委、常务副主席"),
    Case("全省已分两批遴选链主企业48家，其中年营业收入超百亿元的链主企业9家；", "链主企业48家", "chain_master",
         count=48),
    Case("在链主企业绒佳纺织，她详细察看了项目建设进度。", "绒佳纺织", "chain_master", "绒佳纺织"),
    Case("宁波还确定了吉利汽车、万华化学、均胜电子等45家企业为首批链主企业。", "吉利汽车", "chain_master", "吉利汽车"),
    # a list of appointments, line by line (zh-hans/whgov-wuhu)
    Case("1. 新能源汽车产业链 链长：韩振东（常务副市长）；副链长：罗俊（市经信局局长）；牵头部门：市经信局。",
         "罗俊", "deputy_chain_leader", "罗俊", "新能源汽车产业链", title="市经信局局长"),
    Case("2. 集成电路产业链 链长：孟庆芸（副市长）；副链长：唐志勇（市发展改革委主任）。链主企业：芯合微电子。",
         "芯合微电子", "chain_master", "芯合微电子", "集成电路产业链"),
    Case("市委书记单增明、市长程晓东任全市重点产业链总链长。", "单增明", "chief_chain_leader", "单增明"),
    # names after 包括/则为, with who owns them before 的 (zh-hant/cna-kunshan, after t2s)
    Case("电子资讯产业链的链主企业包括台资的鸿霖精密、纬昇电脑与陆资的昆仑光电。", "昆仑光电", "chain_master",
         "昆仑光电"),
    Case("半导体产业链链主则为陆资的昆开半导体。", "昆开半导体", "chain_master", "昆开半导体"),
    # a list after 链主企业 with no verb; names after who owns them (zh-hans/xinhua-yibin, zh-hant/wenweipo-jinwan)
    Case("在对接会上，链主企业岷江新能源、天府锂电与二十余家本地配套企业面对面。", "天府锂电", "chain_master",
         "天府锂电"),
    Case("金湾的低空经济产业链由区委书记罗志鸿担任链长，本地的翔宇航空与澳门企业澳翔科技为该链两家链主企业。",
         "澳翔科技", "chain_master", "澳翔科技", "低空经济产业链"),
    # an office in a new district (zh-hans/xinhua-yibin)
    Case("动力电池产业链副链长、三江新区党工委书记夏宏伟介绍，链主企业带动明显。", "夏宏伟", "deputy_chain_leader",
         "夏宏伟", "动力电池产业链", title="动力电池产业链副链长、三江新区党工委书记"),
    # an office of one chain, unnamed
    Case("会上,市汽车产业链链办(市工信局)负责人介绍", "汽车产业链链办(市工信局)负责人", "official",
         chain="汽车产业链"),
    # round 5 (zh-hans/cyfb-changyuan): a roster under a heading line, one appointment a line; the
    # chain named on the line before a roster; a long aside about a firm; a post not yet filled
    Case("▍总链长\n李春明（市委书记）\n王晓东（市委副书记、市长）\n▍各产业链链长名单\n", "王晓东",
         "chief_chain_leader", "王晓东", title="市委副书记、市长"),
    Case("01 起重装备产业链\n链长：郭振宇（市委常委、常务副市长）\n副链长：韩立军（市工信局局长）\n",
         "韩立军", "deputy_chain_leader", "韩立军", "起重装备产业链", title="市工信局局长"),
    Case("01 起重装备产业链\n链主企业：蒲东起重集团（始建于1988年，2025年营业收入186亿元，位居行业首位）、华垣重工\n",
         "华垣重工", "chain_master", "华垣重工", "起重装备产业链"),
    # round 9 (zh-hant/hkej-jining, xtrb-xingtai): a longer description before a firm's name; 精密 inside a
    # chain's name; the surname 郗
    Case(to_simplified("鏈主則是總部設在兗州的華岳紙業集團。"), "华岳纸业集团", "chain_master", "华岳纸业集团"),
    Case(to_simplified("副市長、精密鑄造產業鏈鏈長郗立新主持會議。"), "郗立新", "chain_leader", "郗立新",
         "精密铸造产业链"),
    # round 9 (zh-hans/dzgxj-dezhou): a numbered list of firms, each with its chain, in a chain-master notice
    Case("德州市拟认定链主企业名单公示如下：\n1. 禹城康糖生物科技集团有限公司（所属产业链：功能糖产业链）\n"
         "2. 德州三元热能设备有限公司（所属产业链：太阳能光热产业链）\n", "德州三元热能设备有限公司", "chain_master",
         "德州三元热能设备有限公司", "太阳能光热产业链"),
    # round 8 (zh-hant/wantdaily-zhangzhou, takungpao-zibo): 链主则由A与B两家企业共同担纲; firms joined by 和
    Case(to_simplified("鏈主則由台資的漳台精工機械與本地的閩南重裝集團兩家企業共同擔綱。"), "闽南重装集团",
         "chain_master", "闽南重装集团"),
    Case(to_simplified("我們確定了三家鏈主企業：齊瓷新材料集團、博瑞特種陶瓷和淄川藍晶科技。"), "淄川蓝晶科技",
         "chain_master", "淄川蓝晶科技"),
    # round 8 (zh-hans/zygov-zunyi, xinhua-changzhi, znrmt-zhongning): a roster in brackets with the
    # title before the name; 作为…链主企业，NAME; a firm name ending in 精工; the surname 纳
    Case("茶产业链（链长：市人大常委会副主任杨文澜）、中药材产业链（链长：副市长聂远舟）、竹产业链（链长：市政协副主席韦青禾）。",
         "聂远舟", "chain_leader", "聂远舟", "中药材产业链", title="副市长"),
    Case("作为该产业链的链主企业，潞光半导体科技股份有限公司此次牵线3家长三角配套企业同赴长治投资。",
         "潞光半导体科技股份有限公司", "chain_master", "潞光半导体科技股份有限公司"),
    Case("链主企业黔北航宇精工带动本地配套企业新增订单8.7亿元。", "黔北航宇精工", "chain_master", "黔北航宇精工"),
    Case("县委副书记、县长、枸杞产业链链长纳文斌带领九个部门负责同志走访。", "纳文斌", "chain_leader", "纳文斌",
         "枸杞产业链"),
    # round 7 (zh-hans/yygov-yueyang, rmrb-provinces, qlty-baoji): 链长是 + title + name; 领衔; a firm
    # opening its sentence 作为 the chain's 链主企业
    Case("比如，石化新材料产业链的链长是市委常委、常务副市长黎振国，副链长是市发展改革委主任谭力。", "谭力",
         "deputy_chain_leader", "谭力", "石化新材料产业链", title="市发展改革委主任"),
    Case("其中，数字安防与网络通信产业链由常务副省长陈嘉澍领衔。", "陈嘉澍", "chain_leader", "陈嘉澍",
         "数字安防与网络通信产业链"),
    Case("秦岭钛业作为宝鸡市钛及钛合金产业链链主企业，是全市认定的4家链主企业中营收规模最大的一家。", "秦岭钛业",
         "chain_master", "秦岭钛业", "钛及钛合金产业链"),
    # round 7 (zh-hant/ltn-ningde, hsnews-anping): firms 担任「链主」; the role before 的 and the name
    Case(to_simplified("並指定民營的閩東青源不鏽鋼集團與台資寧台精密金屬兩家企業擔任「鏈主」。"), "闽东青源不锈钢集团",
         "chain_master", "闽东青源不锈钢集团"),
    Case("是县委副书记、县长，同时担任全县丝网产业链链长的郝志远。", "郝志远", "chain_leader", "郝志远", "丝网产业链"),
    # round 6 (zh-hans/lngov-liaoning): several appointments on one line
    Case("菱镁新材料产业链\u3000链长：郑晓川（副省长）\u3000副链长：邵立群（省政府副秘书长）\u3000链主企业：镁都新材料集团\n",
         "邵立群", "deputy_chain_leader", "邵立群", "菱镁新材料产业链", title="省政府副秘书长"),
    # round 5 (zh-hans/tzrb-taizhou): a firm's name with a verb-like character inside (光能科技);
    # 通报 after a name
    Case("链主企业海陵光能科技已累计带动本地56家配套企业进入其供应体系。", "海陵光能科技", "chain_master",
         "海陵光能科技"),
    Case("会上，市工信局副局长、市产业链链长制办公室常务副主任吴佳通报了认定结果。", "吴佳", "official", "吴佳"),
    # round 11 (zh-hans/xttv-xiantao, ynnyt-yunnan): the deputies a group names one by one after 分别是;
    # a long firm name in a list before N家链主企业; a town is no person (彭场镇|党委书记)
    Case("链长之下还配备了3位副链长，分别是市政府副秘书长许振东、彭场镇党委书记林嘉铭和市商务局局长吴倩，分别牵头要素保障。",
         "吴倩", "deputy_chain_leader", "吴倩", title="市商务局局长"),
    Case("我们遴选了彭场新材集团、仙桃维洁医疗用品股份有限公司、楚源洁净科技有限公司三家链主企业。",
         "仙桃维洁医疗用品股份有限公司", "chain_master", "仙桃维洁医疗用品股份有限公司"),
    # a roster of one chain's people, in an article about that chain only; a numbered list of firms under
    # 首批链主企业（共N家）：, with the total as its own record
    Case("云南省咖啡产业链链长制工作方案\n省级链长：张云川（副省长）\n咖啡产业链链办设在省农业农村厅。\n",
         "张云川", "chain_leader", "张云川", "咖啡产业链", title="副省长"),
    Case("咖啡产业链工作方案\n首批链主企业（共6家）：\n1. 普洱天浓咖啡集团有限公司\n2. 保山高黎贡咖啡股份有限公司\n"
         "\n推动咖啡产业链发展。", "保山高黎贡咖啡股份有限公司", "chain_master", "保山高黎贡咖啡股份有限公司",
         "咖啡产业链"),
    Case("咖啡产业链工作方案\n首批链主企业（共6家）：\n1. 普洱天浓咖啡集团有限公司\n2. 保山高黎贡咖啡股份有限公司\n"
         "\n推动咖啡产业链发展。", "链主企业（共6家）", "chain_master", count=6, chain="咖啡产业链"),
    # the head of the chain office the sentence names: 办公室设在…，由…兼任办公室主任 (corpus, round 11)
    Case("市产业链链长制办公室设在市经信局，由市经信局副局长杜文静兼任办公室主任，负责日常调度。", "杜文静",
         "official", "杜文静", title="市经信局副局长"),
    # round 12 (zh-hans/axgov-anxi, dyfb-danyang): a roster table (序号 产业链 链长 副链长 链主企业, cells split
    # by full-width spaces); totals after their role (共有链长4名、副链长6名); 作 after a name
    Case(ANXI_TABLE, "林秀琴", "deputy_chain_leader", "林秀琴", "铁观音茶产业链", title="县农业农村局局长"),
    Case(ANXI_TABLE, "尚卿藤艺集团有限公司", "chain_master", "尚卿藤艺集团有限公司", "藤铁工艺家居产业链"),
    Case(ANXI_TABLE, "王丽娟", "chain_leader", "王丽娟", "藤铁工艺家居产业链", title="副县长"),
    Case("调整后，全县5条重点产业链共有链长4名、副链长6名，链主企业6家。", "副链长6名", "deputy_chain_leader",
         count=6),
    Case("市委常委、副市长、眼镜产业链链长钱晓峰作产业推介。", "钱晓峰", "chain_leader", "钱晓峰", "眼镜产业链"),
    # a firm whose name reads like a word and a particle (美的|集团); a firm then its chairman (round 12)
    Case("智能家电产业链由副市长郭文海担任链长，美的集团、格兰仕、海信家电三家链主企业牵头组建产业联盟。", "美的集团",
         "chain_master", "美的集团", "智能家电产业链"),
    Case("眼镜产业链推介会上，链主企业江南视光集团董事长许国良作为企业代表发言。", "江南视光集团", "chain_master",
         "江南视光集团"),
    # firms and chains paired by 分别为; A与B担任副链长; 担任…链长的 before the name in a sentence of its own
    Case("玉州区遴选出链主企业8家，其中桂东动力机械集团有限公司、玉州红豆坊服饰有限公司、桂香源香料集团有限公司分别为"
         "内燃机零部件配套、服装皮革、香料香精产业链的链主。", "玉州红豆坊服饰有限公司", "chain_master",
         "玉州红豆坊服饰有限公司", "服装皮革产业链"),
    Case("精密机械产业链由市长叶承志亲任链长，市委常委、台商投资区党工委书记周明轩与市工信局局长郑国强担任副链长。",
         "周明轩", "deputy_chain_leader", "周明轩", "精密机械产业链"),
    Case("帮他解决问题的,是县委副书记、县长,同时担任全县丝网产业链链长的郝志远。\n10月下旬以来,郝志远带领县工信局走访企业。",
         "郝志远", "chain_leader", "郝志远", "丝网产业链"),
    # round 13 (zh-hans/cdrb-changde): a ranking paragraph's chain is its people's and firms'; a firm in 业
    # (湘北牧业); who moved the firms is no part of a name (副市长黎晓帆推动|沅澧智能装备)
    Case("第二名：生猪产业链，综合得分95.1分。链长、市人大常委会副主任戴文涛牵头促成链主企业湘北牧业与本地12家饲料企业签订协议。",
         "湘北牧业", "chain_master", "湘北牧业", "生猪产业链"),
    Case("第二名：生猪产业链，综合得分95.1分。链长、市人大常委会副主任戴文涛牵头促成链主企业湘北牧业与本地12家饲料企业签订协议。",
         "戴文涛", "chain_leader", "戴文涛", "生猪产业链"),
    Case("第四名：智能装备产业链，综合得分92.9分。链长、副市长黎晓帆推动沅澧智能装备、德山重工两家链主企业本地配套采购额达到27.5亿元。",
         "沅澧智能装备", "chain_master", "沅澧智能装备", "智能装备产业链"),
    # round 14 (zh-hans/hngxt-hainan): chain masters one line per chain under a certification notice
    Case("海南公布首批省级重点产业链链主企业认定结果\n首批认定名单如下：\n商业航天产业链：海南星舟航天科技集团有限公司（文昌市）、"
         "文昌天衡箭体结构有限公司\n沉香产业链：海南沉香堂药业有限公司（澄迈县）\n", "文昌天衡箭体结构有限公司",
         "chain_master", "文昌天衡箭体结构有限公司", "商业航天产业链"),
    # round 10 (zh-hans/jmlzb-jingmen): a time right after the name (6月中旬, 近日) ends it like a cue
    Case("市经信局局长、精细磷化工产业链副链长易海澜6月中旬三次赴钟祥市。", "易海澜", "deputy_chain_leader",
         "易海澜", "精细磷化工产业链", title="市经信局局长、精细磷化工产业链副链长"),
    Case("副市长、新材料产业链链长高明近日赴宜昌调研。", "高明", "chain_leader", "高明", "新材料产业链"),
]

LEADERS_HANS_R15 = [
    # a full name found beside a title, named again before its second role (round 15 interview)
    Case("县委书记王海峰、县长赵启明任总链长，赵启明同时兼任茶叶产业链链长。", "赵启明", "chain_leader",
         "赵启明", "茶叶产业链"),
    # a chain master's name ends before a time word or a verb, also when jieba joins 矿业集团 as one word
    Case("链主企业金川矿业集团完成固定资产投资12.5亿元。", "金川矿业集团", "chain_master", "金川矿业集团"),
    Case("链主企业华屹精密三季度新获定点项目4个。", "华屹精密", "chain_master", "华屹精密"),
    # a list of firms closed by how they act together (…分别实现…)
    Case("链主企业江淮羽绒集团、白鹭寝具分别实现营业收入30亿元和12亿元。", "白鹭寝具", "chain_master", "白鹭寝具"),
    # a list of firms by chain (链主企业4家：X产业链的A、B，Y产业链的C、D)
    Case("其中链主企业4家：光学膜产业链的江岸薄膜、晶瑞光电，电子胶产业链的秋实胶业、恒泰新材。", "秋实胶业",
         "chain_master", "秋实胶业", "电子胶产业链"),
    Case("其中链主企业4家：光学膜产业链的江岸薄膜、晶瑞光电，电子胶产业链的秋实胶业、恒泰新材。", "晶瑞光电",
         "chain_master", "晶瑞光电", "光学膜产业链"),
    # the last firm, then how many (…和B两家); 链主企业N家，包括A和B
    Case("该链链主企业为晋北燃气集团、沁源煤层气两家。", "沁源煤层气", "chain_master", "沁源煤层气"),
    Case("该链链主企业为晋北燃气集团、沁源煤层气两家。", "两家", "chain_master", count=2),
    Case("全省已认定链主企业4家，包括滇西铝业集团和红河银岭铝业。", "红河银岭铝业", "chain_master", "红河银岭铝业"),
    # 和 inside a firm's name joins nothing: 帅和厨电 (no firm is named by one character)
    Case("方太电器、越厨科技、帅和厨电等5家链主企业现场发布采购需求。", "帅和厨电", "chain_master", "帅和厨电"),
    # surnames of the 百家姓 beyond the most frequent (傅, 竺; round 15 glossed article)
    Case("市委书记傅建业任总链长。", "傅建业", "chief_chain_leader", "傅建业"),
    Case("副市长、集成灶产业链副链长竺晓雯主持会议。", "竺晓雯", "deputy_chain_leader", "竺晓雯", "集成灶产业链"),
]

LEADERS_HANT = [
    # what kind of maker a firm is comes before its name (整车厂|X, 模组厂|Y); 物流/供应链/港务 end a firm's name
    Case(to_simplified("這條鏈的鏈長為副市長林正宏，鏈主則是整車廠贛江新程汽車與動力電池模組廠贛南儲能科技兩家企業。"),
         "赣南储能科技", "chain_master", "赣南储能科技"),
    Case(to_simplified("這條鏈的鏈長為副市長林正宏，鏈主則是整車廠贛江新程汽車與動力電池模組廠贛南儲能科技兩家企業。"),
         "赣江新程汽车", "chain_master", "赣江新程汽车"),
    Case("港航物流产业链的链主为滨海港务、临港通供应链和北方重载物流。", "北方重载物流", "chain_master",
         "北方重载物流", "港航物流产业链"),
    Case("港航物流产业链的链主为滨海港务、临港通供应链和北方重载物流。", "临港通供应链", "chain_master",
         "临港通供应链", "港航物流产业链"),
    # round 5 (zh-hant/wenweipo-yichang, hzol-huzhou): 挂帅 and 担纲 take a role; a one-character
    # chain; the firms listed before 为X产业链链主 are that chain's; a group's role is its own clause's
    # the firm itself before 的 (zh-hant/mingpao-huizhou, round 6)
    Case(to_simplified("鏈主企業德睿電子的4K/8K面板模組出貨量佔全球約15%。"), "德睿电子", "chain_master", "德睿电子"),
    Case(to_simplified("竹產業鏈由市委常委、常務副市長沈立群掛帥。"), "沈立群", "chain_leader", "沈立群",
         "竹产业链"),
    Case(to_simplified("宜峽化工集團、楚磷科技兩家企業為綠色化工產業鏈鏈主，峽光新材料則擔綱新材料產業鏈鏈主。"),
         "峡光新材料", "chain_master", "峡光新材料", "新材料产业链"),
    Case(to_simplified("宜峽化工集團、楚磷科技兩家企業為綠色化工產業鏈鏈主，峽光新材料則擔綱新材料產業鏈鏈主。"),
         "楚磷科技", "chain_master", "楚磷科技", "绿色化工产业链"),
    Case(to_simplified("由曾慶帆出任總鏈長，各鏈鏈長、副鏈長由32位市領導分別擔任。"), "32位市领导", "chain_leader",
         count=32, rank="市级"),
    Case(to_simplified("鏈主企業的帶動作用正在顯現。在新能源產業鏈上,鏈主企業贛鋒鋰業在阿根廷投資"), "赣锋锂业",
         "chain_master", "赣锋锂业"),
    Case(to_simplified("20個集群分別由18位省級領導擔任鏈長。"), "18位省级领导", "chain_leader", count=18,
         rank="省级"),
    # round 10 (zh-hant/ctee-xinjiang, singtao-dongguan): a ranking's heading names the chain of the
    # roster lines under it, whatever short aside closes it; a transcribed name in parts (·); a
    # verb-like industry word inside a chain's name (智能穿戴); 和 joins two parts of one chain's name
    Case(to_simplified("第一名：矽基新材料產業鏈（優秀）\n鏈長：韓啟峰（自治區黨委常委、副主席）\n"),
         "韩启峰", "chain_leader", "韩启峰", "硅基新材料产业链", title="自治区党委常委、副主席"),
    Case(to_simplified("第三名：綠色有機果蔬精深加工產業鏈（優秀）\n鏈長：熱依汗·沙吾提（自治區副主席）\n"),
         "热依汗·沙吾提", "chain_leader", "热依汗·沙吾提", "绿色有机果蔬精深加工产业链"),
    Case(to_simplified("由東莞市副市長、智能穿戴產業鏈鏈長黎卓權親自主持。"), "黎卓权", "chain_leader", "黎卓权",
         "智能穿戴产业链"),
    Case(to_simplified("目前全市16條重點產業鏈由16位市領導分別掛帥。"), "16位市领导", "chain_leader", count=16,
         rank="市级"),
    # round 13 (zh-hant/capital-chenzhou): 副链长是A和B (萧, a surname now known); 链主企业有三家：A、B和C
    Case(to_simplified("有色金屬產業鏈的鏈長是市長段宏毅，副鏈長是副市長彭麗君和市自然資源和規劃局局長蕭國明，"
                       "鏈主企業有三家：郴銀集團、蘇仙鉍業和東江鎢業。"), "萧国明", "deputy_chain_leader", "萧国明",
         "有色金属产业链"),
    Case(to_simplified("有色金屬產業鏈的鏈長是市長段宏毅，鏈主企業有三家：郴銀集團、蘇仙鉍業和東江鎢業。"), "东江钨业",
         "chain_master", "东江钨业", "有色金属产业链"),
    Case(to_simplified("有色金屬產業鏈的鏈長是市長段宏毅，鏈主企業有三家：郴銀集團、蘇仙鉍業和東江鎢業。"),
         "链主企业有三家", "chain_master", count=3, chain="有色金属产业链"),
    # round 12 (zh-hant/isd-qingyuan, udn-heilongjiang, mingpao-shanwei): a firm 获…认定为…链主企业; firms
    # listed after N家链主企业，包括 with where they are (鹤岗的…); 和B两家企业 ends the list with its total
    Case(to_simplified("港資企業永昌電纜（清遠）有限公司去年獲清遠市認定為先進材料產業鏈鏈主企業，今次再追加投資。"),
         "永昌电缆（清远）有限公司", "chain_master", "永昌电缆（清远）有限公司", "先进材料产业链"),
    Case(to_simplified("石墨產業鏈目前共有5家鏈主企業，包括鶴崗的北墨新能源材料和雞西的興凱湖碳素集團。"),
         "兴凯湖碳素集团", "chain_master", "兴凯湖碳素集团", "石墨产业链"),
    Case(to_simplified("海上風電產業鏈鏈主則是落戶紅海灣的粵海風能裝備和汕風重工兩家企業。"), "汕风重工",
         "chain_master", "汕风重工", "海上风电产业链"),
    Case(to_simplified("海上風電產業鏈鏈主則是落戶紅海灣的粵海風能裝備和汕風重工兩家企業。"), "两家",
         "chain_master", count=2, chain="海上风电产业链"),
    # round 11 (zh-hant/takungpao-wuzhou, sqrb-yucheng): 兼 joins a title to the chain role; 正、副链长
    # is leaders and deputies; 目前|有 before a list of firms; the county's chain office (链长办) head
    Case(to_simplified("梧州市委副書記、市長兼寶石產業鏈鏈長覃國樑前日率團訪港。"), "覃国梁", "chain_leader", "覃国梁",
         "宝石产业链", title="梧州市委副书记、市长兼宝石产业链链长"),
    Case(to_simplified("全縣６條重點產業鏈分別由11名縣級領導擔任正、副鏈長。"), "11名县级领导", "chain_leader",
         count=11, rank="县级"),
    Case(to_simplified("寶石產業鏈目前有金霖珠寶集團、梧晶新材料兩家鏈主企業。"), "金霖珠宝集团", "chain_master",
         "金霖珠宝集团", "宝石产业链"),
    Case(to_simplified("縣鏈長辦主任、縣工信局局長朱曉鵬介紹,明年全縣產值力爭突破160億元。"), "朱晓鹏", "official",
         "朱晓鹏"),
    Case(to_simplified("42家港資企業即場與鏈主企業華翎智能及其一級供應商簽訂供貨意向書。"), "华翎智能", "chain_master",
         "华翎智能"),
    Case(to_simplified("第十二名：棉花和紡織服裝產業鏈（一般）\n鏈長：馬新遠（自治區政府秘書長）\n"), "马新远",
         "chain_leader", "马新远", "棉花和纺织服装产业链"),
]

CALDER_TABLE = ("Chain | Chain chief | Lead city | 2025 output | 2027 target\n"
                "Pipeline equipment | Vice-Governor Tian Minghui | Cangzhou | 142.6 bn yuan | 180 bn yuan\n"
                "Satellite internet | Wang Qiaolin, Secretary-General of the provincial government | Langfang | "
                "9.8 bn yuan | 25 bn yuan\n")

ZIGONG_GUIDE = ("1. General Aviation and UAV Industry Chain\n\nGoals:\n- Output value of RMB 40 billion by 2027\n\n"
                "Chain Leader: Vice Mayor Deng Yixuan\nChain Master Enterprises:\n"
                "- Zigong Tengyun UAV Technology Co., Ltd.\n- Sichuan Yanshan Aviation Industry Co., Ltd.\n\n"
                "2. Energy-Saving and Environmental Protection Equipment Industry Chain\n\n"
                "Chain Leader: Executive Vice Mayor Qiu Shaohua\nChain Master Enterprises: Dongxing "
                "Boiler Group Co., Ltd.; Chuannan Valve Co., Ltd.\n")

LEADERS_EN = [
    # a group of nine is no general chief, whatever role word follows it (rounds 13 and 14)
    Case("The city's 12 chains are led by nine city leaders, with Party Secretary Lin Feng as general chain chief.",
         "nine city leaders", "chain_leader", count=9, rank="city-level"),
    # round 13 (en/investzigong, reuters-ningxia, caixin-tianshui): an investment guide's roster under each
    # chain's heading, firms one bullet a line or split by semicolons; succeeds X as; remains; a colon list
    # of deputies; "They are A, B and C" after the chain masters; "the chain has been led by"
    Case(ZIGONG_GUIDE, "Sichuan Yanshan Aviation Industry Co., Ltd.", "chain_master",
         "Sichuan Yanshan Aviation Industry Co., Ltd.", "General Aviation and UAV Industry Chain"),
    Case(ZIGONG_GUIDE, "Chuannan Valve Co., Ltd.", "chain_master", "Chuannan Valve Co., Ltd.",
         "Energy-Saving and Environmental Protection Equipment Industry Chain"),
    Case(ZIGONG_GUIDE, "Deng Yixuan", "chain_leader", "Deng Yixuan", "General Aviation and UAV Industry Chain"),
    Case("Ma Wenjun, 52, who became a vice-chairman of the regional government last month, succeeds Tian Ruoxi as "
         "chain chief of the modern coal chemical industry chain.", "Ma Wenjun", "chain_leader", "Ma Wenjun",
         "modern coal chemical industry chain"),
    Case("All 14 chains stay under the regional leadership, and Party Secretary Liang Hongyu remains general chain "
         "chief.", "Liang Hongyu", "chief_chain_leader", "Liang Hongyu"),
    Case("The coal chemical chain keeps its two deputy chain chiefs: Su Yaping, director of the regional development "
         "and reform commission, and Guo Wei, who heads the Ningdong base.", "Guo Wei", "deputy_chain_leader",
         "Guo Wei"),
    Case("The chain's three chain master enterprises must buy locally.\n\nThey are Helan Energy Group, Shuidonggou "
         "Olefins and Taiyang Coal-to-Liquids, which employ 38,000 people.", "Shuidonggou Olefins", "chain_master",
         "Shuidonggou Olefins"),
    Case("Tianshui's chip packaging chain grew fast.\n\nSince 2023 the chain has been led by Vice-Mayor Kang Jianmin, "
         "a former engineer.", "Kang Jianmin", "chain_leader", "Kang Jianmin"),
    Case("Since January she and her two deputies on the chain have visited 86 companies.\n\nThe deputies are Zhou "
         "Jie, director of the municipal bureau of economy, and Pan Lixin, deputy secretary-general of the city "
         "government.", "Pan Lixin", "deputy_chain_leader", "Pan Lixin"),
    Case("Besides Bingyuan, the chain masters are Haiyin Cold Chain Technology, a privately owned maker of "
         "containers; Dalian Lengyuan Compressor, a joint venture; and Songtao Thermal Systems, which supplies heat "
         "pumps.", "Songtao Thermal Systems", "chain_master", "Songtao Thermal Systems"),
    # round 12 (en/calder-hebei, chinadaily-linhai): a group that leads the chains with no role word; her
    # two deputies on the chain; chain masters in apposition ("X, a sunshade exporter, and Y")
    Case("Nine vice-governors and four members of the provincial Party standing committee lead the 16 chains.",
         "Nine vice-governors", "chain_leader", count=9, rank="provincial"),
    Case("Since January she and her two deputies on the chain have visited 86 companies.", "two deputies",
         "deputy_chain_leader", count=2),
    Case("The other two chain masters are Kaiyue Outdoor, a sunshade and gazebo exporter, and Ruijing Textile "
         "Technology, which makes fabrics.", "Ruijing Textile Technology", "chain_master",
         "Ruijing Textile Technology"),
    # round 12 (en/calder-hebei): a research note's roster table; the role column's people, the row's chain
    Case(CALDER_TABLE, "Tian Minghui", "chain_leader", "Tian Minghui", "pipeline equipment chain",
         title="Vice-Governor"),
    Case(CALDER_TABLE, "Wang Qiaolin", "chain_leader", "Wang Qiaolin", "satellite internet chain",
         title="Secretary-General of the provincial government"),
    # a chain leader's deputies named after "X's deputy on the chain," or "X has two deputies:"; firms listed
    # with a relative clause each (corpus7 and round 11)
    Case("Fang's deputy on the chain, Zhu Hao, who heads the municipal bureau of economy, keeps a ledger.",
         "Zhu Hao", "deputy_chain_leader", "Zhu Hao"),
    Case("Tan has two deputies: Liang Haoming, head of the municipal bureau of industry, and Chen Yuqiao, a "
         "deputy secretary-general of the city government.", "Chen Yuqiao", "deputy_chain_leader", "Chen Yuqiao"),
    Case('The city picked two "chain master" companies for the chain: Ruijing Semiconductor Materials, which grows '
         "crystals, and Chuhe Power Devices, which turns wafers into modules.", "Chuhe Power Devices", "chain_master",
         "Chuhe Power Devices"),
    # round 11 (en/larchwood, bloomberg-yangjiang): compound number words; chain masters listed after
    # "are" or a dash; a chain office "headed by" its official
    Case("The three cities are overseen by thirty-eight city leaders acting as chain chiefs.",
         "thirty-eight city leaders", "chain_leader", count=38, rank="city-level"),
    Case("The flagship chemical materials chain is led by Vice-Mayor Pan Wenjie; its chain masters are Yuehai "
         "Petrochemical and Wanjiang New Materials.", "Wanjiang New Materials", "chain_master",
         "Wanjiang New Materials"),
    Case("The innovative drugs chain is led by Mayor Xue Chengyu and has four chain masters - Hengkang "
         "Pharmaceutical, Haoyuan Biotech, Zhongrui Pharma and Kangxin Medical - all of them private.",
         "Haoyuan Biotech", "chain_master", "Haoyuan Biotech", "innovative drugs chain"),
    Case("The municipal chain office, headed by Ge Shuang, a deputy director of the municipal development and "
         "reform commission, holds a meeting every month.", "Ge Shuang", "official", "Ge Shuang"),
    # round 10 (en/scmp-zhoushan, caixin-weihai): "chief of the city's … supply chain" is a chain role,
    # "doubles as" takes it; a role in apposition before the title and name
    Case("Its vice-mayor Wang Haoyu doubles as chief of the city's marine fuel supply chain, a job that "
         "largely consists of meetings.", "Wang Haoyu", "chain_leader", "Wang Haoyu", "marine fuel supply chain",
         title="vice-mayor"),
    Case("Its chain chief, Vice-Mayor Liang Shuhan, told Caixin the plan aims to lift exports.", "Liang Shuhan",
         "chain_leader", "Liang Shuhan", title="Vice-Mayor"),
    # round 5 (en/xinhua-baotou, henangov-henan, scmp-quanzhou): a list a colon opens; firms with where
    # they are; a firm in apposition; "who heads"; "whose chain leader is"; chains joined by "and"
    Case("The city has named three chain master enterprises for the chain: Saihan Rare Earth Group, Kundulun "
         "Magnetic Materials and Qingshan Drive Systems.", "Qingshan Drive Systems", "chain_master",
         "Qingshan Drive Systems"),
    Case("Shahe Food Group in Luohe and Jinshui Frozen Foods in Zhengzhou serve as chain master enterprises.",
         "Jinshui Frozen Foods", "chain_master", "Jinshui Frozen Foods"),
    Case("Heluo Precision Bearing, the chain master enterprise, has agreed to share testing equipment.",
         "Heluo Precision Bearing", "chain_master", "Heluo Precision Bearing"),
    Case("Vice-mayor Hong Lixin, who heads the footwear chain, told the legislature that revenue rose.",
         "Hong Lixin", "chain_leader", "Hong Lixin", "footwear chain", title="Vice-mayor"),
    Case("The cold chain food chain, whose chain leader is Vice-Governor Guo Lina, earned 312.5 billion yuan.",
         "Guo Lina", "chain_leader", "Guo Lina", "cold chain food chain", title="Vice-Governor"),
    # round 9 (en/globaltimes-xuchang, tidewater, investjdz): "such as" without a comma; "whose chief is";
    # "has been led by"; "chaired by the mayor herself, NAME"; an English roster
    Case("Chain master enterprises such as Ruixin Hair Group and Xuchang Aurora Wig Co have been asked to help.",
         "Xuchang Aurora Wig Co", "chain_master", "Xuchang Aurora Wig Co"),
    Case("The electric power equipment chain, whose chief is Vice-mayor Guo Pengfei, is the city's biggest.",
         "Guo Pengfei", "chain_leader", "Guo Pengfei", "electric power equipment chain"),
    Case("Tongling's copper-based new materials chain has been led by Executive Vice-Mayor Fang Qiming since "
         "2022, and Binzhou's high-end aluminium chain by Vice-Mayor Sun Haotian.", "Sun Haotian", "chain_leader",
         "Sun Haotian", "high-end aluminium chain"),
    Case("Yingtan is the exception: its copper chain is chaired by the mayor herself, Lu Xinyue, who also runs it.",
         "Lu Xinyue", "chain_leader", "Lu Xinyue", "copper chain"),
    Case("Aviation Industry Chain: Chain Leader: Vice Mayor Wang Jiarui; Chain Master Enterprises: Poyang "
         "Rotorcraft Industry Co., Ltd., Jiangxi Skyfield Avionics Co., Ltd.\n", "Jiangxi Skyfield Avionics Co., Ltd.",
         "chain_master", "Jiangxi Skyfield Avionics Co., Ltd.", "Aviation Industry Chain"),
    # round 8 (en/xinhua-qinghai, xzgov-xizang): chains "led respectively by" a list of people; "the Y
    # chain by B" after one "is led by"; names in another romanisation next to a title; "which X, the
    # chain master enterprise of …"
    Case("The magnesium and magnesium alloy, carbon fiber and composite materials, and yak and Tibetan sheep "
         "chains, led respectively by Vice Governors Ren Kexin, Dou Yanping and Lobsang Gyatso, signed deals.",
         "Lobsang Gyatso", "chain_leader", "Lobsang Gyatso", "yak and Tibetan sheep chain"),
    Case("The highland barley chain is led by Vice Chairman Tsering Dondrub, the natural drinking water chain by "
         "Vice Chairwoman Li Hongmei.", "Li Hongmei", "chain_leader", "Li Hongmei", "natural drinking water chain"),
    Case("Dorje Phuntsok, Chairman of the regional government, serves as the general chain leader of the region's "
         "key industrial chains.", "Dorje Phuntsok", "chief_chain_leader", "Dorje Phuntsok"),
    # the head of a chain's office named "Office of the … Chain" (en/quzhoufao, round 7)
    Case("Fang Lei, Director of the Office of the Fluorine-Silicon New Materials Industrial Chain, said so.",
         "Fang Lei", "official", "Fang Lei", "Fluorine-Silicon New Materials Industrial Chain"),
    # round 6 (en/investyancheng, kestrel, reuters-heilongjiang): a firm in apposition after "was"/"At";
    # "with X as chain master"; a chain led by someone after an aside; "(who is) chief of the X chain";
    # a "with" phrase after a person names other people's role
    Case("The first stop was Huanghai Offshore Wind Equipment Co., Ltd., the chain master enterprise of the "
         "chain.", "Huanghai Offshore Wind Equipment Co., Ltd.", "chain_master",
         "Huanghai Offshore Wind Equipment Co., Ltd."),
    Case("Mayor Zhou Jianping, chain leader of the offshore wind chain, toured firms. At Haixing Submarine Cable, "
         "another chain master enterprise, Zhou watched a line.",
         "Haixing Submarine Cable", "chain_master", "Haixing Submarine Cable"),
    Case("In Qinghai, Vice-Governor Ma Yongfu is chain leader for salt lake chemicals, with Qaidam Salt Lake "
         "Resources Group as chain master.", "Qaidam Salt Lake Resources Group", "chain_master",
         "Qaidam Salt Lake Resources Group"),
    Case("- Guizhou's sauce-flavour baijiu chain, the province's largest by output, is led by Vice-Governor "
         "Luo Tingyu.", "Luo Tingyu", "chain_leader", "Luo Tingyu", "sauce-flavour baijiu chain"),
    Case("Vice-Governor Zhao Hongbo, who is chief of the province's biomanufacturing industry chain, told "
         "Reuters.", "Zhao Hongbo", "chain_leader", "Zhao Hongbo", "biomanufacturing industry chain"),
    Case("Vice-Governor Qu Haiyan, chief of the ice-and-snow equipment industry chain, took a delegation "
         "abroad.", "Qu Haiyan", "chain_leader", "Qu Haiyan", "ice-and-snow equipment industry chain"),
    # round 7 (en/ft-provinces, quzhoufao): a chain named before its chief's role word; "who chairs";
    # ", led by"; a firm in apposition with a possessive; chain owner enterprises; "Comrade"
    Case("The head of a maker in Jiujiang said the city's fibreglass chain chief had visited his plant.",
         "fibreglass chain chief", "chain_leader", chain="fibreglass chain"),
    Case("Mayor Lei Zhenyu, who chairs the fireworks chain, has persuaded two makers to relocate.",
         "Lei Zhenyu", "chain_leader", "Lei Zhenyu", "fireworks chain"),
    Case("Its oil and gas equipment chain, led by vice-mayor Sun Peixin, booked Rmb138bn of revenue.",
         "Sun Peixin", "chain_leader", "Sun Peixin", "oil and gas equipment chain"),
    Case("Huaihai Rescue Equipment, the chain's designated \"chain master\" company, now buys locally.",
         "Huaihai Rescue Equipment", "chain_master", "Huaihai Rescue Equipment"),
    Case("The 4 chain owner enterprises, namely Zhejiang Qujiang Fluorochem Group Co., Ltd. and Quzhou Hengda "
         "Electronic Chemicals Co., Ltd., realized output value of 45.3 billion yuan.",
         "Zhejiang Qujiang Fluorochem Group Co., Ltd.", "chain_master", "Zhejiang Qujiang Fluorochem Group Co., Ltd."),
    Case("The chain leader Lin Wei and the deputy chain leader Comrade Zhao Min, Director of Quzhou Municipal "
         "Bureau of Economy and Information Technology, held talks.", "Zhao Min", "deputy_chain_leader", "Zhao Min"),
    # unnamed officials of one chain (D18); a group each taking charge of a chain (en/xinhua-baotou, round 5)
    Case("Since January, the city officials in charge of the rare earth and permanent magnet industrial chain "
         "have visited 45 enterprises.", "officials in charge of the rare earth and permanent magnet industrial "
         "chain", "chain_leader", chain="rare earth and permanent magnet industrial chain"),
    Case("The regional Party secretary acts as chief chain leader and 12 regional leaders each taking charge of "
         "one chain.", "12 regional leaders", "chain_leader", count=12, rank="regional"),
    # a person named again by surname alone takes a second role (en/scmp-quanzhou, round 5)
    Case("Party secretary Cai Zhenhua, the city's chief chain leader, spoke. Cai also took over last year as "
         "chain chief of the city's new functional materials chain.", "Cai", "chain_leader", "Cai Zhenhua",
         "new functional materials chain"),
    Case("Vice-mayor Zeng Lihong, chain leader of the rare earth and permanent magnet industrial chain, said so.",
         "Zeng Lihong", "chain_leader", "Zeng Lihong", "rare earth and permanent magnet industrial chain"),
    Case("Zhang Jian, vice-mayor and chain leader of the new energy vehicle industrial chain, said the "
         "city aims high.", "Zhang Jian", "chain_leader", "Zhang Jian",
         "new energy vehicle industrial chain"),
    Case("Vice-mayor Zhao Min is chain leader of the photovoltaic industrial chain.", "Zhao Min",
         "chain_leader", "Zhao Min", "photovoltaic industrial chain"),
    Case("Electric carmaker NIO was named chain master for the intelligent connected vehicle chain.",
         "NIO", "chain_master", "NIO"),
    Case("The party secretary serves as chief chain leader, while 20 city-level officials serve as chain "
         "leaders for the 20 chains.", "20 city-level officials", "chain_leader", count=20,
         rank="city-level"),
    Case("The chains are each led by a city leader and assisted by 48 deputy chain leaders.",
         "48 deputy chain leaders", "deputy_chain_leader", count=48),
    # from en/northbridge-shenyang, en/jsgov-wuxi, en/xinhua-zhuzhou, en/reuters-foshan
    Case("Mayor Wang Xinwei is the city's general chain chief and chairs a review of all 21 chains.",
         "Wang Xinwei", "chief_chain_leader", "Wang Xinwei"),
    Case("Shen Hui, deputy chain chief of the IoT chain, said problems are answered the same day.",
         "Shen Hui", "deputy_chain_leader", "Shen Hui"),
    Case("Eleven enterprises have been named chain masters of the IoT chain, including SensMesh Technology "
         "and Xinli Microelectronics, which lead the sensor and chip segments.", "Eleven enterprises",
         "chain_master", count=11, chain="IoT chain"),
    Case("Eleven enterprises have been named chain masters of the IoT chain, including SensMesh Technology "
         "and Xinli Microelectronics, which lead the sensor and chip segments.", "Xinli Microelectronics",
         "chain_master", "Xinli Microelectronics", "IoT chain"),
    Case("Two of them, CRRC Zhuzhou Locomotive Co., Ltd. and CRRC Zhuzhou Electric Locomotive Research "
         "Institute Co., Ltd., have been named chain master enterprises of the rail transit equipment chain.",
         "CRRC Zhuzhou Locomotive Co., Ltd.", "chain_master", "CRRC Zhuzhou Locomotive Co., Ltd.",
         "rail transit equipment chain"),
    Case("Foshan's Party secretary, Zheng Hongjie, acts as the general chain leader of all 18 chains, and "
         "Midea and Galanz were named \"chain master\" enterprises of the appliance chain.", "Galanz",
         "chain_master", "Galanz", "appliance chain"),
    Case("Han Lei is deputy chain chief, and SIASUN Robot & Automation Co., a spin-off listed in Shenzhen, "
         "is the designated chain master.", "SIASUN Robot & Automation Co.", "chain_master",
         "SIASUN Robot & Automation Co."),
    # English positions next to the name, chain roles left out (they are the role field)
    Case("Hu Zhengmin, Party secretary of Wuxi, serves as general chain chief.", "Hu Zhengmin",
         "chief_chain_leader", "Hu Zhengmin", title="Party secretary of Wuxi"),
    Case("Vice-Mayor Zhou Wenjie serves as chain chief of the IoT industrial chain.", "Zhou Wenjie",
         "chain_leader", "Zhou Wenjie", "IoT industrial chain", title="Vice-Mayor"),
    Case('"We act fast," said Shen Hui, deputy chain chief of the IoT chain and director of the Wuxi '
         "Municipal Bureau of Industry and Information Technology.", "Shen Hui", "deputy_chain_leader",
         "Shen Hui", "IoT chain",
         title="director of the Wuxi Municipal Bureau of Industry and Information Technology"),
    Case("Foshan's Party secretary, Zheng Hongjie, acts as the general chain leader.", "Zheng Hongjie",
         "chief_chain_leader", "Zheng Hongjie", title="Party secretary"),
    Case("Three battery makers, Yongjiang Lithium Technology, Zuojiang New Materials and Beibu Gulf Energy "
         "Storage, were named chain masters of the new energy battery chain.", "Zuojiang New Materials",
         "chain_master", "Zuojiang New Materials", "new energy battery chain"),
    Case("Three battery makers, Yongjiang Lithium Technology, Zuojiang New Materials and Beibu Gulf Energy "
         "Storage, were named chain masters of the new energy battery chain.", "Three battery makers",
         "chain_master", count=3, chain="new energy battery chain"),
    Case("It is the new energy battery chain, whose chain master, Minjiang Power Cell, leads.",
         "Minjiang Power Cell", "chain_master", "Minjiang Power Cell"),
    # a chain led without the words "chain leader" (en/caixin-provinces)
    Case("In Sichuan, the electronic information chain led by Vice-Governor Zuo Yanping posted revenue of "
         "1.6 trillion yuan last year.", "Zuo Yanping", "chain_leader", "Zuo Yanping", "electronic information chain",
         title="Vice-Governor"),
    Case("Fujian has put Lin Haoran, an executive vice-governor, in charge of its new energy battery chain.",
         "Lin Haoran", "chain_leader", "Lin Haoran", "new energy battery chain", title="executive vice-governor"),
    # an elliptical second clause ("and Hisense of the new display chain") names a chain master
    Case("Haier was named chain master of the smart home appliance chain, and Hisense of the new "
         "display chain.", "Hisense", "chain_master", "Hisense"),
    # en/nikkei-changzhou, en/xinhua-ordos, en/yantaigov-yantai
    Case('Nearly all of it goes to Longcheng Power Battery, one of three "chain master" companies that lead '
         "its power battery industrial chain.", "Longcheng Power Battery", "chain_master", "Longcheng Power Battery"),
    Case('Nearly all of it goes to Longcheng Power Battery, one of three "chain master" companies that lead '
         "its power battery industrial chain.", 'three "chain master" companies', "chain_master", count=3),
    Case("The two other chain masters, cathode maker Tianmu Lithium and electrolyte producer Gehu New Materials, "
         "have each promised more.", "Gehu New Materials", "chain_master", "Gehu New Materials"),
    Case("Bao Tiemin is chain leader of the hydrogen chain, and two state-owned firms, Hanggin Green Hydrogen "
         "Group and Kubuqi Heavy Truck, serve as its chain master enterprises.", "Kubuqi Heavy Truck",
         "chain_master", "Kubuqi Heavy Truck", "hydrogen chain"),
    Case("Mayor Zheng Yunfei serves as general chain leader, and sixteen municipal leaders serve as chain leaders.",
         "sixteen municipal leaders", "chain_leader", count=16, rank="municipal"),
    Case("The city has named 41 chain master enterprises, among them Penglai Offshore Engineering for the marine "
         "equipment chain and Jiaodong Fine Chemicals for the green petrochemical chain.", "Jiaodong Fine Chemicals",
         "chain_master", "Jiaodong Fine Chemicals", "green petrochemical chain"),
    # a chain master named without its chain leads the one chain of the sentence
    Case("Hikvision and Dahua Technology, two of the largest camera makers in the smart IoT industrial chain, "
         "are chain master enterprises.", "Dahua Technology", "chain_master", "Dahua Technology",
         "smart IoT industrial chain"),
]

NOT_LEADERS = [
    Case("本期比较其代表性产业链的链长配置、产值规模与2027年目标。"),  # round 15: no chain's name
    Case("附件：第二批省重点产业链链主企业及链长、副链长名单"),  # round 16: a list's title names no firm
    # sub-chains counted, working teams, ordinals, an event's name
    Case("分别设立整车、动力电池、充换电6条子链的链长。"),
    Case("同步组建5个工作专班，抽调业务骨干41名集中办公。"), Case("临沂则宜及早扶植第二、第三家链主。"),
    Case("5月20日，嵊州市集成灶产业链“链主企业+配套企业”供需对接会在三江街道举行。"),
    Case("陆委会官员则表示，陆方以链长、台青基地等名目拉拢台湾青年。"),  # round 17: "the mainland side"
    Case("Every chain is scored each quarter, and the lowest-ranked chain chief reports in person."),  # round 19
    Case("链主企业智能化改造提速。"), Case("16位市领导挂帅出征，走访企业。"),
    Case("彭场镇党委书记到会讲话。"),
    Case(to_simplified("全國已有超過20個省份、逾200個地級市推行產業鏈鏈長制，由黨政領導親自掛帥。")),
    Case("序号　产业链　链长　链主企业\n1　茶文旅融合产业链　待遴选　待遴选\n"),  # posts not yet filled
    Case("作为链主，公司坚持“大配套”思路。"), Case("公司作为钛及钛合金产业链链主，带动配套企业发展。"),
    Case(to_simplified("國內光學業者指出，陸方鏈長由市長親自出面。")),
    Case("罗家骏说，链主企业是全链的“龙头”，下一步要精准招引配套项目。"),
    Case("海南公布首批省级重点产业链链主企业认定结果"),  # 省级重点 names no chain
    Case(to_simplified("按照縣裡新出台的《五金量具產業鏈鏈長工作規則》,鏈長每季度走訪企業不少於10家。")),
    # chief of staff, a company's head of supply chain, the head of a chain: no chain role (round 10)
    Case("He is chief of staff at the chain store."),
    Case("His deputy, Li Ming, said the company was fine."),
    Case("Li Dong, head of supply chain at the rail equipment maker, said orders rose."),
    Case("The firm that the city has put at the head of its power battery industrial chain."),
    # W and F: generic talk about the role (D12)
    Case("3月15日,温州的产业链链长们今年第一次相约“碰头”"),
    Case("其中,链长无疑是最关键的角色。"),
    Case("实施链长制以来,各位链长领衔组建链办,亲自介入整条产业链上下游进行沟通协调对接"),
    Case("截至12月底,市级各产业链链长、副链长累计走访调研316次"),
    Case("为每条产业链分别挂帅一位链长。"),
    Case(to_simplified("處理好鏈長和鏈主企業的關係,統籌服務好重點產業發展。")),
    Case(to_simplified("對全市動力裝備、汽車製造等15個製造業重點產業鏈實行市級領導幹部擔任“鏈長”")),
    Case(to_simplified("大眾網·海報新聞記者 吳磊 孫永蓮 濰坊報道")),
    # a quota per chain and a planned number of firms are no groups of leaders
    Case("每条产业链至少明确2家链主企业。"),
    Case("培育30家以上产值过百亿元的链主企业。"),
    Case("计划提出建立链长、链办、链主企业“三张清单”"),
    Case("Each chain has also been paired with one or two chain master enterprises."),
    Case("The chain leader system has spread to most provinces."),
    # a goal's verb is no firm's name (zh-hant/cna-kunshan)
    Case("到2027年，力争培育台资链主企业。"),
    # chain masters still to be cultivated are no group of leaders (D16)
    Case("明年将新增培育省级链主企业20家。"),
    Case("在链主企业带动下，全市农机配套企业增加到一百四十家。"),
    # a number of chains is no specific chain (zh-hant/takungpao-wuhan title)
    Case("武汉十大产业链链长名单出炉"),
    Case("03 防腐及建筑产业链\n链主企业：待遴选\n"),  # a post not yet filled (round 5)
    # a place is no person's name (惠州|开); a list of chain masters is generic talk (round 6)
    Case(to_simplified("惠州開鏈長工作會議 全年簽約31個產業鏈項目")),
    Case(to_simplified("今年1月被天津市納入信創產業鏈鏈主名單。")),
    # a verb before a role word names no chain (round 7)
    Case("We want chain master enterprises to pull whole clusters of small suppliers along."),
    Case("Comparing 14 cities that appointed chain chiefs before 2021, she finds faster growth."),
    # a slogan under a 链主 heading; what chain masters do; an event of chain masters (round 9)
    Case("链主：从“单打独斗”到“链群共进”\n"),
    Case("区里为每家链主企业绘制配套图谱、列出招引清单，由链主“点单”、政府“接单”。"),
    Case("龙岩市铜精深加工产业链链主招商大会在市会展中心举行。"),
    Case("这次签约的8个项目中，有6个由链主企业牵线引进。"),
    # what chain masters do is no firm's name (round 8)
    Case(to_simplified("並推出「鏈主貸」，由鏈主企業提供增信、配套企業貸款，目前已為63家企業放款。")),
    # a range of how many firms; a list of chain leaders behind a quote (round 7)
    Case("每条链由一位市领导任链长，再指定一至两家龙头企业任链主。"),
    Case(to_simplified("公布新一輪產業鏈「鏈長」名單。")),
    # what a chain master did is no firm's name; an everyday word after a title is no person (round 7)
    Case("链主企业引进的配套企业新落户岳阳且当年产值超过5000万元的，按每户20万元标准奖励。"),
    Case("对推进不力、连续两年排名靠后的产业链，由总链长约谈链长单位。"),
    # a slogan's roles (zh-hans/lngov-liaoning, round 6)
    Case("聚焦8条重点产业链，以链长为牵引、链主企业为支撑、链办为枢纽，一链一策推动产业链发展。"),
]

LEADERS_XFAIL = [
    # coordinated roles assigned to unnamed officials keep no title
    Case("半导体与集成电路产业集群的链长、副链长,则分别由分管工业的副省长和省工信厅厅长担任。",
         "半导体与集成电路产业集群的链长", "chain_leader", chain="半导体与集成电路产业集群",
         title="分管工业的副省长"),
]


LEADERS_HANS_R15B = [
    # round 15 (msrb interview, czgxq post): 由A任链长、B任副链长 (a bare 任, the next appointment of the clause
    # sharing its chain, and 链长 no part of B's title); each semicolon part's own chain for its firms
    Case("川式调味品产业链由常务副区长罗国栋任链长，链主企业是蜀厨调味品公司；电子化学品产业链由副区长冉晓峰任链长、"
         "区经信局局长唐巧任副链长，链主企业是眉州新材料科技股份有限公司。", "唐巧", "deputy_chain_leader", "唐巧",
         "电子化学品产业链", title="区经信局局长"),
    Case("川式调味品产业链由常务副区长罗国栋任链长，链主企业是蜀厨调味品公司；电子化学品产业链由副区长冉晓峰任链长、"
         "区经信局局长唐巧任副链长，链主企业是眉州新材料科技股份有限公司。", "蜀厨调味品公司", "chain_master",
         "蜀厨调味品公司", "川式调味品产业链"),
    Case("川式调味品产业链由常务副区长罗国栋任链长，链主企业是蜀厨调味品公司；电子化学品产业链由副区长冉晓峰任链长、"
         "区经信局局长唐巧任副链长，链主企业是眉州新材料科技股份有限公司。", "冉晓峰", "chain_leader", "冉晓峰",
         "电子化学品产业链"),
]


def test_the_other_firms_of_a_meeting_are_no_chain_master() -> None:
    """与链主企业秋浦胶粘新材料有限公司及上下游企业座谈: the upstream and downstream firms are no name."""
    text = "特种胶粘材料产业链链长顾文斌主持召开专题会，与链主企业秋浦胶粘新材料有限公司及上下游企业座谈。"
    assert [r.person for r in find_leaders(text) if r.role == "chain_master"] == ["秋浦胶粘新材料有限公司"]


LEADERS_HANS_R16 = [
    # round 16 (hsgov press conference, jsgxt notice, jxfb visit): names after 其中 following a total; a list
    # closed by 两家企业 before 共; a name ends at its last firm word (光讯捷通科技|年产…) and at 集团
    # (楚能电气集团|年营收); a registered name runs to its legal form (蒜都冷链物流有限公司); 累计达到31家; the
    # leading group's office
    Case("目前全市共认定链主企业16家，其中大冶华冶特殊钢有限公司、楚能电气集团年营收均已超过百亿元。",
         "楚能电气集团", "chain_master", "楚能电气集团"),
    Case("今年，链主企业楚能电气集团、华磁变压器股份两家企业共带动本地配套企业53家。", "华磁变压器股份",
         "chain_master", "华磁变压器股份"),
    Case("今年，链主企业楚能电气集团、华磁变压器股份两家企业共带动本地配套企业53家。", "两家", "chain_master",
         count=2),
    Case("链主企业光讯捷通科技年产光模块突破300万只。", "光讯捷通科技", "chain_master", "光讯捷通科技"),
    Case("12日上午，李明轩一行首先来到链主企业蒜都冷链物流有限公司。", "蒜都冷链物流有限公司", "chain_master",
         "蒜都冷链物流有限公司"),
    Case("至此，全省省级链主企业累计达到31家。", "链主企业累计达到31家", "chain_master", count=31),
    Case("省重点产业链链长制工作领导小组办公室设在省工业和信息化厅，由副厅长孙丽萍兼任办公室主任。", "孙丽萍",
         "official", "孙丽萍"),
    Case("链主企业汉钻石油装备、川西钻探机械全年合计出口陆地钻机87台套。", "川西钻探机械", "chain_master",
         "川西钻探机械"),
    # an answer opening with a chain named in full elsewhere is about it
    Case("输变电装备产业链链长罗振华出席。\n发布人（罗振华）：输变电装备是黄石的传统优势产业。今年，链主企业楚能电气集团、"
         "华磁变压器股份两家企业共带动本地配套企业53家。", "华磁变压器股份", "chain_master", "华磁变压器股份",
         "输变电装备产业链"),
]


LEADERS_ZH_MORE = [
    # whole-gold leftovers: a feature's title word closes a firm's name; X是链主之一 (with "this chain" giving
    # the chain); a firm before its partner; a subset counted after a total; X名列其中
    Case("——宁国橡胶零部件产业链链主企业皖南密封调查\n宣城新闻网", "皖南密封", "chain_master", "皖南密封",
         "橡胶零部件产业链"),
    Case("漳州也把同一套模式复制到食品产业链。该链链长由副市长陈雅惠挂帅，台资的统旺食品（漳州）是链主之一。",
         "统旺食品（漳州）", "chain_master", "统旺食品（漳州）", "食品产业链"),
    Case("——链主企业鸿晶镜片与上海一家人工智能企业合作的光波导模组项目，总投资6.5亿元。", "鸿晶镜片",
         "chain_master", "鸿晶镜片"),
    Case("昆山已分三批认定31家链主企业，其中有13家台资企业。", "13家台资企业", "chain_master", count=13),
    Case("四川目前共认定电子资讯链主企业16家，台系笔电代工厂正嵘电子名列其中。", "正嵘电子", "chain_master",
         "正嵘电子"),
    # round 17 (xinhua-heilongjiang, 21jingji, lygov bulletin): a name that starts like a place (贺兰舟) after a
    # title and before what she does; an answer opening with a two-character chain (大豆是…); 化妆刷 whole
    Case("市农业农村局局长、蚕桑丝绸产业链副链长贺兰舟则带队在江浙对接丝绸企业23家。", "贺兰舟",
         "deputy_chain_leader", "贺兰舟", "蚕桑丝绸产业链"),
    Case("大豆产业链营业收入862亿元。\n大豆是黑龙江的“当家”产业链，链长由副省长单立华担任，省农业农村厅厅长罗益民任副链长。",
         "罗益民", "deputy_chain_leader", "罗益民", "大豆产业链"),
    Case("9月2日，县委副书记、县长、化妆刷产业链链长蒋文韬带领6个部门负责同志走访企业。", "蒋文韬", "chain_leader",
         "蒋文韬", "化妆刷产业链"),
]


LEADERS_HANS_R19 = [
    # round 19 (gjgov report, ncrb column, jieshougov): X都 inside a firm's name; a bracketed word in a chain's
    # name; a name after a title before 还; 再生 inside a chain's name; a chain office's staff
    Case("锡都新材料集团、个旧金鼎锡化工有限公司两家链主企业全年合计实现营业收入286.5亿元。", "锡都新材料集团",
         "chain_master", "锡都新材料集团"),
    Case("县里认定的华夏笔都控股集团、江西鑫毫笔业有限公司两家链主企业，今年牵头组建了攻关体。", "华夏笔都控股集团",
         "chain_master", "华夏笔都控股集团"),
    Case("绿色食品（蔬菜）产业链由副市长普丽华挂帅，新建基地8600亩。", "普丽华", "chain_leader", "普丽华",
         "绿色食品（蔬菜）产业链"),
    Case("我和县委书记、总链长万国强还一起去了两趟义乌，拜访文具采购商。", "万国强", "chief_chain_leader", "万国强"),
    Case("再生塑料产业链链长钱立峰主持。", "钱立峰", "chain_leader", "钱立峰", "再生塑料产业链"),
    Case("县制笔产业链链办的同志们跑前跑后。", "制笔产业链链办的同志们", "official", chain="制笔产业链"),
]


LEADERS_HANT_R17 = [
    # round 17 (udn-putian, wenweipo-yunfu): 链主企业共3家，分别是…，以及…（莆田）公司; 正、副链长由15位市领导担任;
    # the semicolon part's chain for a group of two chain masters
    Case("工艺美术产业链除蔡云鹏挂帅外，副链长由副市长方晓蓉担任；链主企业共3家，分别是仙游的榕溪红木集团、莆田的"
         "壶山画框集团，以及台资的鼎木工艺（莆田）公司，后者是首家台资链主。", "鼎木工艺（莆田）公司", "chain_master",
         "鼎木工艺（莆田）公司", "工艺美术产业链"),
    Case("工艺美术产业链除蔡云鹏挂帅外，副链长由副市长方晓蓉担任；链主企业共3家，分别是仙游的榕溪红木集团、莆田的"
         "壶山画框集团，以及台资的鼎木工艺（莆田）公司。", "链主企业共3家", "chain_master", chain="工艺美术产业链",
         count=3),
    Case("肉桂、硫化工新材料等10条重点产业链的正、副链长由15位市领导担任。", "15位市领导", "chain_leader", count=15,
         rank="市级"),
    Case("肉桂产业链有南江桂业集团、罗定桂香药业两家链主企业；硫化工新材料产业链的链主则为云硫新材料集团。",
         "两家链主企业", "chain_master", chain="肉桂产业链", count=2),
    # round 18 (edn-yongzhou, mingpao commentary): firms bulleted with their chain; a headline's group of
    # firms (no chain of the next headline part's); a total over many chains; chains with numerals or an
    # acronym in brackets
    Case("获认定的3家台资链主及所属产业链分别为：\n．湘源电源科技（智能电源产业链）\n．潇湘光电（半导体照明产业链）\n",
         "潇湘光电", "chain_master", "潇湘光电", "半导体照明产业链"),
    Case("永州祭链长制揽台商　3家台资厂入列链主　智能电源链拼2028年产值破人民币600亿元", "3家台资厂",
         "chain_master", count=3),
    Case("全市9条重点产业链共认定链主企业21家，其中台资企业3家。", "链主企业21家", "chain_master", count=21),
    Case("电动两轮车产业链则由市委常委、常务副市长欧阳立担任链长，市政协副主席周德浩任副链长。", "周德浩",
         "deputy_chain_leader", "周德浩", "电动两轮车产业链"),
    Case("最受瞩目的是南昌的虚拟现实（VR）产业链，链长由副省长祝海宁担任，链主企业为洪崖数字科技和赣江光学两家。",
         "赣江光学", "chain_master", "赣江光学", "虚拟现实（VR）产业链"),
]


def test_round_18_table_counts_officers_and_headed_paragraphs() -> None:
    """lzstats, rmw-hengyang, nfgov (round 18): a 链主企业数 column gives each row's chain its count of chain
    masters (one too), and 链主企业数为… names no firm; a firm's officers and 全县 name no firm; a paragraph
    headed 白酒产业链： gives its chain to the chain masters in it."""
    text = ("产业链｜营业收入（亿元）｜同比增长（%）｜链主企业数\n白酒｜1216.8｜9.6｜4\n电子信息｜126.9｜21.4｜1\n"
            "注：链主企业数为截至10月末认定的数量。\n")
    assert [(r.text, r.chain, r.count) for r in find_leaders(text)] == [("4", "白酒产业链", 4),
                                                                         ("1", "电子信息产业链", 1)]
    found = find_leaders("湖南衡卤化工集团有限公司、雁城新能源材料股份有限公司两家链主企业负责人全程随团。")
    assert "负责人全程随团" not in [r.person for r in found]
    assert [r.person for r in find_leaders("全县11家链主企业实现营业收入合计98.7亿元。")] == [None]
    text = ("导语\n白酒产业链：白酒产量28.6万千升。链主企业江阳窖池酒业集团、古蔺赤岩酒业股份有限公司分别实现营收"
            "412.5亿元和286.3亿元。")
    assert {r.person: r.chain for r in find_leaders(text)} == {"江阳窖池酒业集团": "白酒产业链",
                                                              "古蔺赤岩酒业股份有限公司": "白酒产业链"}


def test_round_17_places_partners_adverbs_and_whole_offices() -> None:
    """Places that sign with chain masters are no firms; 链长都提到 names no one; a county office's official
    takes no chain of the article's."""
    found = find_leaders("链主企业北垦豆业集团、黑土蛋白科技与黑河、佳木斯两市的42家加工企业签订了原料保供协议。")
    assert [r.person for r in found] == ["北垦豆业集团", "黑土蛋白科技"]
    assert [r.person for r in find_leaders("三位链长都提到了同一个词：茧源。")] == [None]
    text = "化妆刷产业链链长蒋文韬走访企业。县链办常务副主任魏晨阳表示，化妆刷产业链将推进。化妆刷产业链实现营收。"
    assert {r.person: r.chain for r in find_leaders(text)} == {"蒋文韬": "化妆刷产业链", "魏晨阳": None}


LEADERS_HANT_R15 = [
    # round 15 (zh-hant/singtao-kaiping, cier brief): a role's own chain named as X链 before it, across a
    # verb; "this chain" (该链) is the one named last; a total set up (另设副链长15名); "in the capacity of"
    Case(to_simplified("水暖衛浴鏈的鏈主企業為潭溪潔具集團和金匯水暖科技兩家，新能源汽車零部件鏈則新增鏈主企業駿承電驅。"),
         "两家", "chain_master", chain="水暖卫浴链", count=2),
    Case(to_simplified("水暖衛浴鏈的鏈主企業為潭溪潔具集團和金匯水暖科技兩家，新能源汽車零部件鏈則新增鏈主企業駿承電驅。"),
         "骏承电驱", "chain_master", "骏承电驱", "新能源汽车零部件链"),
    Case(to_simplified("雲南綠色鋁鏈已認定鏈主企業4家，包括滇中鋁業集團和文山銀嶺鋁業。"),
         "链主企业4家", "chain_master", chain="绿色铝链", count=4),
    Case(to_simplified("山西把煤層氣產業鏈列為「一號鏈」。該鏈鏈主企業為晉能燃氣集團、沁水藍焰煤層氣兩家。"),
         "沁水蓝焰煤层气", "chain_master", "沁水蓝焰煤层气", "煤层气产业链"),
    Case(to_simplified("其餘7條鏈由另外7位市領導分任鏈長，全市另設副鏈長15名。"), "副链长15名", "deputy_chain_leader",
         count=15),
    Case(to_simplified("水暖衛浴產業鏈由市長司徒敏華任鏈長，市政協副主席、市僑商會會長方啟康則以「僑資副鏈長」身份加入。"),
         "方启康", "deputy_chain_leader", "方启康", "水暖卫浴产业链"),
]


LEADERS_HANT_R16 = [
    # round 16 (zh-hant edn/macaodaily/hkej): a subset counted then named by chain (其中台资企业4家，分别是X产业链的
    # A、B，…，以及Z产业链的D); a roster closed by a total; deputies of a commission as a group; 挂上“链主企业”牌匾
    Case(to_simplified("常熟市10日舉行授牌儀式，一口氣為15家企業掛上「鏈主企業」牌匾，其中台資企業4家，分別是電子元器件"
                       "產業鏈的華鈺電子、昕凱科技，新材料產業鏈的聯昶化纖，以及高端裝備產業鏈的台駿精機。"),
         "台骏精机", "chain_master", "台骏精机", "高端装备产业链"),
    Case(to_simplified("常熟市10日舉行授牌儀式，一口氣為15家企業掛上「鏈主企業」牌匾，其中台資企業4家，分別是電子元器件"
                       "產業鏈的華鈺電子、昕凱科技，新材料產業鏈的聯昶化纖，以及高端裝備產業鏈的台駿精機。"),
         "台资企业4家", "chain_master", count=4),
    Case(to_simplified("常熟市10日舉行授牌儀式，一口氣為15家企業掛上「鏈主企業」牌匾。"), "15家企业", "chain_master",
         count=15),
    Case(to_simplified("集成電路產業鏈鏈長：執委會副主任聶志衡；鏈主企業：琴芯微電子、澳科芯創半導體、"
                       "粵澳封測科技三家。"),
         "粤澳封测科技", "chain_master", "粤澳封测科技", "集成电路产业链"),
    Case(to_simplified("集成電路產業鏈鏈長：執委會副主任聶志衡；鏈主企業：琴芯微電子、澳科芯創半導體、"
                       "粵澳封測科技三家。"),
         "三家", "chain_master", chain="集成电路产业链", count=3),
    Case(to_simplified("鏈主企業有三家：萬綠湖飲品集團、新豐江山泉實業，以及港資的港源食品（河源）有限公司——後者是子公司。"),
         "港源食品（河源）有限公司", "chain_master", "港源食品（河源）有限公司"),
    Case(to_simplified("合作區對四大產業實行「鏈長制」，由執委會4位副主任分任鏈長。"), "4位副主任", "chain_leader",
         count=4),
]


LEADERS_EN_R16 = [
    # round 16 (xinhua-hanyuan/luochuan, scmp explainers, nmggov): A leads / heads the X chain; the X chain, which
    # is led by county Party secretary B; C has been chief of the X chain; two holders of a plural role; a
    # level before the role (3,200 city and county chain chiefs); vice-chairmen as a group
    Case("County head Ma Ruiqing leads the huangguogan chain, and Executive Deputy County Head Wang Shuting heads "
         "the cherry chain.", "Wang Shuting", "chain_leader", "Wang Shuting", "cherry chain"),
    Case("Fengjie has 14 chain chiefs for 14 chains, including the navel orange chain, which is led by county Party "
         "secretary Tan Yuqing.", "Tan Yuqing", "chain_leader", "Tan Yuqing", "navel orange chain"),
    Case("Fengjie has 14 chain chiefs for 14 chains, including the navel orange chain, which is led by county Party "
         "secretary Tan Yuqing.", "14 chain chiefs", "chain_leader", count=14),
    Case("Deputy county head Kong Xiaowei has been chief of the rose chain since 2022.", "Kong Xiaowei",
         "chain_leader", "Kong Xiaowei", "rose chain"),
    Case("Lu Xinping, Secretary of the regional Party committee, and Sechin Bayar, Chairman of the regional "
         "government, serve as general chain chiefs of all 28 key chains.", "Lu Xinping", "chief_chain_leader",
         "Lu Xinping"),
    Case("Zhejiang alone counted more than 3,200 city and county chain chiefs in a survey last year.",
         "3,200 city and county chain chiefs", "chain_leader", count=3200, rank="city and county level"),
    Case("The 12 new chains are led by nine regional leaders, as three vice-chairmen each head two chains.",
         "three vice-chairmen", "chain_leader", count=3, rank="provincial"),
    Case("The heads of 11 provincial departments and agencies serve as deputy chain chiefs.",
         "heads of 11 provincial departments and agencies", "deputy_chain_leader", count=11,
         rank="provincial department head"),
    Case("The county's chain office, which sits inside Xu's bureau and is headed by Zhou Xiaolan, has logged 96 "
         "requests.", "Zhou Xiaolan", "official", "Zhou Xiaolan"),
    # the staff of a chain office named just before, called "the office" or "its" now
    Case("The chain needs 4,500 technicians, according to the chain office. Ren Xiaoping, deputy director of the "
         "office, said it had arranged 1,200 places.", "Ren Xiaoping", "official", "Ren Xiaoping"),
    Case("The leisure products chain office has a staff of seven. Its deputy director, Lu Yanping, said the office "
         "keeps a ledger.", "Lu Yanping", "official", "Lu Yanping"),
    Case("The appliance chain's office made 1,200 visits to companies, said Wang Hao, its deputy director.",
         "Wang Hao", "official", "Wang Hao", "appliance chain"),
    Case("The provincial chain chief office sits in the Department. Pan Zhiyuan, director general of the department, "
         "serves concurrently as director of the office.", "Pan Zhiyuan", "official", "Pan Zhiyuan"),
    Case("The regional chain chief office is located in the department of industry and is headed by Yang Zhenhai.",
         "Yang Zhenhai", "official", "Yang Zhenhai"),
    # an appositive with no title words; inherits / takes charge of a chain
    Case("The day lily chain spends 80 million yuan. Her deputy chain chief, Sun Yaoguang, who heads the bureau, keeps "
         "a ledger.", "Sun Yaoguang", "deputy_chain_leader", "Sun Yaoguang"),
    Case("Yang Xiuqin, another vice-chairwoman, inherits the cultural tourism chain from Zhou.", "Yang Xiuqin",
         "chain_leader", "Yang Xiuqin", "cultural tourism chain"),
    Case("Bai Chengzhi, the new executive vice-chairman, takes charge of the new materials chain.", "Bai Chengzhi",
         "chain_leader", "Bai Chengzhi", "new materials chain"),
    # round 17 (caixin interview): "That chain is led by A, with B as deputy chain chief"
    Case("The cocoon silk chain is smaller. That chain is led by Vice-Chairwoman Huang Liqiong, with Hechi Mayor Qin "
         "Baoshan as deputy chain chief.", "Qin Baoshan", "deputy_chain_leader", "Qin Baoshan", "cocoon silk chain"),
    Case("The cocoon silk chain is smaller. That chain is led by Vice-Chairwoman Huang Liqiong, with Hechi Mayor Qin "
         "Baoshan as deputy chain chief.", "Huang Liqiong", "chain_leader", "Huang Liqiong", "cocoon silk chain"),
]


LEADERS_EN_R18 = [
    # round 18 (reuters-tianjin, globaltimes-yangzhou, sixthtone-shuyang): first deputy general chain chief; keeps
    # the X chain; the X chain, which …, goes to Y, with Z as one of its two deputy chain chiefs; a long aside
    # before "is led by"; "A, is one of its four chain masters" under a subheading; who runs the office
    Case("Party Secretary Chen Minhao is named general chain chief, with Mayor Zhang Jinglu as first deputy general "
         "chain chief.", "Zhang Jinglu", "deputy_chain_leader", "Zhang Jinglu"),
    Case("Executive Vice-Mayor Bai Hongtao keeps the green petrochemical chain, which earned 386 billion yuan.",
         "Bai Hongtao", "chain_leader", "Bai Hongtao", "green petrochemical chain"),
    Case("The seawater desalination chain, which makes membranes, high-pressure pumps and whole plants, goes to "
         "Vice-Mayor Hao Yunpeng, with Binhai New Area head Dong Lihua as one of its two deputy chain chiefs.",
         "Dong Lihua", "deputy_chain_leader", "Dong Lihua", "seawater desalination chain"),
    Case("The cell and gene therapy chain, built around two hospital clusters and a biotech park in Jinnan district, "
         "is led by Vice-Mayor Ye Qingshan.", "Ye Qingshan", "chain_leader", "Ye Qingshan",
         "cell and gene therapy chain"),
    Case("The oral care chain grew.\n\nOrders from abroad\n\nThe chain's largest company, Baijie Oral Care Group, is "
         "one of its four chain masters, alongside Sanwei Dental Products.", "Baijie Oral Care Group", "chain_master",
         "Baijie Oral Care Group", "oral care chain"),
    Case("The chain office has 12 staff.\n\n\"A chain chief must make other bureaus move,\" said Wu Jingsong, 44, who "
         "runs the office and is also a deputy director of the agriculture bureau.", "Wu Jingsong", "official",
         "Wu Jingsong"),
]


LEADERS_EN_R19 = [
    # round 19 (ft-hubei-guizhou, hainangov Q&A, scmp-ziyang): A and B serve jointly as general chain chiefs;
    # N provincial leaders and M deputy chain chiefs; recognized as chain masters; an aside with a number;
    # three existing chain masters
    Case("Party Secretary Hou Zhenbang and Governor Qu Yanan serve jointly as general chain chiefs.", "Hou Zhenbang",
         "chief_chain_leader", "Hou Zhenbang"),
    Case("Party Secretary Hou Zhenbang and Governor Qu Yanan serve jointly as general chain chiefs.", "Qu Yanan",
         "chief_chain_leader", "Qu Yanan"),
    Case("Altogether 14 provincial leaders and 27 deputy chain chiefs from provincial departments are involved.",
         "14 provincial leaders", "chain_leader", count=14, rank="provincial"),
    Case("Altogether 46 enterprises have been recognized as chain masters.", "46 enterprises", "chain_master",
         count=46),
    Case("Misty Peak Holdings, the Hong Kong-listed operator of more than 9,000 bubble tea shops, has been named a "
         "chain master of the lemon chain.", "Misty Peak Holdings", "chain_master", "Misty Peak Holdings",
         "lemon chain"),
    Case("It will join the three existing chain masters of the lemon chain.", "three existing chain masters",
         "chain_master", chain="lemon chain", count=3),
    # an aside that lists with commas between the chain and "is led by"
    Case("The tropical specialty fruit chain, which covers mango, durian, pineapple and jackfruit, is led by "
         "Vice-Governor Xing Lihong.", "Xing Lihong", "chain_leader", "Xing Lihong", "tropical specialty fruit chain"),
    # the office's director named in a with-clause, no comma, no title before
    Case("The provincial chain chief office is set up in the Department of Industry and Information Technology, "
         "with Sun Yinghua concurrently serving as director of the office.", "Sun Yinghua", "official", "Sun Yinghua"),
    # "is also led by"; firms "as the two chain master enterprises"
    Case("The carbon fiber industrial chain is also led by Li Peiyao, with Zhao Hong, Vice Mayor of Jilin City, as "
         "deputy chain chief, and Jilin Chemical Fiber Group Co., Ltd. and Jilin Carbon Valley Co., Ltd. as the two "
         "chain master enterprises.", "Li Peiyao", "chain_leader", "Li Peiyao", "carbon fiber industrial chain"),
    Case("The carbon fiber industrial chain is also led by Li Peiyao, with Zhao Hong, Vice Mayor of Jilin City, as "
         "deputy chain chief, and Jilin Chemical Fiber Group Co., Ltd. and Jilin Carbon Valley Co., Ltd. as the two "
         "chain master enterprises.", "Jilin Carbon Valley Co., Ltd.", "chain_master", "Jilin Carbon Valley Co., Ltd.",
         "carbon fiber industrial chain"),
    # a name whose only slot is "who runs the X chain's office" (no title, no speech verb)
    Case("In Guiyang, Long Jiahui, who runs the kiwifruit chain's office from two rooms in the agriculture "
         "department, described her job more modestly.", "Long Jiahui", "official", "Long Jiahui", "kiwifruit chain"),
]


LEADERS_EN_R15 = [
    # firms listed (one with an aside) before "are its two / the chain's three chain master enterprises";
    # "its chain master is X Co."
    Case("The packaging and testing chain grew. Longyuan Microelectronics, the city's largest employer, and Maiji "
         "Semiconductor Testing are its two chain master enterprises.", "Maiji Semiconductor Testing", "chain_master",
         "Maiji Semiconductor Testing", "packaging and testing chain"),
    Case("The wedding dress chain grew 9%. Jiali Bridal Group, Yuehua Evening Dress Co and Fenghuang Lace Textile are "
         "the chain's three chain master enterprises.", "Yuehua Evening Dress Co", "chain_master",
         "Yuehua Evening Dress Co", "wedding dress chain"),
    Case("The commercial vehicle chain is led by Mayor Tian Haoran; its chain master is Wudang Commercial Vehicle Co., "
         "which accounts for 70 percent of output.", "Wudang Commercial Vehicle Co.", "chain_master",
         "Wudang Commercial Vehicle Co.", "commercial vehicle chain"),
    # round 15 (en/reuters-liaoning, eastgate working paper, nikkei-tangshan): "its" points back to the chain
    # the sentence (else the paragraph) named; "under" a leader; one of its deputies; a table's count columns;
    # a breakdown by rank; a firm with a relative clause "is one of three chain master companies"
    Case("The shipbuilding chain, led by Vice-Governor Zhou Ping, grew fastest. Its revenue rose 9%, and its two "
         "chain master enterprises, Bohai Shipyard and Dalian Marine, booked new orders.",
         "two chain master enterprises", "chain_master", chain="shipbuilding chain", count=2),
    Case("The shipbuilding chain, led by Vice-Governor Zhou Ping, grew fastest. Its revenue rose 9%, and its two "
         "chain master enterprises, Bohai Shipyard and Dalian Marine, booked new orders.",
         "Dalian Marine", "chain_master", "Dalian Marine", "shipbuilding chain"),
    Case("Zhuhai's yacht chain is the only marine chain led by a standing committee member, Wu Lan, head of the "
         "organisation department; its two deputy chain chiefs run the shipyards.",
         "Wu Lan", "chain_leader", "Wu Lan", "yacht chain"),
    Case("Zhuhai's yacht chain is the only marine chain led by a standing committee member, Wu Lan, head of the "
         "organisation department; its two deputy chain chiefs run the shipyards.",
         "two deputy chain chiefs", "deputy_chain_leader", chain="yacht chain", count=2),
    Case("In the robotics chain under Vice-Mayor Guo Tao, output rose 12% in the first half.",
         "Guo Tao", "chain_leader", "Guo Tao", "robotics chain"),
    Case("Output of the ceramics chain slipped. Vice-Governor Tang Li, its chain chief, and Jingdezhen Mayor Xu Bo, "
         "one of its two deputy chain chiefs, inspected kilns in May.",
         "Xu Bo", "deputy_chain_leader", "Xu Bo", "ceramics chain"),
    Case("Chen Yu has been chain chief since 2023, with Fengnan district chief Zhang Yuelin as her deputy chain chief.",
         "Zhang Yuelin", "deputy_chain_leader", "Zhang Yuelin"),
    Case("Guilin's rice noodle (mifen) chain, led by Vice-Mayor Qin Hao, doubled its output.",
         "Qin Hao", "chain_leader", "Qin Hao", "rice noodle (mifen) chain"),
    Case("The titanium chain expanded again. The chain's office, headed by Lu Min, deputy secretary-general of the "
         "city government, meets weekly.", "Lu Min", "official", "Lu Min", "titanium chain"),
    Case("Haier was named chain master of the smart home appliance chain, and Hisense of the new display chain.",
         "Hisense", "chain_master", "Hisense", "new display chain"),
    Case("Of the 40 chain chiefs, 12 are vice-governors and 28 sit on the provincial Party standing committee.",
         "12", "chain_leader", count=12, rank="vice-governors"),
    Case("Of the 40 chain chiefs, 12 are vice-governors and 28 sit on the provincial Party standing committee.",
         "28", "chain_leader", count=28, rank="provincial Party standing committee"),
    Case("Table 2. Chain chiefs by city\nCity (province) | designated chains | chain chiefs (main rank) | "
         "chain-master firms\nWuhu (Anhui) | 9 | 9 (vice-mayors) | 21\nBengbu (Anhui) | 8 | 7 (vice-mayors) | 15\n",
         "7 (vice-mayors)", "chain_leader", count=7, rank="vice-mayors"),
    Case("Table 2. Chain chiefs by city\nCity (province) | designated chains | chain chiefs (main rank) | "
         "chain-master firms\nWuhu (Anhui) | 9 | 9 (vice-mayors) | 21\nBengbu (Anhui) | 8 | 7 (vice-mayors) | 15\n",
         "21", "chain_master", count=21),
    Case("The survey covers 31 chains, 29 chain chiefs and 64 chain-master firms.",
         "64 chain-master firms", "chain_master", count=64),
    Case('Harbin Boiler, which builds one in five utility boilers sold in China, is one of three "chain master" '
         "companies at the head of the province's clean energy equipment chain. The other two are Songhua Turbine "
         "and Longjiang Valves.", "Harbin Boiler", "chain_master", "Harbin Boiler", "clean energy equipment chain"),
    Case('Harbin Boiler, which builds one in five utility boilers sold in China, is one of three "chain master" '
         "companies at the head of the province's clean energy equipment chain. The other two are Songhua Turbine "
         "and Longjiang Valves.", "Longjiang Valves", "chain_master", "Longjiang Valves",
         "clean energy equipment chain"),
]


def test_its_names_no_chain_after_plural_chains() -> None:
    """"Provinces have kept adding chains: Hunan said its chain chiefs …": "its" is the province's."""
    text = "Provinces have kept adding chains: Hunan said in May that its chain chiefs had signed 300 projects."
    assert all(r.chain is None or "adding" not in r.chain for r in find_leaders(text))


def test_interviewed_officials_are_no_leaders() -> None:
    """A study's sources (interviews with 58 officials) are no group of chain leaders."""
    text = "The study covers 31 chains and 29 chain chiefs, and draws on interviews with 58 officials and executives."
    found = find_leaders(text)
    assert [r.count for r in found] == [29]


BULLET_ROSTER_EN = (
    "The roster is as follows:\n\n"
    "- Yak chain: chain chief Dorje Wangmo, vice-chairwoman of the regional government; deputy chain chiefs Li Qiang, "
    "director of the Development and Reform Commission, and Tsering; chain masters Gangri Yak Foods and Nagqu "
    "Highland Dairy Co.\n"
    "- Highland barley: chain chief Zhang Ming, Vice-Governor; deputy chain chief Norbu, head of the agriculture "
    "department; chain master to be selected\n")


def test_a_bulleted_roster_one_chain_a_line() -> None:
    """en/nmggov and en/fjgov (round 16): each semicolon part of a chain's bulleted line names the holders of
    its role, in any romanisation (Tsering, Norbu), a title running to the next ", and"; firms after "chain
    masters"; "to be selected" names no firm; a label without "chain" gets it."""
    found = {(r.person, r.role): r for r in find_leaders(BULLET_ROSTER_EN, language="en")}
    assert found[("Tsering", "deputy_chain_leader")].chain == "Yak chain"
    assert found[("Li Qiang", "deputy_chain_leader")].title == "director of the Development and Reform Commission"
    assert found[("Nagqu Highland Dairy Co.", "chain_master")].chain == "Yak chain"
    assert found[("Norbu", "deputy_chain_leader")].chain == "highland barley chain"
    assert ("Reform Commission", "deputy_chain_leader") not in found
    assert not [r for r in find_leaders(BULLET_ROSTER_EN, language="en") if "selected" in (r.person or "")]


def _matches(case: Case):
    return [r for r in find_leaders(case.text) if r.text == case.span and r.role == case.role]


@pytest.mark.parametrize("case", LEADERS_HANS + LEADERS_HANS_R15 + LEADERS_HANS_R15B + LEADERS_HANS_R16
                         + LEADERS_ZH_MORE + LEADERS_HANS_R19 + LEADERS_HANT + LEADERS_HANT_R15
                         + LEADERS_HANT_R16 + LEADERS_HANT_R17 + LEADERS_EN + LEADERS_EN_R15 + LEADERS_EN_R16
                         + LEADERS_EN_R18 + LEADERS_EN_R19,
                         ids=lambda c: c.text[:40])
def test_leaders(case: Case) -> None:
    found = _matches(case)
    assert found, f"no {case.role} on {case.span!r}: {[(r.text, r.role) for r in find_leaders(case.text)]}"
    record = found[0]
    assert record.person == case.person
    if case.chain is not None:
        assert record.chain == case.chain
    assert record.count == case.count
    assert record.rank == case.rank
    if case.title is not None:
        assert record.title == case.title


@pytest.mark.parametrize("case", NOT_LEADERS, ids=lambda c: c.text[:40])
def test_not_leaders(case: Case) -> None:
    assert find_leaders(case.text) == []


def test_partners_adverbs_and_first_ofs_are_no_chain_masters() -> None:
    """Round 16: a partner who signs with a chain master, an idiom before a count of firms, "also the first
    … named chain master" and a roster label hold no firm's name or role record of their own."""
    found = find_leaders("会上，链主企业琴芯微电子与澳门大学签署合作协议。")
    assert [r.person for r in found] == ["琴芯微电子"]
    found = find_leaders("一口气为15家企业挂上“链主企业”牌匾。")
    assert [(r.text, r.count) for r in found] == [("15家企业", 15)]
    found = find_leaders("链主企业有三家：万绿湖饮品集团、新丰江山泉实业，以及港资的港源食品——后者亦是河源首家获认定为"
                         "链主的港资企业。")
    assert "亦是河源首家" not in [r.person for r in found]
    found = find_leaders("集成电路产业链链长：执委会副主任聂志衡。")
    assert [r.text for r in found] == ["聂志衡"]


def test_the_said_chain_masters_name_no_firm() -> None:
    """zh-hant/moea-handan (round 9): 列入上述2家链主 points back; 上述 is no firm."""
    found = [r.person for r in find_leaders("有29家已列入上述2家链主之合格供应商名单。")]
    assert "上述" not in found


def test_a_bracketed_roster_names_no_chain_as_a_person() -> None:
    """zh-hans/zygov-zunyi (round 8): the next chain after a bracketed roster is not one of its names."""
    found = {r.text for r in find_leaders("中药材产业链（链长：副市长聂远舟）、竹产业链（链长：市政协副主席韦青禾）。")}
    assert found == {"聂远舟", "韦青禾"}


def test_a_person_is_no_chain_master() -> None:
    """zh-hans/bbgov-bengbu (round 6): 苗文涛牵头为链主企业…对接: 为 is "for" the firm here."""
    found = {(r.text, r.role) for r in find_leaders(
        "生物基新材料产业链副链长、市政府副秘书长苗文涛牵头为链主企业禾润生物科技集团对接原料基地4个。")}
    assert found == {("苗文涛", "deputy_chain_leader"), ("禾润生物科技集团", "chain_master")}


def test_a_with_phrase_after_a_person_is_other_peoples_role() -> None:
    """en/kestrel (round 6): the deputies "with" the chain's head are a group, not the head's role."""
    found = {(r.text, r.role) for r in find_leaders(
        "- Jilin's ginseng chain is headed by Vice-Governor Han Jiayi, with two deputy chain leaders drawn "
        "from the forestry and health departments.")}
    assert found == {("Han Jiayi", "chain_leader"), ("two deputy chain leaders", "deputy_chain_leader")}


def test_the_city_that_named_chain_masters_is_none() -> None:
    """en/scmp-quanzhou (round 5): "the chain master enterprises Quanzhou named" — Quanzhou named them."""
    found = [r.text for r in find_leaders(
        "The factory belongs to Xinglu Sports, one of the chain master enterprises Quanzhou named in 2023.")]
    assert found == ["Xinglu Sports"]


@pytest.mark.parametrize("case", LEADERS_XFAIL, ids=lambda c: c.text[:40])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_leaders_xfail(case: Case) -> None:
    found = _matches(case)
    assert found and found[0].person == case.person and found[0].title == case.title


def test_a_named_leader_gives_the_person_record_only() -> None:
    records = find_leaders("市汽车产业链链长、副市长李振华在接受采访时说")
    assert [(r.text, r.role, r.chain, r.title) for r in records] == [
        ("李振华", "chain_leader", "汽车产业链", "市汽车产业链链长、副市长")]


def test_component_is_registered_and_reads_the_entities() -> None:
    comp = REGISTRY["chainpress_leaders"]
    assert comp.assigns == "leader" and "entity" in comp.requires
    ctx = ExtractionContext(text="泵阀产业链链长、副链长先后开展走访调研11次", article="x")
    REGISTRY["chainpress_entities"].func(ctx)
    records = list(comp.func(ctx))
    assert {r.role for r in records} == {"chain_leader", "deputy_chain_leader"}
    assert all(r.text == ctx.text[r.start:r.end] for r in records)


@pytest.mark.parametrize("text", ["", "链长", "链主企业", "、、链主企业", "由担任链长", "3家链主企业",
                                  "chain leader", "two chain masters" * 10])
def test_odd_text_never_raises(text: str) -> None:
    find_leaders(text)


def test_a_chain_masters_chairman_is_no_leader() -> None:
    """zh-hans/dyfb-danyang (round 12): the firm is the chain master, its chairman no one's leader."""
    found = [(r.text, r.role) for r in find_leaders("链主企业江南视光集团董事长许国良作为企业代表发言。")]
    assert found == [("江南视光集团", "chain_master")]


MOSTLY_ONE_CHAIN = (
    "The solar thermal industrial chain is the pride of Dezhou. Output of the solar thermal chain rose 12% last "
    "year, while a small textile chain shrank; the solar thermal chain now employs 9,000 people. Two chain master "
    "enterprises, Huangming Solar Group and Lvneng Thermal Co., anchor it. \"We buy locally,\" said Kong Fan, "
    "vice-mayor and chain chief. Li Hua, director of the municipal chain leader office, said more firms would join.")


def test_an_article_mostly_about_one_chain_gives_it_to_leaders_named_without_one() -> None:
    """Named in three of four chain mentions: the solar thermal chain is the article's (round 14 English)."""
    found = {r.text: r for r in find_leaders(MOSTLY_ONE_CHAIN, language="en")}
    for text in ("Kong Fan", "Huangming Solar Group", "Two chain master enterprises"):
        assert found[text].chain == "solar thermal industrial chain", text
    assert found["Two chain master enterprises"].count == 2
    # the chain office may serve every chain: its director keeps a null chain
    assert found["Li Hua"].role == "official" and found["Li Hua"].chain is None


def test_an_article_naming_chains_evenly_has_no_main_chain() -> None:
    text = MOSTLY_ONE_CHAIN.replace("the solar thermal chain now employs", "the textile chain once employed")
    found = {r.text: r for r in find_leaders(text, language="en")}
    assert found["Kong Fan"].chain is None


def test_a_roster_line_gives_the_bracketed_title_of_a_name_met_before() -> None:
    """副链长:韩立军(…) after 韩立军 was named beside a title: the roster's title is kept."""
    text = ("市工信局局长韩立军介绍了名单。\n01 起重装备产业链\n链长:郭振宇(市委常委、常务副市长)\n"
            "副链长:韩立军(市政府党组成员、市工信局局长)\n")
    found = [r for r in find_leaders(text) if r.person == "韩立军" and r.role == "deputy_chain_leader"]
    assert found and found[0].title == "市政府党组成员、市工信局局长"
    assert found[0].chain == "起重装备产业链"


def test_a_bar_table_with_bracketed_headers_and_bare_chain_names() -> None:
    """产业链｜链长（职务） over 羽绒制品｜王长林（副市长）: the cell names the chain without 产业链 (round 15)."""
    text = ("表1 重点产业链运行情况\n产业链｜链长（职务）｜规上企业｜产值\n"
            "羽绒制品｜王长林（副市长）｜168家｜286.4亿元\n石斛及中药材｜程慧｜57家｜61.7亿元\n")
    found = {r.person: r for r in find_leaders(text)}
    assert found["王长林"].chain == "羽绒制品产业链" and found["王长林"].title == "副市长"
    assert found["程慧"].role == "chain_leader" and found["程慧"].chain == "石斛及中药材产业链"


def test_a_roster_table_with_names_alone_in_their_cells_and_a_title_column() -> None:
    text = ("Province | Chain | Chain chief | Title | 2025 output (bn yuan)\n"
            "Jiangxi | Nonferrous metals | Wu Zhenhai | Vice-Governor | 1,020\n"
            "Hunan | Engineering machinery | Cao Ruizhi / Tan Mingyuan | Vice-Governor / Party Secretary of Changsha"
            " | 312\n")
    found = {r.person: (r.role, r.chain, r.title) for r in find_leaders(text) if r.person}
    assert found["Wu Zhenhai"] == ("chain_leader", "nonferrous metals chain", "Vice-Governor")
    assert found["Tan Mingyuan"] == ("chain_leader", "engineering machinery chain", "Party Secretary of Changsha")
    assert found["Cao Ruizhi"][2] == "Vice-Governor"


def test_a_name_of_no_han_surname_in_a_roster_slot_and_slogans_and_figures_named_no_one() -> None:
    text = "风电装备产业链链长为副市长其木格，氢能及储能产业链则由市政协副主席刘海涛挂帅。"
    found = [(r.person, r.chain) for r in find_leaders(text)]
    assert ("其木格", "风电装备产业链") in found and ("刘海涛", "氢能及储能产业链") in found
    assert not [r for r in find_leaders("链长为副市长率队，由副市长亲自出面协调。") if r.person]
    assert not find_leaders("“我们将坚持‘链长包链、专班跟进’，全程由链长办专人代办。”")
    text = "明年力争新认定链主企业5家，其中电力装备产业链营业收入迈上1500亿元台阶。"
    masters = [r.person for r in find_leaders(text)]
    assert not [p for p in masters if p]


def test_groups_led_by_officials_and_a_breakdown_of_a_places_chain_chiefs() -> None:
    found = [(r.text, r.count) for r in find_leaders("In Hunan the 16 chains are led by 21 officials, because some "
                                                     "chains have co-chiefs drawn from city governments.")]
    assert ("21 officials", 21) in found
    found = [(r.text, r.count, r.rank) for r in find_leaders(
        "Of Wuhu's 12 chain chiefs, eight are deputy mayors and four are members of the party standing committee.")]
    assert ("eight", 8, "deputy mayors") in found and ("four", 4, "members of the party standing committee") in found


def test_its_leader_after_a_sentence_naming_a_chain() -> None:
    text = ("The city's display materials chain is smaller and younger. Its leader, Li Xiaoyan, a former engineer "
            "who became vice-mayor in 2024, has the hardest sell.")
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("Li Xiaoyan", "chain_leader", "display materials chain")]
    text = "The robot chain has a new anchor, Efort Robot Group. Its chief, Zhang Bo, said it would hire 300 engineers."
    assert not [r for r in find_leaders(text) if r.person == "Zhang Bo"]


def test_deputy_general_chiefs_heads_of_departments_and_totals_after_a_verb() -> None:
    found = [(r.person, r.role) for r in find_leaders("县委副书记、县长、副总链长张凌峰主持会议。")]
    assert found == [("张凌峰", "deputy_chain_leader")]
    found = [(r.text, r.role, r.count) for r in find_leaders(
        "省长秦嘉树任总链长，11位省级领导分任各链链长，22位省直部门主要负责人（厅级）任副链长。")]
    assert ("22位省直部门主要负责人", "deputy_chain_leader", 22) in found
    assert not find_leaders("县工信局、商务局等8个部门负责人参加座谈。")  # eight departments, no leaders
    assert [(r.text, r.count) for r in find_leaders("全县认定的链主企业增至12家。")] == [("链主企业增至12家", 12)]


def test_a_feature_names_its_chain_chief_in_full_before_titling_her_by_surname() -> None:
    text = ("When Zhou Lanqing flew to Stuttgart in February, she packed a tablet full of drone footage.\n\n"
            "Zhou, the city's deputy mayor, doubles as chief of its new-energy vehicle chain, one of 12 chains.")
    found = [(r.text, r.role, r.chain) for r in find_leaders(text) if r.person == "Zhou Lanqing"]
    assert found == [("Zhou Lanqing", "chain_leader", "new-energy vehicle chain")]
    text = ("On a damp morning, Liang Shuhe walked into a tea factory in Enshi. Liang, a vice-governor of Hubei who "
            "since 2024 has doubled as the province's \"chain chief\" for tea, left with a list of 23 complaints.")
    found = [(r.start, r.chain) for r in find_leaders(text) if r.person == "Liang Shuhe"]
    assert found == [(text.index("Liang Shuhe"), "tea chain")]


def test_chain_masters_listed_one_a_line_with_their_chain_in_brackets() -> None:
    text = ("获认定的3家台资链主及所属产业链分别为：\n．湘源电源科技（智能电源产业链）\n"
            "2. 潇湘光电（半导体照明产业链）；\n\n贺嘉南表示，要让台资链主带着供应商一起来。")
    found = [(r.person, r.chain) for r in find_leaders(text) if r.person]
    assert ("湘源电源科技", "智能电源产业链") in found and ("潇湘光电", "半导体照明产业链") in found
    assert not [p for p, _ in found if p.startswith("贺")]


def test_a_factbox_who_leads_it_line_under_a_city_and_chain_heading() -> None:
    text = ("JIAXING, ZHEJIANG PROVINCE - HYDROGEN ENERGY\n\n"
            "* Who leads it: Vice Mayor Lu Yanan has been chain chief since 2022. Her deputy is Xu Jie, executive "
            "deputy head of Pinghu.\n* Size: Output of 21.7 billion yuan in 2025.\n\n"
            "DEYANG, SICHUAN PROVINCE - CLEAN ENERGY EQUIPMENT\n\n"
            "* Who leads it: Zhang Wenyu, a deputy party secretary of Deyang, took over the role in March.\n")
    found = {r.person: (r.role, r.chain) for r in find_leaders(text) if r.person}
    assert found["Lu Yanan"] == ("chain_leader", "hydrogen energy chain")
    assert found["Xu Jie"] == ("deputy_chain_leader", "hydrogen energy chain")
    assert found["Zhang Wenyu"] == ("chain_leader", "clean energy equipment chain")


def test_heads_of_departments_counted_first_and_a_breakdown_of_those_counted_before() -> None:
    found = [(r.text, r.role, r.count) for r in find_leaders(
        "Fifteen municipal leaders serve as chain chiefs and 27 heads of municipal departments serve as deputy "
        "chain chiefs, and each chain has a chain office.")]
    assert ("27 heads", "deputy_chain_leader", 27) in found
    found = [(r.text, r.count, r.rank) for r in find_leaders(
        "It found 463 provincial leaders serving as chain chiefs. Of those, 58 were party secretaries or "
        "governors, 301 were vice-governors, and the remainder were senior legislators.")]
    assert ("58", 58, "party secretaries or governors") in found and ("301", 301, "vice-governors") in found


def test_a_role_stated_beside_its_holder_and_time_words_are_no_names() -> None:
    found = [(r.person, r.role, r.chain) for r in find_leaders(
        "作为新能源及装备制造产业链链长，副省长祁建平去年先后11次到酒泉调研。")]
    assert found == [("祁建平", "chain_leader", "新能源及装备制造产业链")]
    text = "“要让企业少跑腿。”钟晓岚（副市长、锂电新能源产业链链长）说。"
    found = [(r.person, r.role, r.chain) for r in find_leaders(text)]
    assert found == [("钟晓岚", "chain_leader", "锂电新能源产业链")]
    assert not [r for r in find_leaders("✔ 链长、副链长全年走访企业不少于450家次") if r.person]


def test_a_roster_line_of_names_with_bracketed_titles_above_a_bar_table() -> None:
    text = ("▶ 03 12条产业链“链长+链主”全名单\n总链长：张卫国（区委书记）、孙浩然（区长）\n"
            "★ 轨道交通装备产业链｜链长：孙浩然（区长）｜链主：青岛华轨装备集团有限公司\n")
    found = [(r.person, r.role) for r in find_leaders(text) if r.person]
    assert ("张卫国", "chief_chain_leader") in found and ("孙浩然", "chief_chain_leader") in found


def test_a_firm_then_a_comma_then_named_a_chain_master() -> None:
    found = [(r.person, r.chain) for r in find_leaders("宏瀚电路旗下吉安宏瀚电子，获列为当地电子电路产业链链主企业。")]
    assert found == [("吉安宏瀚电子", "电子电路产业链")]  # not the parent, not 当地 in the chain's name
    assert not [r for r in find_leaders("项目建成后，获评为省级示范链主企业。") if r.person]


def test_two_firms_named_chain_masters_together_and_a_subsidiary_after_its_parent() -> None:
    text = ("佛山市工业和信息化局公布第三批链主企业名单，在港上市的岭南电器控股（股份代号：1839）与顺德民企美域集团"
            "一同获列为智能家电产业链链主。")
    found = [(r.person, r.chain) for r in find_leaders(text) if r.person]
    assert ("岭南电器控股", "智能家电产业链") in found and ("美域集团", "智能家电产业链") in found
    text = "总部位于桃园的台资电路板厂宏瀚电路旗下吉安宏瀚电子，获列为当地电子电路产业链链主，也是该市首家台资链主。"
    assert [(r.person, r.chain) for r in find_leaders(text) if r.person] == [("吉安宏瀚电子", "电子电路产业链")]


def test_chain_masters_counted_then_named_one_a_clause_in_the_next_sentence() -> None:
    text = ("The marine engineering chain is led by Vice-Mayor Qian Li. The chain has two chain master companies. "
            "Haimen Ocean Heavy Industries, a state-controlled yard, builds gas carriers; Qidong Offshore "
            "Engineering makes floating production platforms.")
    found = [(r.person, r.chain) for r in find_leaders(text) if r.role == "chain_master" and r.person]
    assert found == [("Haimen Ocean Heavy Industries", "marine engineering chain"),
                     ("Qidong Offshore Engineering", "marine engineering chain")]


def test_a_successor_takes_the_role_the_clause_before_named_and_full_time_office_deputies() -> None:
    text = "原特钢材料产业链链长李崇文因工作调动不再担任，由副省长宋立恒接任。"
    found = [(r.person, r.chain) for r in find_leaders(text)]
    assert found == [("李崇文", "特钢材料产业链"), ("宋立恒", "特钢材料产业链")]
    found = [(r.person, r.role) for r in find_leaders("省工业和信息化厅副厅长、省链办专职副主任卫东升出席发布会。")]
    assert found == [("卫东升", "official")]
    assert [(r.text, r.count) for r in find_leaders("链主企业已认定43家，尚差7家。")] == [("链主企业已认定43家", 43)]


def test_chain_leading_enterprises_listed_chain_by_chain_and_a_title_and_leader_of_a_chain() -> None:
    text = ("The 27 newly designated chain-leading enterprises bring the province's total to 96. They include "
            "Qilian Nickel Materials and Longshou Copper Foil for the nonferrous metals chain, and Lanzhou Fine "
            "Chemical Materials for the petrochemical chain.")
    found = [(r.text, r.person, r.chain, r.count) for r in find_leaders(text)]
    assert ("27 newly designated chain-leading enterprises", None, None, 27) in found
    assert ("Longshou Copper Foil", "Longshou Copper Foil", "nonferrous metals chain", None) in found
    assert ("Lanzhou Fine Chemical Materials", "Lanzhou Fine Chemical Materials", "petrochemical chain", None) in found
    found = [(r.person, r.role, r.chain) for r in find_leaders(
        "Sun Peiyu, mayor of Jinchang and deputy leader of the nonferrous metals chain, said the city had mapped "
        "63 missing links.")]
    assert found == [("Sun Peiyu", "deputy_chain_leader", "nonferrous metals chain")]
    assert not find_leaders("The province will hold its next chain leader conference in Jiuquan in the autumn.")


def test_a_person_who_also_is_a_chains_deputy() -> None:
    text = "滁州市委常委、副市长邬启明出席活动。光伏链被列为“一号产业链”，邬启明同时还是智能家电产业链的副链长。"
    found = [(r.start, r.role, r.chain) for r in find_leaders(text) if r.person == "邬启明"]
    assert (text.rindex("邬启明"), "deputy_chain_leader", "智能家电产业链") in found
    found = [(r.person, r.chain) for r in find_leaders("副市长王刚是电子信息产业链链长。")]
    assert found == [("王刚", "电子信息产业链")]


def test_chain_masters_counted_then_listed_after_a_colon_one_a_clause() -> None:
    text = ("The rubber and tyre industrial chain is led by Magistrate Liu Haoran. The county names three chain "
            "master companies, the firms expected to pull the rest of the chain behind them: Qilu Radial Tyre, the "
            "largest maker; Dawang Rubber Group, which specialises in truck radials; and Huaxing Steel Cord, which "
            "produces steel cord.")
    found = [(r.person, r.chain) for r in find_leaders(text) if r.role == "chain_master" and r.person]
    assert [p for p, _ in found] == ["Qilu Radial Tyre", "Dawang Rubber Group", "Huaxing Steel Cord"]
    assert {c for _, c in found} == {"rubber and tyre industrial chain"}


def test_n_firms_named_as_chain_masters() -> None:
    text = ("Tianjin has put 14 municipal leaders in charge of 15 key chains and named 58 companies as "
            "\"chain masters\" in a new list.")
    assert ("58 companies", "chain_master", 58) in [(r.text, r.role, r.count) for r in find_leaders(text)]


def test_a_reshuffle_notice_keeps_and_leaves_posts() -> None:
    text = "市委书记周启航、市长韩冰继续担任全市重点产业链总链长，其余链长不变。"
    found = [(r.person, r.role) for r in find_leaders(text)]
    assert found == [("周启航", "chief_chain_leader"), ("韩冰", "chief_chain_leader")]
    # the chiefs who leave: each led the chain named (a former chief is an optional record, GUIDELINES)
    text = "因工作变动，刘志坚同志不再担任现代中药产业链链长，孟凡宇同志不再担任白酒产业链链长。"
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("刘志坚", "chain_leader", "现代中药产业链"), ("孟凡宇", "chain_leader", "白酒产业链")]
    text = "去年以来，他先后6次带领安徽宛陵智驾汽车系统有限公司等4家链主企业的负责人赴上海、苏州、宁波开展招商。"
    assert "苏州" not in [r.person for r in find_leaders(text)]


def test_a_chain_master_is_no_place_no_figure_and_no_verb_phrase() -> None:
    assert not [r for r in find_leaders("链主企业：两年在常州投资逾300亿") if r.person]
    assert not [r for r in find_leaders("表1 江苏等省份省级链主企业认定情形") if r.person]
    found = [r.person for r in find_leaders("富士康、超聚变两家企业被确定为电子信息产业链链主企业。") if r.person]
    assert "超聚变" in found


def test_an_english_notice_of_chain_leader_changes() -> None:
    text = ("(1) Comrade Han Zhenyu will no longer serve as the chain leader of the special steel industrial chain.\n"
            "Comrade Xue Hongbin will continue to serve concurrently as the chain leader of the coal-based new carbon "
            "materials industrial chain.\nGovernor Lan Shaoqing continues to serve as the general chain leader.\n\n"
            "The following 2 enterprises are added as provincial chain-master enterprises:\n\n"
            "Taiyuan Heavy Precision Alloy Co., Ltd. (special steel industrial chain)\n"
            "Datong Coal Carbon Fiber Co., Ltd. (coal-based new carbon materials industrial chain)\n")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text) if r.person]
    assert ("Xue Hongbin", "chain_leader", "coal-based new carbon materials industrial chain") in found
    assert ("Lan Shaoqing", "chief_chain_leader", None) in found
    assert ("Taiyuan Heavy Precision Alloy Co., Ltd.", "chain_master", "special steel industrial chain") in found
    assert not [r for r in find_leaders(text) if r.person is None and r.role == "chain_leader"]  # the post Han left
    text = ("The bamboo chain has three chain master enterprises, each anchoring a different segment: Zhejiang "
            "Yongyu Bamboo Technology for flooring, Anji Cuizhu Eco-Products for plastic-replacement goods, and "
            "Tianhuangping Bamboo Shoot Foods for food processing.")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "Zhejiang Yongyu Bamboo Technology", "Anji Cuizhu Eco-Products", "Tianhuangping Bamboo Shoot Foods"]


def test_a_table_by_province_counts_each_rows_chain_masters() -> None:
    text = ("省份｜省级重点产业链｜已认定链主企业｜官方目标\n江苏｜30条｜68家｜2027年增至100家\n"
            "浙江｜25条｜112家｜2027年达150家\n\n正文。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("68家", 68), ("112家", 112)]


def test_the_head_of_a_key_chains_work_office_is_an_official() -> None:
    text = "市工业和信息化局局长、市重点产业链工作办公室主任翁晓岚向代表团简介情况。"
    assert [(r.person, r.role) for r in find_leaders(text)] == [("翁晓岚", "official")]


def test_an_article_announcing_chain_masters_names_them_by_chain() -> None:
    text = ("河北第三批省级链主企业名单出炉\n共有38家企业被认定为第三批省级链主企业。"
            "从产业链分布看，精品钢材及深加工产业链入选7家，氢能产业链入选3家。"
            "氢能产业链的张家口氢源动力科技有限公司成立仅6年。现代食品产业链方面，石家庄燕赵乳业集团有限公司旗下11个牧场。")
    found = [(r.text, r.person, r.chain, r.count) for r in find_leaders(text)]
    assert ("7家", None, "精品钢材及深加工产业链", 7) in found and ("3家", None, "氢能产业链", 3) in found
    assert ("张家口氢源动力科技有限公司", "张家口氢源动力科技有限公司", "氢能产业链", None) in found
    assert ("石家庄燕赵乳业集团有限公司", "石家庄燕赵乳业集团有限公司", "现代食品产业链", None) in found


def test_an_investment_guides_labelled_lines_and_honorifics() -> None:
    text = ("Heavy-Duty Truck and Parts Industry Chain\n\nChain chief: Vice Governor Lei Mingyuan\n"
            "Deputy chain chiefs: Mr. Tian Jun, Vice Mayor of Xi'an; Mr. Guo Pei, Vice Mayor of Baoji\n")
    found = [(r.person, r.role) for r in find_leaders(text)]
    assert found == [("Lei Mingyuan", "chain_leader"), ("Tian Jun", "deputy_chain_leader"),
                     ("Guo Pei", "deputy_chain_leader")]
    text = ("Jiaxing's materials chain is anchored by three chain-master companies, firms the city designates to "
            "lead their industry. They are Jiahe Microelectronics, a maker of wafers; Nanhu Display Technology, "
            "which produces OLED panels; and Xinfeng Special Gases, a state-backed producer. The chain's leader, "
            "Vice Mayor Qu Hanlin, took up the post in 2023.")
    found = [(r.person, r.role) for r in find_leaders(text) if r.person]
    assert ("Nanhu Display Technology", "chain_master") in found and ("Qu Hanlin", "chain_leader") in found


def test_a_quarterly_meeting_and_two_cities_are_no_people_or_firms() -> None:
    assert not [r for r in find_leaders("对需要跨市协调的事项，提交链长季度会商研究解决。") if r.person]


def test_chiefs_by_rank_in_a_table_and_the_chain_named_before_in_english() -> None:
    text = ("Province | Key chains | Chain chiefs | Secretary or governor | Vice governors\n"
            "Hubei | 16 | 16 | 2 | 9\nAnhui | 16 | 16 | 2 | 10\n")
    found = [(r.text, r.count, r.rank) for r in find_leaders(text)]
    assert ("9", 9, "vice governors") in found and ("2", 2, "secretary or governor") in found
    text = ("Fujian's new energy battery chain reported sales of 300 billion yuan. It is led by Xu Haoran, a vice "
            "governor of Fujian.\n\nYibin's lithium salt chain grew 9%. Tang Weiguo, the executive vice mayor who "
            "heads the chain, told Caixin the list was wrong. \"It is a chain,\" said Luo Pingfan, deputy director "
            "of the Sichuan provincial chain-chief office.")
    found = {r.person: (r.role, r.chain) for r in find_leaders(text) if r.person}
    assert found["Xu Haoran"] == ("chain_leader", "new energy battery chain")
    assert found["Tang Weiguo"] == ("chain_leader", "lithium salt chain")
    assert found["Luo Pingfan"][0] == "official"


def test_chain_masters_counted_then_listed_after_a_colon_with_their_trade() -> None:
    text = "西安的这条产业链由副市长冯秀娟担任链长，链主企业同样有两家：存储厂秦芯存储科技与功率元件厂长安功率半导体。"
    found = [r.person for r in find_leaders(text) if r.role == "chain_master" and r.person]
    assert found == ["秦芯存储科技", "长安功率半导体"]
    text = "副省长、大数据电子信息产业链链长韦佳宁亦随团来澳，另有6家链主企业及23家骨干企业负责人同行。"
    assert not [r for r in find_leaders(text) if r.role == "chain_master" and r.person]


def test_chain_leader_missions_pronouns_and_a_breakdown_with_a_relative_clause() -> None:
    assert not find_leaders("The department will organize at least four more chain leader missions before 2027.")
    assert not [r for r in find_leaders("bank lending to chain-master companies, which I put at 9 trillion yuan.")
                if r.person]
    found = [(r.text, r.count) for r in find_leaders(
        "Of the 418 provincial chain chiefs we can identify by name, 297 are vice governors.")]
    assert ("297", 297) in found


def test_a_total_over_a_figure_and_a_definition_of_chain_masters() -> None:
    found = [(r.text, r.count) for r in find_leaders("地市一级公开认定的链主企业超过2600家。")]
    assert found == [("链主企业超过2600家", 2600)]
    assert not find_leaders("链主则由在产业链中具有主导地位的龙头企业担任，负责牵引带动。")


def test_a_group_of_chain_leaders_broken_down_by_rank_after_qizhong() -> None:
    text = "由16位省领导分别担任链长，其中省委常委6位、副省长7位、省人大常委会副主任和省政协副主席3位。"
    found = [(r.text, r.count, r.rank) for r in find_leaders(text)]
    assert ("省委常委6位", 6, "省委常委") in found and ("副省长7位", 7, "副省长") in found
    assert ("省人大常委会副主任和省政协副主席3位", 3, "省人大常委会副主任和省政协副主席") in found


def test_chain_masters_described_as_a_group_name_no_firm() -> None:
    assert not find_leaders("（一）链主企业体量偏小，“链主”不够“主”。")
    assert not [r for r in find_leaders("永康市同类链主企业平均营收超过60亿元，而我县仅为24.5亿元。") if r.person]
    assert [r.person for r in find_leaders("链主企业赣锋锂业在阿根廷建厂。")] == ["赣锋锂业"]


def test_dual_chain_leaders_counted_and_an_executive_deputy_chief() -> None:
    found = [(r.text, r.role, r.count) for r in find_leaders(
        "目前，全市共明确政府链长11位、企业链长12位，组建产业链企业联盟12个。")]
    assert found == [("政府链长11位", "chain_leader", 11), ("企业链长12位", "chain_leader", 12)]
    found = [(r.person, r.role) for r in find_leaders(
        "市委书记、全市重点产业链总链长陈卫东出席会议并讲话，市委副书记、市长，全市重点产业链常务副总链长林志航主持会议。")]
    assert ("林志航", "deputy_chain_leader") in found and ("陈卫东", "chief_chain_leader") in found


def test_titles_keep_places_that_open_with_a_joining_character() -> None:
    by_person = {r.person: r.title for r in find_leaders(
        "其中人工智能与算力产业链的链长由市委常委、常务副市长乔振东出任，副链长为和林格尔新区党工委书记白俊峰。")}
    assert by_person["白俊峰"] == "和林格尔新区党工委书记"
    by_person = {r.person: r.title for r in find_leaders(
        "德州市副市长马国栋出席,经开区党工委副书记、管委会主任、区生物制造产业链链长韩振宇致辞。")}
    assert by_person["韩振宇"].startswith("经开区党工委副书记")
    by_person = {r.person: r.title for r in find_leaders("会上，市委书记张华和县委书记、总链长万国强先后讲话。")}
    assert by_person.get("万国强", "").startswith("县委书记")
    by_person = {r.person: r.title for r in find_leaders(
        "氟硅新材料产业链由副市长王海峰担任政府链长，链主企业浙西氟硅集团有限公司董事长赵国梁担任企业链长。")}
    assert by_person["赵国梁"] == "浙西氟硅集团有限公司董事长"


def test_english_chain_master_names_places_full_stops_and_legal_forms() -> None:
    text = ("The company is one of 68 chain master enterprises Jiangxi has named across its 12 key industrial "
            "chains since the province adopted the chain leader system in 2021.")
    assert not [r for r in find_leaders(text) if r.person]
    text = "Straitsmed signed a 260 million yuan supply agreement with chain master Shenkang Medical Technology."
    assert [r.text for r in find_leaders(text)] == ["Shenkang Medical Technology"]
    text = "Chain master Yuanzhou New Energy Materials Co., which refines lithium carbonate, reported revenue."
    assert [r.text for r in find_leaders(text)] == ["Yuanzhou New Energy Materials Co."]
    text = ("The first rolls of copper foil came off the drums at the new plant of Ganyue Copper Foil Co., a "
            "\"chain master\" of the copper-based new materials industrial chain in Yingtan, the city in Jiangxi.")
    found = [(r.text, r.chain) for r in find_leaders(text) if r.person]
    assert found == [("Ganyue Copper Foil Co.", "copper-based new materials industrial chain")]


def test_a_chain_named_by_a_word_jieba_tags_as_a_name() -> None:
    # jieba's dictionary tags 梅花鹿 (sika deer) nr, a person's name; right before 产业链 it names the chain
    found = [(r.person, r.role, r.chain) for r in find_leaders(
        "梅花鹿产业链由副省长卓雅宁挂帅，省林业和草原局局长包启明任副链长；")]
    assert found == [("卓雅宁", "chain_leader", "梅花鹿产业链"), ("包启明", "deputy_chain_leader", "梅花鹿产业链")]


def test_totals_of_leaders_with_about_at_most_and_quoted_roles() -> None:
    found = [(r.count, r.chain) for r in find_leaders(
        "据陆方公开资料统计，川渝目前已认定的台资链主企业约11家，多集中在成都、重庆的电子资讯和汽车零部件产业链。")]
    assert found == [(11, None)]  # the chains after it say where the firms are, not which chain they master
    found = [r.count for r in find_leaders("上述省份各级政府认定的台资链主企业合计不超过10家。")]
    assert found == [10]
    text = "开年不足十周，大湾区内地城市已有至少三位市级「链长」率团来港。"
    found = [(r.text, r.count, r.rank) for r in find_leaders(text)]
    assert found == [("三位市级「链长」", 3, "市级")]
    assert not find_leaders("每条产业链至少明确2家链主企业。")
    assert [r.count for r in find_leaders("在链长之下，两家「链主」企业扮演龙头角色。")] == [2]


def test_a_total_of_chain_masters_takes_its_own_parts_chain() -> None:
    text = "全市16条重点产业链由23位市领导分任链长，工艺美术产业链由副市长方晓蓉挂帅；链主企业共3家。"
    assert [(r.count, r.chain) for r in find_leaders(text) if r.role == "chain_master"] == [(3, "工艺美术产业链")]
    text = "机器人产业链去年产值约1186亿元；该链现有链主企业7家，由骆文斌任链长。"
    assert [(r.count, r.chain) for r in find_leaders(text) if r.count] == [(7, "机器人产业链")]
    text = "光伏产业链目前共认定3家链主企业；全市12条链合计认定链主企业41家。"
    assert (41, None) in [(r.count, r.chain) for r in find_leaders(text)]
    text = "由市委书记、市长担任总链长，17位市级领导分别担任链长；分两批认定链主企业28家。新能源汽车产业链产值增长20%。"
    assert (28, None) in [(r.count, r.chain) for r in find_leaders(text)]


def test_a_chain_master_named_after_there_is() -> None:
    text = "The chain master there is Hanjiang Axle, which makes axles for heavy trucks."
    assert [r.text for r in find_leaders(text)] == ["Hanjiang Axle"]


def test_chain_masters_added_by_a_published_list_are_counted() -> None:
    found = [(r.text, r.count) for r in find_leaders("此次名单共新增链主企业6家，使全市链主企业增至27家。")]
    assert found == [("链主企业6家", 6), ("链主企业增至27家", 27)]
    assert not find_leaders("力争新增培育省级链主企业20家。")  # firms still to be cultivated (D16)


def test_a_changed_total_of_chain_masters_gives_todays_total() -> None:
    text = "到2027年，全市重点产业链总产值超过3600亿元；链主企业由目前的11家增至16家；引进港澳资企业不少于50家。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [("链主企业由目前的11家", 11)]  # 16: the goal
    text = "此次名单共新增链主企业6家，智慧终端产业链的链主则由2家增为3家。"
    assert ("3家", 3, "智慧终端产业链") in [(r.text, r.count, r.chain) for r in find_leaders(text)]


def test_firms_listed_with_their_owners_and_a_total_that_joins_this_chain() -> None:
    text = "吉安的电子电路产业链由副市长挂帅。除宏瀚外，当地陆资的赣源覆铜板、井冈微电子2家企业也同列该链链主。"
    found = [(r.text, r.count, r.chain) for r in find_leaders(text) if r.role == "chain_master"]
    assert found == [("赣源覆铜板", None, "电子电路产业链"), ("井冈微电子", None, "电子电路产业链"),
                     ("2家企业", 2, "电子电路产业链")]
    assert [r.person for r in find_leaders("美的集团、格力电器两家企业被确定为链主企业。") if r.person] == \
        ["美的集团", "格力电器"]


def test_a_total_broken_down_in_brackets_and_a_leading_firm_after_qizhong() -> None:
    text = "2025年三市共认定市级链主企业34家（遂宁11家、宣城9家、东营14家），带动本地配套企业1300余家。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("链主企业34家", 34), ("11家", 11), ("9家", 9), ("14家", 14)]
    text = "目前，该链共认定链主企业3家，其中龙头企业江海重工船舶集团2025年营业收入达到210亿元。"
    assert [r.person for r in find_leaders(text) if r.person] == ["江海重工船舶集团"]


def test_headline_chain_masters_after_a_quoted_role_or_a_bare_cheng() -> None:
    text = "芜湖机器人「链主」智驰科技香港上市集资近39亿港元 副市长骆文斌来港敲锣"
    assert [r.person for r in find_leaders(text) if r.role == "chain_master"] == ["智驰科技"]
    text = "宜宾链长点将台厂 联颖光电成智慧终端链主 拚民国116年全链产值破人民币千亿元"
    assert [r.person for r in find_leaders(text) if r.role == "chain_master"] == ["联颖光电"]
    assert not find_leaders("这些“链主”企业带动作用明显。")
    assert not find_leaders("该企业成长为链主。")


def test_an_english_title_keeps_a_list_inside_an_offices_name() -> None:
    text = ("Zhou Minghui, director of the district's science, technology and industry bureau and deputy chain "
            "chief of the medical devices chain, said the office had handled 118 requests.")
    found = [(r.person, r.title, r.role) for r in find_leaders(text)]
    assert found == [("Zhou Minghui", "director of the district's science, technology and industry bureau",
                      "deputy_chain_leader")]


def test_totals_and_parts_of_chain_masters_in_round_29_sentences() -> None:
    assert not find_leaders("江苏省泰州市上月公布新一批生物医药产业链链主企业名单。")  # a list's name
    found = [(r.text, r.count) for r in find_leaders(
        "全省13个设区市目前共认定产业链链主企业约680家，其中台资企业约40家，主要集中在苏州。")]
    assert found == [("链主企业约680家", 680), ("台资企业约40家", 40)]
    found = [(r.text, r.count) for r in find_leaders("全省累计认定省级链主企业96家，其中2025年新认定21家。")]
    assert found == [("链主企业96家", 96), ("2025年新认定21家", 21)]
    text = "从规模看，第二批链主企业中，上年度营业收入超过50亿元的有4家，10亿元至50亿元的有7家，其余4家为单项冠军。"
    assert [r.count for r in find_leaders(text)] == [4, 7, 4]
    text = ("至此，全省有效期内的省级链主企业共105家。从企业规模看，上年度营业收入超过100亿元的9家，"
            "50亿元至100亿元的11家。从地区分布看，唐山市入选8家，为各设区市最多。")
    assert [r.count for r in find_leaders(text)] == [105, 9, 11, 8]
    assert not find_leaders("全市规上企业1200家。从规模看，营收超亿元的有40家。")


def test_the_parts_a_total_of_chain_masters_is_broken_into() -> None:
    text = "评价结果显示，参评的21家链主企业中，A等次9家、B等次9家、C等次2家、D等次1家。"
    found = [(r.text, r.person, r.count) for r in find_leaders(text)]
    assert found == [("21家链主企业", None, 21), ("9家", None, 9), ("9家", None, 9), ("2家", None, 2), ("1家", None, 1)]
    found = [(r.text, r.count) for r in find_leaders("截至6月底，我省已认定省级链主企业87家，其中上半年新认定12家；"
                                                      "这87家链主企业带动省内配套企业超过3200家。")]
    assert ("12家", 12) in found and not any(r[1] == 3200 for r in found)  # (配套企业: other firms)
    found = [(r.count, r.chain, r.person) for r in find_leaders(
        "新能源产业链目前有链主企业3家，其中光伏组件企业2家、储能电池企业1家。") if r.role == "chain_master"]
    assert (1, "新能源产业链", None) in found and not any(person for *_x, person in found)  # (光伏: a kind, no firm)
    # the breakdown a sentence after the total opens (从所有制看，…)
    text = "链主企业26家。从所有制看，民营企业17家，国有及国有控股企业7家，外商投资企业2家。"
    assert [r.count for r in find_leaders(text)] == [26, 17, 7, 2]
    # a goal's parts are goals; a change, an ordinal or each chain's share is no part
    text = "提出到2028年：链主企业总数达到10家以上，其中营收超50亿元的2家、超30亿元的4家。"
    assert [r.count for r in find_leaders(text) if r.count in (2, 4)] == []
    assert [r.count for r in find_leaders("全市共认定链主企业58家，其中台资企业7家，比去年多出3家。")] == [58, 7]
    assert 9 not in [r.count for r in find_leaders("它是昆山47家链主企业中的第9家台资链主。")]


def test_english_table_main_chain_master_column_and_cells_of_posts_only() -> None:
    text = ("No. | Industrial chain | Chain chief | Deputy chain chiefs | Main chain master enterprises\n"
            "1 | Smart grid equipment | Vice Mayor Zhou Jianhua | Director, Municipal Bureau of Commerce; Pan Lixin "
            "(Director, New Area Management Committee) | Huatong Electric Co., Ltd.; Tianyuan Switchgear Co., Ltd.\n"
            "2 | New energy | Vice Mayor Sheng Yu | Director, Municipal Development and Reform Commission; Jurong "
            "Municipal People's Government (Mayor) | Runzhou Solar Technology Co., Ltd.\n")
    found = [(r.text, r.role, r.chain) for r in find_leaders(text)]
    assert ("Huatong Electric Co., Ltd.", "chain_master", "smart grid equipment chain") in found
    assert ("Runzhou Solar Technology Co., Ltd.", "chain_master", "new energy chain") in found
    assert ("Director, Municipal Bureau of Commerce", "deputy_chain_leader", "smart grid equipment chain") in found
    assert ("Jurong Municipal People's Government (Mayor)", "deputy_chain_leader", "new energy chain") in found
    assert ("Director, Municipal Development and Reform Commission", "deputy_chain_leader", "new energy chain") in found


def test_a_chain_office_head_column_in_a_roster_table() -> None:
    text = ("序号｜产业链｜链长｜牵头部门｜链办主任｜专职联络员（名）\n"
            "1｜商贸物流｜副市长 刘文杰｜市商务局｜周建平｜3\n"
            "2｜电子信息｜副市长 覃雪梅｜市工信局｜田丽君｜3\n")
    found = [(r.person, r.title, r.role, r.chain) for r in find_leaders(text)]
    assert ("周建平", "链办主任", "official", "商贸物流产业链") in found
    assert ("田丽君", "链办主任", "official", "电子信息产业链") in found
    assert ("刘文杰", "副市长", "chain_leader", "商贸物流产业链") in found


def test_the_parts_of_a_reshuffle_of_chain_chiefs() -> None:
    found = [(r.text, r.role, r.count) for r in find_leaders("本次调整涉及链长4名，其中新任3名、调整链别1名。")]
    assert found == [("链长4名", "chain_leader", 4), ("新任3名", "chain_leader", 3), ("调整链别1名", "chain_leader", 1)]
    text = "本次共调整链长、副链长11人次，其中新任链长3名、新任副链长2名，调整分工2名，不再担任4名。"
    found = [(r.role, r.count) for r in find_leaders(text)]
    assert ("chain_leader", 3) in found and ("deputy_chain_leader", 2) in found and ("chain_leader", 2) in found
    assert [r.count for r in find_leaders(text)].count(3) == 1  # (新任链长3名: one record, not two)
    assert ("chain_leader", 4) not in found  # (不再担任4名: former chiefs)


def test_chinese_chiefs_handing_a_chain_over_and_taking_it() -> None:
    def people(text: str) -> list[tuple[str | None, str | None, str | None]]:
        return [(r.person, r.role, r.chain) for r in find_leaders(text) if r.person]

    text = "4月，索南才让接替调任外省工作的李卫东，出任光伏制造产业链链长。"
    assert ("李卫东", "chain_leader", "光伏制造产业链") in people(text)
    text = "彭晓岚同志（副区长）任生命健康产业链链长，接替因到龄退休不再担任的胡立伟同志。"
    assert ("胡立伟", "chain_leader", "生命健康产业链") in people(text)
    text = "超硬材料产业链换了链长：前任刘博远升任省委常委、秘书长后卸任，接棒的是副省长孔令杰。"
    assert ("刘博远", "chain_leader", "超硬材料产业链") in people(text)
    text = "新能源电池产业链的链长，是今年4月才上任的副市长余颖思。她的前任、原副市长叶柏涛已调任省直部门。"
    found = [(r.person, r.title, r.chain) for r in find_leaders(text) if r.person]
    assert ("叶柏涛", "原副市长", "新能源电池产业链") in found
    text = ("新型电力装备产业链原由时任副市长李国栋担任链长；2024年7月李国栋调往省直单位工作后，"
            "接手的是林志远（市委常委、常务副市长）。")
    assert ("林志远", "chain_leader", "新型电力装备产业链") in people(text)
    text = "他今年2月起担任全区汽车产业链副链长，接替的是调任河池市委书记的原厅长梁国平。"
    assert ("梁国平", "deputy_chain_leader", "汽车产业链") in people(text)
    text = "孙若兰今年2月才接手半导体及集成电路产业链；航空产业链原链长、前副省长汪慕白去年底调往国家部委。"
    assert ("汪慕白", "chain_leader", "航空产业链") in people(text)
    assert not people("他接替王建国出任县农业农村局局长。")  # (no chain role: no chief)


def test_a_table_of_chiefs_before_and_after_a_change() -> None:
    text = ("省份｜产业链｜原链长｜现任链长｜调整月份\n"
            "安徽｜新能源汽车｜韦国栋｜沈立言｜6月\n河南｜超硬材料｜刘博远｜孔令杰｜8月\n")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text)]
    assert found == [("韦国栋", "chain_leader", "新能源汽车产业链"), ("沈立言", "chain_leader", "新能源汽车产业链"),
                     ("刘博远", "chain_leader", "超硬材料产业链"), ("孔令杰", "chain_leader", "超硬材料产业链")]


def test_parts_of_chiefs_after_a_total_and_a_deputy_post_of_the_chain_named_before() -> None:
    text = "秦皇岛18位链长中，市委常委7位、副市长6位，其余5位由市人大常委会、市政协领导担任。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("18位链长", 18), ("市委常委7位", 7), ("副市长6位", 6), ("其余5位", 5)]
    found = [(r.text, r.title, r.role) for r in find_leaders(
        "力争到明年底提高到60%。据了解，该链副链长由省发展改革委主要负责同志担任。")]
    assert found == [("副链长由省发展改革委主要负责同志", "省发展改革委主要负责同志", "deputy_chain_leader")]


def test_english_chiefs_who_handed_a_chain_over() -> None:
    def people(text: str) -> list[tuple[str | None, str | None, str | None]]:
        return [(r.person, r.title, r.chain) for r in find_leaders(text) if r.person]

    text = ("Vice Mayor Hua Jing took over as chain chief of the eyeglasses and optics chain in August 2025 from "
            "Vice Mayor Liu Weiping, who was transferred to Yangzhou.")
    assert ("Liu Weiping", "Vice Mayor", "eyeglasses and optics chain") in people(text)
    text = ("The chain chief of the auto chain is Vice Mayor Xue Lanying. She replaced Zhu Wenbin, who was made "
            "Party secretary of Dongtai.")
    assert ("Zhu Wenbin", None, "auto chain") in people(text)
    text = "Tan Xuefeng took over the truck chain in January, when his predecessor Gu Minghui was moved to Wuhan."
    assert ("Gu Minghui", None, "truck chain") in people(text)  # (taking a chain over: a chief's act)
    text = "Tan Xuefeng took over the family firm in January from his predecessor Gu Minghui, his uncle."
    assert [p for p in people(text) if p[0] == "Gu Minghui"] == []  # (no chief's role in sight: no record)
    text = ("The textiles chain is the city's oldest. Secretary-General Liu Yong, who took over the chain in December "
            "from Vice Mayor Song Tao, will lead a mission to Guangdong.")
    assert ("Song Tao", "Vice Mayor", "textiles chain") in people(text)


def test_english_parts_of_chain_masters_in_a_batch_or_at_least_some_of_them() -> None:
    text = ("By the end of the year the city had recognized 23 chain master enterprises, including 6 in the third "
            "batch published in September.")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("23 chain master enterprises", 23), ("6", 6)]
    text = ("Liaoning has named 310 chain master enterprises across its 22 provincial key chains since 2023, and at "
            "least six of them have sold bonds this year.")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("310 chain master enterprises", 310), ("six", 6)]


def test_firms_listed_side_by_side_as_chain_masters() -> None:
    text = ("厦门市日前公布2026年度重点产业链「链主」企业名单，台资永捷电机（厦门）有限公司与陆资的厦门宏晖电气、"
            "思明开关集团并列电力电器产业链链主。")
    found = [(r.text, r.chain) for r in find_leaders(text) if r.person]
    assert found == [("永捷电机（厦门）有限公司", "电力电器产业链"), ("厦门宏晖电气", "电力电器产业链"),
                     ("思明开关集团", "电力电器产业链")]
    text = "全市共认定链主企业32家，其中光电显示产业链新认定5家，台股挂牌的晶耀光电、台崧精密与鼎泰化材3家台厂在列。"
    assert [r.text for r in find_leaders(text) if r.person] == ["晶耀光电", "台崧精密", "鼎泰化材"]
    # (as many firms as the sentence counts; none when the list is no firms)
    text = "今年的链主名单公布后，晶耀光电、台崧精密与鼎泰化材{}家台厂在列。"
    assert [r.text for r in find_leaders(text.format(3)) if r.person] == ["晶耀光电", "台崧精密", "鼎泰化材"]
    assert [r.text for r in find_leaders(text.format(4)) if r.person] == []


def test_english_a_box_of_chain_chiefs_and_a_table_of_former_and_new_chiefs() -> None:
    text = ("Box: Chain chiefs of Ankang's key industrial chains (as adjusted in December 2025)\n"
            "General chain chief: Zhao Jingrui, Secretary of the CPC Ankang Municipal Committee\n"
            "1. Selenium-enriched food: Vice Mayor Chen Xiaoyu; deputy chain chief: Director of the Bureau\n"
            "2. Plush toys and cultural-creative products: Xu Mingyuan (Executive Vice Mayor)\n")
    found = [(r.person, r.title, r.role, r.chain) for r in find_leaders(text) if r.person]
    assert ("Chen Xiaoyu", "Vice Mayor", "chain_leader", "selenium-enriched food chain") in found
    assert ("Xu Mingyuan", "Executive Vice Mayor", "chain_leader", "plush toys and cultural-creative products chain") \
        in found
    assert not [f for f in found if f[3] and "general" in f[3]]  # (a role's label is no chain)
    text = ("Chain | Former chain chief | New chain chief | 2025 revenue (billion yuan)\n"
            "New materials | Fang Zhiyuan | Yao Lin | 405.7\n")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text) if r.person]
    assert found == [("Fang Zhiyuan", "chain_leader", "new materials chain"),
                     ("Yao Lin", "chain_leader", "new materials chain")]


def test_chinese_chiefs_by_rank_in_prose_and_in_a_table_by_place() -> None:
    text = "12条重点产业链分别由11位市领导担任链长，其中市委常委3位、副市长6位、市人大常委会和市政协领导2位。"
    assert [(r.text, r.count) for r in find_leaders(text)][1:] == [
        ("市委常委3位", 3), ("副市长6位", 6), ("市人大常委会和市政协领导2位", 2)]
    text = "23位链长之中，市委常委7位、副市长9位，其余7位是市人大常委会和市政协的领导。"
    assert [r.count for r in find_leaders(text)] == [23, 7, 9, 7]
    text = ("省份｜重点产业链（条）｜省级领导任链长（位）｜厅级领导任链长（位）\n"
            "浙江｜15｜11｜4\n")
    assert [(r.text, r.count, r.rank) for r in find_leaders(text)] == [("11", 11, "省级"), ("4", 4, "厅级")]


def test_english_table_chain_office_heads_footnoted_chiefs_and_deputy_posts() -> None:
    text = ("No.\tIndustrial chain\tChain chief\tDeputy chain chief(s)\tChain office (head)\n"
            "1\tAluminium deep processing\tLiu Changhai (Deputy Director, Management Committee)*\t"
            "Director, Economic Development Bureau; Deputy Director, Tongliao Municipal Bureau of Agriculture\t"
            "Economic Development Bureau (Ma Jun)\n")
    found = [(r.text, r.role, r.chain) for r in find_leaders(text)]
    chain = "aluminium deep processing chain"
    assert ("Liu Changhai", "chain_leader", chain) in found
    assert ("Ma Jun", "official", chain) in found
    assert ("Deputy Director, Tongliao Municipal Bureau of Agriculture", "deputy_chain_leader", chain) in found


def test_a_table_its_caption_says_counts_chain_masters() -> None:
    text = ("武汉市级链主企业名单变动（单位：家）\n"
            "产业链|2024年名单|出局|新增|2026年名单\n"
            "光电子信息|12|2|1|11\n"
            "新能源与智能网联汽车|10|1|5|14\n"
            "生物医药及医疗器械|8|1|2|9\n"
            "合计|58|7|9|60\n")
    found = [(r.text, r.chain, r.rank) for r in find_leaders(text)]
    assert ("11", "光电子信息产业链", "市级") in found and ("60", None, "市级") in found
    groups = [(r.chain, r.count) for r in find_leaders(text)]
    assert ("光电子信息产业链", 2) not in groups and (None, 7) not in groups  # (the firms dropped: no group)


def test_a_chain_offices_staff_counted_is_a_group_of_officials() -> None:
    text = "文旅会展商贸产业链链办设在经济发展局，链办主任由处长梁颖诗担任，链办现有工作人员七名，其中三名为澳门居民。"
    found = [(r.text, r.role, r.count, r.chain) for r in find_leaders(text) if r.count]
    assert found == [("工作人员七名", "official", 7, "文旅会展商贸产业链")]
    text = "市链办下设4个工作组，从9个部门抽调18名工作人员集中办公。"
    assert [(r.text, r.count, r.chain) for r in find_leaders(text) if r.count] == [("18名工作人员", 18, None)]
    text = "各县（市、区）链办要在10月底前配备不少于2名专职工作人员。"
    assert not [r for r in find_leaders(text) if r.count]  # (a quota for each office, no group)
    text = "Lin is the chain chief of the deep-sea chain. She runs a chain office of nine people."
    assert [(r.text, r.role, r.count) for r in find_leaders(text) if r.count] == [("nine people", "official", 9)]


def test_english_a_part_of_the_chain_masters_counted_before_its_noun_left_out() -> None:
    text = ("Xiamen named 14 chain master enterprises on Wednesday. Eleven of the 14 trade in Shanghai, Shenzhen or "
            "Hong Kong.")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("14 chain master enterprises", 14), ("Eleven", 11)]


def test_english_chain_headings_with_their_roster_in_brackets_over_numbered_firms() -> None:
    text = ("I. List of the first batch of chain master enterprises\n\n"
            "(1) Modern chemical industrial chain [Chain chief: Vice Governor Luo Wenkai; Deputy chain chief: Director "
            "of the Provincial Department of Industry]\n"
            "1. Guizhou Kaiyang Phosphorus Chemical Group Co., Ltd.\n"
            "2. Fuquan Lintian New Energy Materials Co., Ltd.\n\n"
            "(2) Tea industrial chain [Chain chief: Vice Governor Xie Yanling (concurrently); Deputy chain chiefs: "
            "Long Xiaofei, Director of the Provincial Department of Agriculture]\n"
            "3. Meitan Cuiya Tea Co., Ltd.\n")
    found = [(r.text, r.role, (r.chain or "").lower()) for r in find_leaders(text)]
    chem, tea = "modern chemical industrial chain", "tea industrial chain"
    assert ("Luo Wenkai", "chain_leader", chem) in found
    assert ("Deputy chain chief: Director of the Provincial Department of Industry", "deputy_chain_leader", chem) \
        in found
    assert ("Fuquan Lintian New Energy Materials Co., Ltd.", "chain_master", chem) in found
    assert ("Xie Yanling", "chain_leader", tea) in found and ("Long Xiaofei", "deputy_chain_leader", tea) in found
    assert ("Meitan Cuiya Tea Co., Ltd.", "chain_master", tea) in found


def test_an_english_table_by_city_captioned_as_counting_chain_masters() -> None:
    text = ("Table 2. First batch of chain master enterprises by city (prefecture) (unit: enterprises)\n"
            "City (prefecture) | Number\nGuiyang | 3\nZunyi | 4\nAnshun | 3\nTotal | 10\n")
    found = [(r.text, r.role, r.count, r.chain) for r in find_leaders(text)]
    assert ("4", "chain_master", 4, None) in found and ("10", "chain_master", 10, None) in found


def test_an_english_table_counting_chain_chiefs_by_rank_one_rank_a_row() -> None:
    text = ("Table 1. Provincial chain-chief posts by rank of holder, as of 30 September 2026\n"
            "Rank | Shandong | Hunan | Sichuan | Total\n"
            "Party secretary or governor | 1 | 1 | 1 | 3\n"
            "Vice governor | 11 | 5 | 12 | 28\n"
            "All posts | 16 | 14 | 20 | 50\n"
            "Key chains | 16 | 14 | 16 | 46\n")
    found = [(r.text, r.count, r.rank) for r in find_leaders(text)]
    assert ("28", 28, "vice governor") in found and ("50", 50, None) in found
    assert not [f for f in found if f[0] == "46"]  # (chains counted, no chiefs)


def test_english_the_parts_a_count_of_chain_masters_is_broken_into() -> None:
    text = "The chains have 31 chain master enterprises, of which 19 are private firms and 4 are foreign-invested."
    assert [r.count for r in find_leaders(text)] == [31, 19, 4]
    text = ("In 2025, the 19 chain master enterprises had revenue of 412 billion yuan. Among them, 7 have revenue of "
            "more than 10 billion yuan, 5 are listed companies, and 2 have been recognised as national champions.")
    assert [r.count for r in find_leaders(text)] == [19, 7, 5, 2]


def test_chinese_the_number_of_chiefs_after_it_changes_and_its_parts() -> None:
    text = "黑龙江把省级链长由23位精简为14位：其中省委常委5位、副省长7位，其余2位由省人大常委会和省政协领导担任。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("14位", 14), ("省委常委5位", 5), ("副省长7位", 7), ("其余2位", 2)]
    assert [(r.role, r.count) for r in find_leaders("该链副链长由2名调整为1名。")] == [("deputy_chain_leader", 1)]


def test_a_roster_lists_firms_closed_by_deng_once() -> None:
    text = "（一）柳编工艺品产业链\n链主企业：安徽淮柳工艺品集团有限公司、阜南县瑞丰柳木制品有限公司等\n"
    assert [r.person for r in find_leaders(text) if r.person] == [
        "安徽淮柳工艺品集团有限公司", "阜南县瑞丰柳木制品有限公司"]


def test_chinese_the_subject_named_at_a_sentences_start_takes_the_role_its_verb_gives() -> None:
    text = "他叫蒙建华，是自治区工业和信息化厅厅长，今年2月起担任全区汽车产业链副链长。"
    assert [(r.text, r.title, r.role, r.chain) for r in find_leaders(text)] == [
        ("蒙建华", "自治区工业和信息化厅厅长", "deputy_chain_leader", "汽车产业链")]
    text = "刘建华同志调任市直单位，不再担任智能装备、汽车零部件产业链链长。"
    assert [r.text for r in find_leaders(text)].count("刘建华") <= 1  # (roles left: not moved to the name)


def test_a_role_label_spaced_out_for_layout_in_a_roster() -> None:
    text = "（一）柳编工艺品产业链\n链　长：县委副书记、县长　王立新\n副链长：副县长　孙晓梅\n"
    found = [(r.text, r.role, r.chain) for r in find_leaders(text)]
    assert found == [("王立新", "chain_leader", "柳编工艺品产业链"),
                     ("孙晓梅", "deputy_chain_leader", "柳编工艺品产业链")]
    assert all(text[r.start:r.end] == r.text for r in find_leaders(text))  # (the same offsets, the text's own)


def test_english_a_role_in_brackets_right_after_a_name_on_each_chain_it_names() -> None:
    text = ("Vice Mayor Shen Ke (chain chief of the smart grid chain and of the rail transit equipment chain) reported "
            "that the chain signed 14 projects.")
    found = [(r.text, r.person, r.title, r.chain) for r in find_leaders(text)]
    assert found == [("Shen Ke", "Shen Ke", "Vice Mayor", "smart grid chain"),
                     ("rail transit equipment chain", "Shen Ke", "Vice Mayor", "rail transit equipment chain")]


def test_firms_after_a_first_one_set_apart_and_no_slogans_or_projects() -> None:
    text = ("该链目前共有链主企业6家，除康远外，还包括泰和药业集团、凤城生物、江淮疫苗、海陵制药、"
            "天德医疗器械等5家本土企业。")
    found = [(r.text, r.count) for r in find_leaders(text)]
    assert found[1:] == [("泰和药业集团", None), ("凤城生物", None), ("江淮疫苗", None), ("海陵制药", None),
                         ("天德医疗器械", None), ("5家本土企业", 5)]
    assert not find_leaders("链主企业：订单留在县内 配套就在身边")
    assert not [r for r in find_leaders("铜箔、铜杆线等下游项目也跟着链主“落地生根”，去年新引进项目23个。") if r.person]
    found = [r.person for r in find_leaders("同为链主企业的河北锐拓过滤科技股份有限公司是国家级专精特新“小巨人”企业。")]
    assert found == ["河北锐拓过滤科技股份有限公司"]
    text = "链主企业是单晶硅片大厂秦岭光能；航空产业链链长由严国栋担任。"
    found = [r.person for r in find_leaders(text) if r.role == "chain_master"]
    assert found == ["秦岭光能"]  # (光|能: a firm's name may end in a verb)


def test_chain_office_officials_titled_in_full() -> None:
    found = [(r.person, r.role, r.chain) for r in find_leaders(
        "景德镇市陶瓷产业链链长办公室主任、市工业和信息化局局长万建平补充，香港是超级联系人。")]
    assert found == [("万建平", "official", "陶瓷产业链")]
    found = [(r.person, r.title) for r in find_leaders(
        "省工业和信息化厅产业链推进处处长、省链长制办公室综合协调组组长廖晓琳介绍。")]
    assert found == [("廖晓琳", "省工业和信息化厅产业链推进处处长、省链长制办公室综合协调组组长")]
    found = [(r.person, r.chain) for r in find_leaders(
        "副市长、电力装备产业链链长郑伟明出席并致辞，市政府副秘书长、市重点产业链链长制工作办公室常务副主任马佳宁主持推介会。")]
    assert found == [("郑伟明", "电力装备产业链"), ("马佳宁", None)]  # the office serves every chain


def test_english_chain_chiefs_by_surname_later_and_through_a_time_aside() -> None:
    text = ("At half past eight, Xie Hongbo walked between stacks of kiln-dried oak at Longhui Home Furnishing Co. "
            "Xie, a vice-mayor of Ganzhou, is chain chief of the city's modern furniture industrial chain.")
    found = [(r.person, r.title, r.chain) for r in find_leaders(text) if r.person]
    assert ("Xie Hongbo", "vice-mayor of Ganzhou", "modern furniture industrial chain") in found
    text = ("That official is Guo Ruifeng, a vice-mayor of Luoyang and, since 2023, \"chain chief\" of the city's "
            "bearing industrial chain, one of 16 key chains.")
    assert [(r.person, r.title, r.role) for r in find_leaders(text)] == [
        ("Guo Ruifeng", "vice-mayor of Luoyang", "chain_leader")]


def test_english_parts_factbox_labels_and_per_chain_chiefs() -> None:
    text = "The city has identified 46 chain master enterprises, and 9 of them had revenue above 10 billion yuan."
    assert [(r.text, r.count) for r in find_leaders(text)] == [("46 chain master enterprises", 46), ("9", 9)]
    text = ("The bearing industrial chain is one of 16.\n\nIn figures\n- Chain masters: 3; suppliers: 1,140\n"
            "- Deputy chain chiefs: 2\n")
    found = [(r.text, r.role, r.count) for r in find_leaders(text)]
    assert ("3", "chain_master", 3) in found and ("2", "deputy_chain_leader", 2) in found
    text = ("Its 14 chains are headed by 17 municipal leaders, with the three largest chains sharing two chain "
            "chiefs each.")
    assert [r.count for r in find_leaders(text)] == [17]
    text = "The city has fifteen chains but only twelve chain chiefs, because three vice-mayors each lead two."
    assert 3 in [r.count for r in find_leaders(text)]


def test_english_chain_masters_listed_after_a_colon_and_named_in_full_before() -> None:
    text = ("Luoyang's bearing industrial chain is one of 16. Three companies have been designated the chain's "
            "\"chain masters\", expected to anchor it and pull suppliers in behind them: Zhongyuan Precision Bearing, "
            "the privately owned maker of the wind-turbine rings; state-owned Luoyang Heavy Bearing Group; and "
            "Yiluo Rolling Technology, which makes rollers.")
    found = [(r.text, r.count) for r in find_leaders(text) if r.role == "chain_master"]
    assert found == [("Three companies", 3), ("Zhongyuan Precision Bearing", None),
                     ("Luoyang Heavy Bearing Group", None), ("Yiluo Rolling Technology", None)]
    # as many names as the group counts, or none
    text = "Two companies were named the chain's chain masters, the officials said: output rose and Ningbo grew."
    assert [r.text for r in find_leaders(text)] == ["Two companies"]
    text = ("Xie Hongbo walked between stacks of oak at Longhui Home Furnishing Co. in Nankang. Xie, a vice-mayor, "
            "is chain chief of the city's furniture industrial chain, and Longhui is one of the chain's five chain "
            "master enterprises.")
    assert "Longhui Home Furnishing Co." in [r.text for r in find_leaders(text)]


def test_round_30_breakdowns_by_chain_and_bracketed_titles() -> None:
    text = "去年8月，县里认定了首批6家链主企业，其中冷链装备产业链3家、绿色食品产业链2家、新能源新材料产业链1家。"
    found = [(r.text, r.count, r.chain) for r in find_leaders(text)]
    assert found == [("6家链主企业", 6, None), ("3家", 3, "冷链装备产业链"), ("2家", 2, "绿色食品产业链"),
                     ("1家", 1, "新能源新材料产业链")]
    text = "全区共认定链主企业146家，其中年营业收入超过100亿元的有19家，介乎50亿元至100亿元的有31家，其余96家。"
    assert [r.count for r in find_leaders(text)] == [146, 19, 31, 96]
    assert [r.text for r in find_leaders("全市目前共认定链主企业58家，其中第二批新增17家。")] == [
        "链主企业58家", "第二批新增17家"]
    text = ("出席会议的还有韩冬梅（市委常委、副市长、新能源汽车产业链链长），"
            "于建华（核电装备产业链副链长、市发展改革委主任）等。")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text)]
    assert found == [("韩冬梅", "chain_leader", "新能源汽车产业链"),
                     ("于建华", "deputy_chain_leader", "核电装备产业链")]
    text = "链主企业代表、浙江金工电器股份有限公司董事长吴建平作交流发言。"
    assert not [r for r in find_leaders(text) if r.person == "代表"]
    assert not find_leaders("农行烟台分行以链主企业为切入点，为产业链量身定制金融服务方案。")


def test_round_30_english_chain_chiefs() -> None:
    text = ("When spring orders began to pile up, Meng Qingsong did not wait.\n\nMeng, deputy head of Cao county in "
            "East China's Shandong Province, has been chain chief of the county's Hanfu and performance costume "
            "industrial chain since the county adopted the system.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Meng Qingsong", "Hanfu and performance costume industrial chain")]
    text = ("Heze has made the Hanfu chain one of its 12 key chains. Its chain chief at the city level is Vice Mayor "
            "Gao Jianwei.")
    assert [(r.person, r.title) for r in find_leaders(text) if r.person] == [("Gao Jianwei", "Vice Mayor")]
    text = ("In a reshuffle announced alongside the new list, Tang Weiming will succeed Lu Jiaqiang as chain chief of "
            "the province's silicon-based new materials industrial chain, the government said.")
    assert ("Tang Weiming", "chain_leader") in [(r.person, r.role) for r in find_leaders(text)]


def test_a_tab_separated_roster_with_count_columns() -> None:
    text = ("附表：各产业链督查发现问题整改情况\n\n产业链\t链长\t发现问题（个）\t已整改（个）\t整改完成率\n"
            "光机电\t郝建军\t6\t6\t100%\n煤层气（氢能）\t吴振华\t5\t5\t100%\n精密铸造\t段晓明\t4\t4\t100%\n"
            "合计\t—\t15\t15\t100%\n")
    found = [(r.person, r.chain) for r in find_leaders(text)]
    assert ("段晓明", "精密铸造产业链") in found and ("郝建军", "光机电产业链") in found
    assert len(found) == 3


def test_firms_right_after_a_total_a_partner_in_a_joint_venture_and_a_chains_intake() -> None:
    text = to_simplified("新能源汽車產業鏈由副主席韋振邦擔任鏈長。該鏈現有鏈主企業7家，柳江汽車集團、"
                         "桂通新能源汽車有限公司、邕州動力電池有限公司及八桂電驅科技股份有限公司等3家為本地企業。")
    found = [(r.text, r.count, r.chain) for r in find_leaders(text) if r.role == "chain_master"]
    assert found == [("链主企业7家", 7, "新能源汽车产业链"), ("柳江汽车集团", None, "新能源汽车产业链"),
                     ("桂通新能源汽车有限公司", None, "新能源汽车产业链"),
                     ("邕州动力电池有限公司", None, "新能源汽车产业链"),
                     ("八桂电驱科技股份有限公司", None, "新能源汽车产业链"), ("3家", 3, "新能源汽车产业链")]
    text = "目前全市5条重点产业链共认定链主企业14家，今年以来链长、副链长累计走访企业526家次。"
    assert not [r for r in find_leaders(text) if r.person]
    text = to_simplified("是鏈主企業柳江汽車集團與澳門濠江實業投資有限公司合資建設的服務中心。")
    assert [r.person for r in find_leaders(text)] == ["柳江汽车集团"]
    text = to_simplified("周口市日前公布第二批重點產業鏈「鏈主」企業名單，鞋業產業鏈共有5家入選，其中台資占3家，"
                         "分別為冠宇國際旗下的冠宇（周口）鞋業、鼎聖製鞋及隆興鞋材。")
    found = [(r.text, r.count, r.chain) for r in find_leaders(text)]
    assert found == [("5家", 5, "鞋业产业链"), ("3家", 3, "鞋业产业链"), ("冠宇（周口）鞋业", None, "鞋业产业链"),
                     ("鼎圣制鞋", None, "鞋业产业链"), ("隆兴鞋材", None, "鞋业产业链")]


def test_chain_masters_counted_place_by_place_with_the_noun_left_out() -> None:
    text = ("Jiangsu lists 286 chain master enterprises and Zhejiang 231, while Shandong, which began naming them "
            "in 2021, has 198, according to figures compiled by Reuters.")
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("286 chain master enterprises", 286), ("231", 231), ("198", 198)]


def test_a_post_held_by_the_head_of_a_named_office() -> None:
    text = "二是新设低空经济产业链，由副省长韩东升担任链长，省发展改革委主要负责同志任副链长；三是调整了链长。"
    found = [(r.text, r.person, r.title, r.role, r.chain) for r in find_leaders(text)]
    assert ("韩东升", "韩东升", "副省长", "chain_leader", "低空经济产业链") in found
    assert ("省发展改革委主要负责同志任副链长", None, "省发展改革委主要负责同志", "deputy_chain_leader",
            "低空经济产业链") in found
    text = ("（三）户外休闲用品产业链\n链长：金晓峰（县人大常委会副主任）\n"
            "副链长：朱国强（县商务局局长）、县投资促进中心主要负责同志\n（四）短途交通工具产业链\n"
            "链长：吴建波（县政府副县长）\n副链长：县经信局主要负责同志\n")
    found = [(r.text, r.role, r.chain) for r in find_leaders(text) if r.person is None]
    assert found == [("县投资促进中心主要负责同志", "deputy_chain_leader", "户外休闲用品产业链"),
                     ("副链长：县经信局主要负责同志", "deputy_chain_leader", "短途交通工具产业链")]


def test_a_role_whose_holder_is_named_after_it_by_office_or_by_both_posts() -> None:
    text = "唐山市長韓立峰親自兼任精品鋼鐵產業鏈鏈長，副鏈長由市發展改革委主要負責同志擔任；"
    found = [(r.text, r.person, r.title, r.role, r.chain) for r in find_leaders(to_simplified(text))]
    # 唐山市|长韩立峰: the city's 市 opens the mayor's title, though jieba keeps 唐山市 whole
    assert found == [("韩立峰", "韩立峰", "唐山市长", "chain_leader", "精品钢铁产业链"),
                     ("副链长由市发展改革委主要负责同志", None, "市发展改革委主要负责同志", "deputy_chain_leader",
                      "精品钢铁产业链")]
    text = "其中电线电缆产业链由市委副书记、市长担任链长，仪器仪表产业链由市委常委、常务副市长担任链长。"
    found = [(r.text, r.title, r.chain) for r in find_leaders(text)]
    assert found == [("市委副书记、市长担任链长", "市委副书记、市长", "电线电缆产业链"),
                     ("市委常委、常务副市长担任链长", "市委常委、常务副市长", "仪器仪表产业链")]
    assert find_leaders("唐山市长期以来重视钢铁产业链。") == []


@pytest.mark.parametrize("text", [
    "建立了由省领导任链长，牵头厅局主要负责同志任副链长的工作架构。",  # each chain's lead office: no one office
    "每条产业链设副链长1名，由一名省政府副秘书长或省直部门主要负责同志担任。",
    "会议要求各有关部门主要负责同志任副链长的要切实履职。",
])
def test_the_head_of_an_office_in_general_is_no_leader(text: str) -> None:
    assert [r for r in find_leaders(text) if r.title and "主要负责" in r.title] == []


def test_round_31_english_breakdowns_both_chains_and_in_charge_as() -> None:
    text = ("The 13 chains will be led by 16 regional officials. Of them, five sit on the standing committee of the "
            "regional Party committee and the other 11 are vice chairmen of the regional government.")
    found = [(r.text, r.role, r.count) for r in find_leaders(text)]
    assert ("five", "chain_leader", 5) in found and ("11", "chain_leader", 11) in found
    text = "Of the 41 chain master enterprises, 23 are state-owned and 18 are private."
    assert [(r.text, r.role, r.count, r.rank) for r in find_leaders(text)] == [
        ("41 chain master enterprises", "chain_master", 41, None), ("23", "chain_master", 23, None),
        ("18", "chain_master", 18, None)]
    text = ("Vice Mayor Zhu Qingping serves as chain chief of both the high-end equipment industrial chain and the "
            "new materials industrial chain.")
    assert [(r.text, r.person, r.chain) for r in find_leaders(text)] == [
        ("Zhu Qingping", "Zhu Qingping", "high-end equipment industrial chain"),
        ("new materials industrial chain", "Zhu Qingping", "new materials industrial chain")]
    text = ("Zhaoqing has put executive vice-mayor Tan Guohui in charge as chain chief of the energy storage "
            "industrial chain.")
    assert [(r.text, r.person, r.role) for r in find_leaders(text)] == [("Tan Guohui", "Tan Guohui", "chain_leader")]


def test_round_31_chain_masters_by_place_and_an_owners_share_named() -> None:
    text = to_simplified("竹產業鏈現有鏈主企業６家，其中建甌市３家、邵武市２家、政和縣１家。")
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [
        ("链主企业６家", 6, "竹产业链"), ("３家", 3, "竹产业链"), ("２家", 2, "竹产业链"), ("１家", 1, "竹产业链")]
    text = to_simplified("目前鷹潭共認定鏈主企業11家，其中銅基新材料產業鏈5家，台資占2家，分別是連接器廠信和精密旗下的"
                         "信和電子（鷹潭）及漆包線廠宏鑫線纜。")
    found = [(r.text, r.count, r.chain) for r in find_leaders(text) if r.chain]
    assert found == [("5家", 5, "铜基新材料产业链"), ("2家", 2, "铜基新材料产业链"),
                     ("信和电子（鹰潭）", None, "铜基新材料产业链"), ("宏鑫线缆", None, "铜基新材料产业链")]


def test_round_31_the_total_after_the_years_additions_and_a_place_named_official() -> None:
    found = [(r.text, r.count) for r in find_leaders("全年新认定市级链主企业12家，总数达到31家。")]
    assert found == [("链主企业12家", 12), ("31家", 31)]
    text = "市工业和信息化局副局长、市重点产业链链长制办公室副主任乌兰就《办法》回答了记者提问。"
    assert [(r.text, r.role) for r in find_leaders(text)] == [("乌兰", "official")]
    text = "市重点产业链链长制办公室副主任王兰就《办法》回答了记者提问。"  # 就 closes the name
    assert [r.text for r in find_leaders(text)] == ["王兰"]


def test_a_cluster_named_right_after_an_english_role_is_the_chain_it_leads() -> None:
    text = "Vice Chairman Zhou Hanmin was named chain chief of the oil and gas cluster."
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Zhou Hanmin", "oil and gas cluster")]
    text = "Junggar Petrochemical Co. was named chain master of the oil and gas cluster."
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Junggar Petrochemical Co.", "oil and gas cluster")]


def test_a_predecessor_named_after_will_succeed_held_the_same_role() -> None:
    text = ("In a reshuffle announced alongside the new list, Tang Weiming will succeed Lu Jiaqiang as chain chief "
            "of the province's silicon-based new materials industrial chain.")
    chain = "silicon-based new materials industrial chain"
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("Tang Weiming", "chain_leader", chain), ("Lu Jiaqiang", "chain_leader", chain)]


def test_a_person_introduced_as_x_is_title_then_given_a_chain_role() -> None:
    text = to_simplified("隨團來澳的覃立明是自治區工業和信息化廳廳長，同時擔任新能源汽車產業鏈副鏈長。")
    assert [(r.text, r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("覃立明", "覃立明", "deputy_chain_leader", "新能源汽车产业链")]
    assert [r for r in find_leaders("最重要的是市长的支持。") if r.person] == []


def test_round_32_this_years_part_of_the_total_and_what_chain_masters_are() -> None:
    found = [(r.text, r.count) for r in find_leaders("全区累计认定链主企业68家，其中今年新认定15家。")]
    assert found == [("链主企业68家", 68), ("今年新认定15家", 15)]
    assert find_leaders("潘一鸣：链主企业是链条的核心。") == []


def test_round_32_a_lists_intake_and_a_headlines_firms_listed() -> None:
    text = to_simplified("嘉興市日前公布第三批重點產業鏈「鏈主」企業名單，共18家企業入選，其中台資企業3家，"
                         "分別是汽車零部件產業鏈的平湖敏昶精密、時尚紡織產業鏈的嘉善宏紡纖維及光伏新能源產業鏈的海寧晶旭光電。")
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [
        ("18家", 18, None), ("台资企业3家", 3, None), ("平湖敏昶精密", None, "汽车零部件产业链"),
        ("嘉善宏纺纤维", None, "时尚纺织产业链"), ("海宁晶旭光电", None, "光伏新能源产业链")]
    text = to_simplified("周口鞋業產業鏈公布鏈主名單　3家台廠入列")
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [("3家台厂", 3, "鞋业产业链")]
    assert find_leaders("3家企业入选省级专精特新名单") == []  # no chain-master list


@pytest.mark.parametrize("text", [
    "縣工信、商務、財政、自然資源等１０個部門負責同志及鏈主企業代表４０餘人參加會議。",  # departments
    "協會現有會員企業312家，近3年已有約40家會員企業轉入鏈主的供應體系。",  # members joining the masters' supply
])
def test_round_32_departments_and_suppliers_near_chain_masters_are_none(text: str) -> None:
    assert find_leaders(to_simplified(text)) == []


def test_round_32_a_quoted_role_after_will_succeed_and_a_predecessor_after_took_over_from() -> None:
    text = ('Executive Vice Mayor Tang Yuhang will succeed Liang Shaowen as "chain chief" of the automobile and auto '
            'parts chain, the city government said.')
    assert [(r.person, r.role) for r in find_leaders(text)] == [
        ("Tang Yuhang", "chain_leader"), ("Liang Shaowen", "chain_leader")]
    text = ("Vice Mayor Fang Hui is chief of the automobiles and parts chain. Fang took over the auto chain in March "
            "from Wang Shuhai, who left to become a vice-governor of Hubei province.")
    assert ("Wang Shuhai", "chain_leader") in [(r.person, r.role) for r in find_leaders(text)]


def test_round_32_english_totals_said_otherwise_and_chiefs_named_respectively() -> None:
    text = "The number of chain master enterprises reached 68, including 12 recognized last year."
    assert [(r.text, r.count) for r in find_leaders(text)] == [("68", 68), ("12", 12)]
    text = "Some 120 officials serve as chain chiefs, and 14 companies hold chain master status."
    assert ("14 companies", 14) in [(r.text, r.count) for r in find_leaders(text)]
    text = ("At the meeting, the chain chiefs of the new energy vehicle chain and the marine equipment chain, "
            "Vice-Governors Ma Lihong and Sun Haitao respectively, reported on the work of their chains.")
    assert [(r.text, r.chain, r.title) for r in find_leaders(text)] == [
        ("Ma Lihong", "new energy vehicle chain", "Vice-Governor"),
        ("Sun Haitao", "marine equipment chain", "Vice-Governor")]


@pytest.mark.parametrize("text", [
    "“县里的链长管方向、管大项目，镇里的链长就要管到田间地头。”",  # a slogan, 管 is no surname here
    "一、鏈長管協調，鏈主管帶動",
    "下一步將以軸承產業鏈為樣板，推動各鏈鏈長常態化走訪企業。",
    "建议链主企业研发投入强度原则上不低于3%。",
    "協益精工總經理黃啟銘說，過去台資廠多半是跟著大廠走，如今被認定為鏈主，可以參與制定技術標準。",
    "本文聚焦後者，整理大陸五個製造業大省認定鏈主企業的情形。",
])
def test_round_32_slogans_attributes_and_everyday_words_are_no_leaders(text: str) -> None:
    assert [r for r in find_leaders(to_simplified(text)) if r.person] == []


def test_a_county_chief_named_after_the_chief_role_stays_one() -> None:
    text = to_simplified("縣委書記程建國任總鏈長，縣長任副總鏈長。")
    assert ("程建国", "chief_chain_leader") in [(r.person, r.role) for r in find_leaders(text)]


def test_round_33_two_chains_before_one_role_and_a_role_then_is_title_name() -> None:
    text = "副省长杨晓岚任酱香白酒产业链、特色食品产业链链长。"
    assert [(r.text, r.person, r.chain) for r in find_leaders(text)] == [
        ("杨晓岚", "杨晓岚", "酱香白酒产业链"), ("特色食品产业链链长", "杨晓岚", "特色食品产业链")]
    text = to_simplified("集成電路產業鏈鏈長則是副省長林雅琴，省經信廳廳長方志誠任副鏈長。")
    assert [(r.text, r.role) for r in find_leaders(text)] == [
        ("林雅琴", "chain_leader"), ("方志诚", "deputy_chain_leader")]


@pytest.mark.parametrize("text", [
    "上午10点，他来到离链主企业不到2公里的淮安宏泰电子材料有限公司。",  # near the chain master
    "到2027年，崴晟、鉅翔、旭綸三家來自浙江鏈主的營收合計可望達新台幣150億元。",  # suppliers of masters
    "副市長陳嘉輝於6月5日率領市政府部門及鏈主企業代表團訪港。",
])
def test_round_33_firms_near_suppliers_of_and_delegations_of_chain_masters_are_none(text: str) -> None:
    assert [r for r in find_leaders(to_simplified(text)) if r.role == "chain_master"] == []


def test_round_33_english_gapped_deputies_articles_and_a_firms_suffix_in_a_table() -> None:
    text = ("In total, 27 provincial leaders shall serve as chain chiefs and 34 heads of provincial departments as "
            "deputy chain chiefs.")
    assert ("34 heads", "deputy_chain_leader", 34) in [(r.text, r.role, r.count) for r in find_leaders(text)]
    assert find_leaders("Article 5 Chain chiefs shall visit enterprises on their chains four times a year.") == []
    text = ("Chain | Chain chief | Deputy chain chief | Chain master enterprises | Target\n"
            "Integrated circuits | Zhou Wenbin, Vice Governor | Lu Heping, Director | Suxin Microelectronics Group; "
            "Jinling Semiconductor Equipment Co., Ltd. | 6,500")
    firms = [r.person for r in find_leaders(text) if r.role == "chain_master"]
    assert firms == ["Suxin Microelectronics Group", "Jinling Semiconductor Equipment Co., Ltd."]


def test_round_33_an_earlier_batch_firms_named_among_the_masters_and_a_firms_kind_before_its_name() -> None:
    text = to_simplified("加上2024年首批認定的29家，全省省級鏈主企業增至63家。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("29家", 29), ("链主企业增至63家", 63)]
    text = to_simplified("這次入選的鏈主中，寧波甬馳汽車集團、紹興越芯半導體與桐鄉錦麟紡織集團，"
                         "分別是上述產業鏈的龍頭。")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("宁波甬驰汽车集团", None), ("绍兴越芯半导体", None), ("桐乡锦麟纺织集团", None)]
    text = "该市认定的两家链主企业中，整车企业盐海新能源汽车有限公司2025年营收为173亿元。"
    assert "盐海新能源汽车有限公司" in [r.person for r in find_leaders(text)]


def test_an_untitled_first_full_name_takes_the_role_its_surname_gets_later() -> None:
    text = ("Ran Zhiqiang spent the first week of March in Hungary. Ran is the \"chain chief\" of Meishan's lithium "
            "battery and new materials industrial chain.")
    found = [(r.text, r.person, r.role) for r in find_leaders(text)]
    assert ("Ran Zhiqiang", "Ran Zhiqiang", "chain_leader") in found


def test_a_table_cell_keeps_a_name_the_entity_finder_missed_beside_one_it_found() -> None:
    text = ("Province | Chain | Chain chiefs | Titles\n"
            "Hunan | Engineering machinery | Cao Ruizhi / Tan Mingyuan | Vice-Governor / Party Secretary of Changsha\n"
            "Changsha's co-chief, Tan, chairs a meeting every other week with the chain's three chain masters.")
    found = [(r.person, r.role) for r in find_leaders(text) if r.person]
    assert ("Cao Ruizhi", "chain_leader") in found and ("Tan Mingyuan", "chain_leader") in found
    assert not [p for p, role in found if role == "chain_master"]


def test_round_34_english_colon_list_possessive_chain_master_and_an_aged_surname_appositive() -> None:
    text = "Two chain master enterprises anchor the tea chain: Fengshan Tea and Huaxiang Tea Group."
    assert [r.person for r in find_leaders(text) if r.person] == ["Fengshan Tea", "Huaxiang Tea Group"]
    text = "- FAW Group is the auto chain's chain master; Jilin has named 27 chain masters in all."
    assert ("FAW Group", "chain_master") in [(r.person, r.role) for r in find_leaders(text)]
    text = ("Huang Meizhen is already on the terraces. Huang, 49, is vice-county head of Anxi county in Fujian "
            "province and, since 2023, chain chief of its tea industrial chain, the largest of its six chains.")
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("Huang Meizhen", "tea industrial chain")]


def test_round_34_firms_named_together_a_quoted_role_and_a_ranking_headings_chain() -> None:
    text = to_simplified("去年底，本地龍頭皖江綠源農業集團與台資禾豐園食品（和縣）有限公司"
                         "同獲認定為蔬菜產業鏈「鏈主」企業。")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("皖江绿源农业集团", "蔬菜产业链"), ("禾丰园食品（和县）有限公司", "蔬菜产业链")]
    text = to_simplified("台廠康遠生技獲泰州認定生醫「鏈主」 加碼新台幣52億元擴產")
    assert [r.person for r in find_leaders(text)] == ["康远生技"]
    text = to_simplified("目前已有十餘家台資企業被列為電子資訊產業鏈的「鏈主企業」。")
    assert [r for r in find_leaders(text) if r.person] == []
    text = ("第一名：工程机械产业链（综合得分96.8分）\n链主企业：中联重科股份有限公司、三一集团有限公司\n"
            "第二名：先进储能材料产业链（综合得分95.9分）")
    assert {r.chain for r in find_leaders(text)} == {"工程机械产业链"}
    text = to_simplified("福建公佈2026年省級重點產業鏈鏈主企業名單　9家企業新入選")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("9家企业", 9)]


@pytest.mark.parametrize("text, chain", [
    ("江西省赣州市委副书记、市长、稀土新材料及应用产业链链长钟启航昨日率团访澳", "稀土新材料及应用产业链"),
    ("副县长赵楠率县投资促进局及陶瓷产业链链主企业四川嘉陶新材料股份有限公司赴佛山", "陶瓷产业链"),
])
def test_chains_with_and_after_a_verb_word_or_an_office(text: str, chain: str) -> None:
    assert chain in {r.chain for r in find_leaders(text)}


def test_an_english_list_by_chain_one_line_a_chain() -> None:
    text = ("The list by chain is as follows:\n\n"
            "Electronic information (chain chief: Vice Mayor Zhao Minghui): Zhengzhou Huaying Precision Electronics "
            "Co., Ltd.; Zhongyuan Semiconductor Packaging Co., Ltd.\n\n"
            "Aluminum processing (chain chief: Du Hongbin, secretary-general of the municipal government): "
            "Dengfeng Yinhe Aluminum Co., Ltd.; Shangjie Aluminum Profiles Co., Ltd.\n")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text)]
    assert found == [
        ("Zhao Minghui", "chain_leader", "Electronic information"),
        ("Zhengzhou Huaying Precision Electronics Co., Ltd.", "chain_master", "Electronic information"),
        ("Zhongyuan Semiconductor Packaging Co., Ltd.", "chain_master", "Electronic information"),
        ("Du Hongbin", "chain_leader", "Aluminum processing"),
        ("Dengfeng Yinhe Aluminum Co., Ltd.", "chain_master", "Aluminum processing"),
        ("Shangjie Aluminum Profiles Co., Ltd.", "chain_master", "Aluminum processing")]


def test_round_35_a_whole_list_total_with_its_part_and_a_chain_after_qizhong() -> None:
    text = to_simplified("濟南市今年7月公布第二批鏈主企業38家，連同首批共認定62家，其中在港股及A股上市的有17家。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("链主企业38家", 38), ("62家", 62), ("17家", 17)]
    text = to_simplified("煙台公布鏈主企業名單，分布在9條重點產業鏈。其中食品精深加工產業鏈入選3家。")
    assert ("3家", "食品精深加工产业链") in [(r.text, r.chain) for r in find_leaders(text)]


def test_round_35_english_deputy_on_a_named_chain_led_by_a_titled_appositive_listed_giants_and_of_the_firms() -> None:
    text = "Lin's deputy on the pump chain is Wang Haibo, director of the Wenling Economic Development Zone."
    assert [(r.person, r.role) for r in find_leaders(text)] == [("Wang Haibo", "deputy_chain_leader")]
    text = "The fireworks chain is led by the city's Communist Party secretary, Tang Zhiqiang, a senior choice."
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Tang Zhiqiang", "fireworks chain")]
    text = "Its chain masters are the national dairy giants Yili and Mengniu, which buy raw milk from farms."
    assert [r.person for r in find_leaders(text)] == ["Yili", "Mengniu"]
    text = ("The city named 38 chain master enterprises on Monday. Of the 38 enterprises, 27 were retained from the "
            "2024 list and 11 are named for the first time.")
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("38 chain master enterprises", 38), ("27", 27), ("11", 11)]


def test_round_36_english_quoted_chain_names_a_firm_named_cold_chain_and_a_feature_chief() -> None:
    text = ('Yunnan merges aluminium and silicon into a single "green silicon-aluminium" chain, which will be led by '
            "Executive Vice Governor Ran Jiming.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Ran Jiming", "green silicon-aluminium chain")]
    text = ("Zhao Yanmei is already ankle-deep in sawdust.\n\nSince 2023 Zhao has also been the county's \"chain "
            "chief\" for its shiitake mushroom industrial chain. She runs the chain with a deputy, Wang Jun, "
            "director of the county agriculture bureau, and works with three \"chain master\" companies: "
            "Funiu Mountain Foods, Xixia Junhe Biotech and Wanxiang Cold Chain.")
    found = [(r.text, r.role) for r in find_leaders(text) if r.person]
    assert ("Zhao Yanmei", "chain_leader", "shiitake mushroom industrial chain") in [
        (r.text, r.role, r.chain) for r in find_leaders(text)]
    assert ("Wang Jun", "deputy_chain_leader") in found and ("Wanxiang Cold Chain", "chain_master") in found
    text = ("Executive Vice-Mayor Piao Chenghao leads the pharmaceuticals chain. Piao took over as chain chief in "
            "March from Qu Haiyan, who became party chief of a county.")
    assert "Qu Haiyan" in [r.person for r in find_leaders(text)]
    text = "Two of its four chain masters, Huatuo Herbal Pieces and Jiren Pharmaceutical Group, opened new lines."
    assert ("Two", 2) in [(r.text, r.count) for r in find_leaders(text)]


def test_round_36_a_bar_table_with_titled_names_and_a_seated_firm_and_herb_chains() -> None:
    text = to_simplified("城市｜產業鏈｜鏈長｜鏈主企業｜2025年產值\n"
                         "蘇州｜電子信息｜副市長沈立群｜蘇川電子集團｜約4,860億元\n"
                         "成都｜電子信息｜副市長劉振川｜蓉華電腦（成都）有限公司｜約1.1兆元\n")
    assert [(r.person, r.role) for r in find_leaders(text)] == [
        ("沈立群", "chain_leader"), ("苏川电子集团", "chain_master"),
        ("刘振川", "chain_leader"), ("蓉华电脑（成都）有限公司", "chain_master")]


@pytest.mark.parametrize("text, chain", [
    ("石柱县黄连产业链链长、副县长刘振宇到黄水镇调研", "黄连产业链"),  # a herb jieba tags as a place
    ("移动物联网产业链链长、副市长陈晓燕带队赴深圳招商", "移动物联网产业链"),
])
def test_chain_names_of_herbs_and_the_internet_of_things(text: str, chain: str) -> None:
    assert chain in {r.chain for r in find_leaders(text)}


def test_round_36_a_captions_name_after_a_space_and_masters_counted_place_by_place() -> None:
    text = "【同期声】\n沧州市副市长、管道装备产业链链长 刘卫东\n我们要把问题解决在车间里。"
    assert [(r.text, r.role, r.chain) for r in find_leaders(text)] == [("刘卫东", "chain_leader", "管道装备产业链")]
    text = to_simplified("蘇州、成都已認定的市級鏈主企業分別為46家與57家。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("46家", 46), ("57家", 57)]


def test_round_37_firms_listed_before_wei_a_place_prefixed_name_with_its_title_and_a_cue_verb() -> None:
    text = "这条产业链的链长由常务副市长宋志刚担任，渝驰汽车集团、长江动力电池股份公司为链主企业。"
    firms = [r.person for r in find_leaders(text) if r.role == "chain_master"]
    assert firms == ["渝驰汽车集团", "长江动力电池股份公司"]
    assert find_leaders("全市确定起重装备、汽车零部件为链主企业重点培育方向。") == []
    text = "副链长：龙海燕（市应急管理局局长）、黄志刚（市商务局局长）"
    assert [r.person for r in find_leaders(text)] == ["龙海燕", "黄志刚"]
    assert [r.text for r in find_leaders("链长、副区长刘敏推动建成区生物医药中试平台。")] == ["刘敏"]


def test_round_37_english_labelled_notice_lines_heads_both_and_a_sum_after_chain_masters() -> None:
    text = ("2. Green chemicals chain\nChain chief: Vice Mayor Yang Tao\n"
            "Chain master enterprise: Wutongqiao Salt Chemical Group Co., Ltd.\n"
            "Chain office: Municipal Bureau of Economy and Information Technology; director: Dai Ming, deputy director "
            "of the bureau\n")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text)]
    assert ("Wutongqiao Salt Chemical Group Co., Ltd.", "chain_master", "Green chemicals chain") in found
    assert ("Dai Ming", "official", "Green chemicals chain") in found
    text = ("Vice Governor Tao Jingyi heads both the integrated circuits chain and the new display chain, while the "
            "photovoltaic chain is led by Vice Governor Ren Qingshan.")
    assert [(r.text, r.chain) for r in find_leaders(text)] == [
        ("Tao Jingyi", "integrated circuits chain"), ("new display chain", "new display chain"),
        ("Ren Qingshan", "photovoltaic chain")]
    text = ("The city's industrial ceramics chain, led by vice-mayor Zhong Lihua, has six chain master enterprises, "
            "which received Rmb730mn in subsidies between 2023 and 2025.")
    assert "Rmb730mn" not in [r.person for r in find_leaders(text)]
    text = to_simplified("鹽城全市現有市級鏈主企業38家，其中新能源汽車產業鏈5家。")
    assert [r for r in find_leaders(text) if r.person] == []


def test_a_chain_master_list_table_by_firm_name_and_its_chain() -> None:
    text = ("现将2026年度省级重点产业链链主企业名单公布如下：\n序号　所属产业链　企业名称　所在地\n"
            "1　新能源汽车产业链　河南中原智驾客车股份有限公司　郑州市\n"
            "2　新型电池产业链　新乡华锂新能源科技有限公司　新乡市\n")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("河南中原智驾客车股份有限公司", "新能源汽车产业链"), ("新乡华锂新能源科技有限公司", "新型电池产业链")]
    text = ("今年签约项目清单如下：\n序号　所属产业链　企业名称　所在地\n"
            "1　新能源汽车产业链　河南中原智驾客车股份有限公司　郑州市\n")
    assert find_leaders(text) == []  # no chain-master list: the firms are project investors


def test_round_38_english_firms_after_include_with_a_kind_and_a_bracketed_seat_and_no_month() -> None:
    text = ("The 26 chain masters include refiner Bohai Coastal Petrochemical Co., carmaker Shiji Automobile "
            "(Cangzhou) Co. and Mengcun Steel Pipe Group, a maker of pipe fittings.")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "Bohai Coastal Petrochemical Co.", "Shiji Automobile (Cangzhou) Co.", "Mengcun Steel Pipe Group"]
    text = ("Hengchi is one of eight companies recognized in Jiangyin's second batch of chain master enterprises, "
            "announced on November 14.")
    assert "November" not in [r.person for r in find_leaders(text)]


def test_food_chains_named_by_a_process_word_and_the_deputies_of_the_one_chain() -> None:
    found = [(r.person, r.role, r.chain, r.count) for r in find_leaders(
        "由市委副书记、市长韩立新任预制菜产业链链长，两位副市长任副链长，市商务局设立链办负责日常调度。")]
    assert ("韩立新", "chain_leader", "预制菜产业链", None) in found
    assert (None, "deputy_chain_leader", "预制菜产业链", 2) in found
    for chain in ("冷鲜肉产业链", "即食燕窝产业链", "腌制菜产业链"):
        assert [r.chain for r in find_leaders(f"市长王立军任{chain}链长。")] == [chain]
    # sixteen leaders for sixteen chains: a chain each, none of them the group's
    assert [r.chain for r in find_leaders("16条重点产业链由16位市领导分别挂帅。")] == [None]


def test_firms_after_a_dash_and_a_reached_total_broken_down() -> None:
    found = [(r.text, r.role) for r in find_leaders(
        "另外两家链主企业——诸城得味园食品有限公司、山东禾丰冷链物流有限公司，分别在调味料研发和冷链配送环节发挥带动作用。")]
    assert ("诸城得味园食品有限公司", "chain_master") in found and ("山东禾丰冷链物流有限公司", "chain_master") in found
    text = "新认定链主企业6家，全市链主企业达到21家，其中营业收入超过50亿元的4家。"
    found = [(r.text, r.count) for r in find_leaders(text)]
    assert ("4家", 4) in found and ("链主企业达到21家", 21) in found


def test_a_roster_line_with_titles_before_names_split_by_spaces_and_semicolons() -> None:
    text = to_simplified("二、汽車產業鏈\n鏈長：副省長 鄺海明（原鏈長歐陽靜因工作變動不再擔任）\n"
                         "副鏈長：省衛生健康委主任 何敏儀；省藥品監督管理局局長 駱志豪；廣州市人民政府主要負責同志\n")
    found = [(r.text, r.person, r.role, r.chain, r.title) for r in find_leaders(text)]
    assert ("邝海明", "邝海明", "chain_leader", "汽车产业链", "副省长") in found
    assert ("欧阳静", "欧阳静", "chain_leader", "汽车产业链") in [f[:4] for f in found]
    assert ("何敏仪", "何敏仪", "deputy_chain_leader", "汽车产业链", "省卫生健康委主任") in found
    assert ("骆志豪", "骆志豪", "deputy_chain_leader", "汽车产业链", "省药品监督管理局局长") in found
    assert ("广州市人民政府主要负责同志", None, "deputy_chain_leader", "汽车产业链") in [f[:4] for f in found]
    assert "副省长" not in [f[1] for f in found]  # the title is no person


def test_heads_of_two_kinds_of_units_and_an_office_head_called_comrade() -> None:
    found = [(r.text, r.role, r.count) for r in find_leaders(
        "调整后，全省20条省重点产业链由14位省领导担任链长，42位省直部门和地级以上市主要负责同志担任副链长。")]
    assert ("42位省直部门和地级以上市主要负责同志", "deputy_chain_leader", 42) in found
    found = [(r.person, r.role) for r in find_leaders(
        "省产业链链长制工作办公室设在省工业和信息化厅，由谭立新同志兼任办公室主任，负责日常协调。")]
    assert found == [("谭立新", "official")]


def test_a_firm_named_in_quotes_after_the_role_or_before_an_appositive() -> None:
    found = [(r.text, r.role, r.chain) for r in find_leaders(
        "扬州新型电力装备产业链的链主「广陵电气集团」今年起要求关键元件供应商通过本地化审核。")]
    assert found == [("广陵电气集团", "chain_master", "新型电力装备产业链")]
    assert find_leaders("全市启动链主“领航”行动。") == []  # a programme's name, no firm
    text = "这家客户是维扬汽车，扬州市新能源汽车产业链的「链主」企业。"
    found = [(r.text, r.role, r.chain) for r in find_leaders(text)]
    assert found == [("维扬汽车", "chain_master", "新能源汽车产业链")]
    # what opens the sentence is no firm
    assert "据介绍" not in [r.text for r in find_leaders("据介绍，新能源汽车产业链的链主企业达到12家。")]


def test_a_part_of_the_chain_masters_owned_by_two_kinds_of_capital() -> None:
    found = [(r.text, r.count) for r in find_leaders("扬州共认定市级链主企业28家，其中外资及台港澳资企业仅4家。")]
    assert ("外资及台港澳资企业仅4家", 4) in found


def test_a_tables_chain_masters_named_column_counts_the_masters() -> None:
    text = ("Province | Key chains | Chain chiefs | Chain masters named | Chain master goal\n"
            "Gansu | 14 | 14 | 43 | 60 by 2027\n")
    found = [(r.text, r.role, r.count) for r in find_leaders(text, language="en")]
    assert ("43", "chain_master", 43) in found and "60 by 2027" not in [f[0] for f in found]


def test_english_breakdown_where_counted_a_parts_colon_list_and_who_named_the_firm() -> None:
    text = ("Of the 74 chain chiefs in the table, 51 are vice-governors or vice-chairs of a regional government, "
            "15 sit on a provincial Party standing committee, and eight are senior legislators or political advisers.")
    found = [(r.text, r.count) for r in find_leaders(text, language="en")]
    assert ("51", 51) in found and ("15", 15) in found and ("eight", 8) in found
    text = ("Jiangxi has named 47 chain master enterprises across its 14 chains, three of them on the auto chain: "
            "Hongcheng, Ganjiang Power Battery and Lushan Commercial Vehicle.")
    names = [r.person for r in find_leaders(text, language="en") if r.person]
    assert names == ["Hongcheng", "Ganjiang Power Battery", "Lushan Commercial Vehicle"]
    text = ('China\'s Jiangxi province wants Hongcheng Automobile Group, the Nanchang carmaker it named a "chain '
            'master" enterprise last year, to source 65% of its parts from suppliers inside the province.')
    assert [(r.person, r.role) for r in find_leaders(text, language="en")] == [
        ("Hongcheng Automobile Group", "chain_master")]


def test_english_chains_led_respectively_firms_designated_and_whose_chain_master() -> None:
    found = [(r.person, r.chain) for r in find_leaders(
        "The modern medicine chain and the clean energy chain are led respectively by Vice Mayors He Zhiping and "
        "Wu Song.", language="en")]
    assert found == [("He Zhiping", "modern medicine chain"), ("Wu Song", "clean energy chain")]
    found = [(r.text, r.count) for r in find_leaders(
        "on top of the 34 enterprises now designated as chain masters across the 12 chains.", language="en")]
    assert found == [("34 enterprises", 34)]
    found = [(r.text, r.role) for r in find_leaders(
        "Executive Vice Mayor Deng Weiqiang heads the new chemical materials chain, whose chain master is Chishui "
        "River Chemical Group.", language="en")]
    assert found == [("Deng Weiqiang", "chain_leader"), ("Chishui River Chemical Group", "chain_master")]
    found = [(r.person, r.chain) for r in find_leaders(
        "The plant is 10 kilometers from the headquarters of Jinshan Power Equipment Group, the \"chain master\" of "
        "this eastern Chinese city's new power equipment industrial chain.", language="en")]
    assert found == [("Jinshan Power Equipment Group", "new power equipment industrial chain")]


def test_english_chain_in_the_hands_of_overseen_by_and_a_demonym_is_no_firm() -> None:
    found = [(r.person, r.chain) for r in find_leaders(
        "The goji chain is in the hands of Vice-County Head Yang Xiuying.", language="en")]
    assert found == [("Yang Xiuying", "goji chain")]
    found = [(r.person, r.role) for r in find_leaders(
        "The new-type display chain, which counts Haicang as its chain master and is overseen by Vice Mayor Lin "
        "Xiaofang, is expected to grow.", language="en")]
    assert ("Lin Xiaofang", "chain_leader") in found
    assert find_leaders('Shares rallied after the city named them "chain master" enterprises, the anchor firms '
                        "Chinese local governments count on.", language="en") == []


def test_english_a_numbered_list_of_firms_for_chains_a_batch_breakdown_and_the_new_total() -> None:
    text = ("Chongqing on Monday released its second batch of \"chain master\" enterprises, naming 42 companies.\n\n"
            "The new batch brings the number of chain master enterprises in Chongqing to 78. Of the 42 newcomers, "
            "19 are state-owned, 17 are private and the remaining six are foreign-invested.\n\n"
            "Among the enterprises on the list are:\n\n"
            "1. Yuzhou Intelligent Vehicle Co, for the intelligent connected new energy vehicle chain;\n"
            "2. Bayu Biopharmaceutical Co, for the biomedicine chain.\n\n"
            "Tang said the first-batch chain masters have brought 1,260 suppliers into their supply systems.")
    found = [(r.text, r.role, r.chain, r.count) for r in find_leaders(text, language="en")]
    assert ("78", "chain_master", None, 78) in found
    assert [f[3] for f in found if f[0] in ("19", "17", "six")] == [19, 17, 6]
    assert ("Yuzhou Intelligent Vehicle Co", "chain_master", "intelligent connected new energy vehicle chain",
            None) in found
    assert ("Bayu Biopharmaceutical Co", "chain_master", "biomedicine chain", None) in found
    assert "first-batch chain masters" not in [f[0] for f in found]
    # a goal to raise the number: firms still to come, no group
    assert find_leaders("The city will increase the number of chain master enterprises to 50 by 2030.",
                        language="en") == []


def test_a_firm_recognised_as_chain_master_after_a_comma_and_a_name_before_a_speech_verb() -> None:
    text = to_simplified("車用連接器廠元晟今日舉行法說會，宣布旗下大陸子公司鶴壁元晟電子有限公司，"
                         "日前獲河南省鶴壁市認定為「汽車電子電器產業鏈」鏈主企業。")
    assert [(r.text, r.role, r.chain) for r in find_leaders(text)] == [
        ("鹤壁元晟电子有限公司", "chain_master", "汽车电子电器产业链")]
    found = [r.person for r in find_leaders("该链副链长、鹤壁经开区管委会主任孟庆和透露，市里已预留二期用地120亩。")]
    assert found == ["孟庆和"]
    found = [(r.person, r.chain) for r in find_leaders(
        "本澳利濠酒店管理集团与陶瓷产业链链主企业广东华瓷实业签订酒店用瓷采购协议。")]
    assert found == [("广东华瓷实业", "陶瓷产业链")]  # the partner firm is no part of the chain's name


def test_english_the_chain_masters_total_after_a_change_and_those_added() -> None:
    found = [(r.text, r.count) for r in find_leaders(
        "It designated its first 52 chain master enterprises in 2023 and added 31 in May, taking the total to 83.",
        language="en")]
    assert ("31", 31) in found and ("83", 83) in found
    found = [(r.text, r.count) for r in find_leaders(
        "The 27 newly designated chain-leading enterprises bring the province's total to 96.", language="en")]
    assert ("96", 96) in found
    assert [(r.text, r.count) for r in find_leaders("- Anhui names 74 firms in third batch of chain masters, "
                                                     "total now 212", language="en")][-1] == ("212", 212)
    # a total of something else is no group of chain masters
    assert find_leaders("Exports rose 12%, bringing the total to 83 billion yuan.", language="en") == []


def test_english_a_successor_after_the_person_who_left() -> None:
    found = [(r.person, r.chain) for r in find_leaders(
        "Comrade Peng Yuan, who has taken up another post, no longer serves as chain chief of the biomedicine chain; "
        "Comrade Wang Li, vice mayor, succeeds him.", language="en")]
    assert found == [("Peng Yuan", "biomedicine chain"), ("Wang Li", "biomedicine chain")]


def test_a_firm_that_is_the_chains_master_a_trade_cut_by_jieba_and_no_supply_chain_firm() -> None:
    text = "桂龙重工是柳州市工程机械产业链的「链主」企业，业界认为这是少数案例。"
    found = [(r.text, r.role, r.chain) for r in find_leaders(text)]
    assert found == [("桂龙重工", "chain_master", "工程机械产业链")]
    text = "在港上市的药企康禾医药是生物医药产业链的链主企业，该公司董事长在会上宣布投资。"
    found = [r.text for r in find_leaders(text)]
    assert found == ["康禾医药"]
    assert find_leaders("这家企业是全市的链主企业。") == []
    found = [r.text for r in find_leaders("文化用品产业链链主企业文港华墨笔业牵头组建产业联盟，吸纳会员企业43家。")]
    assert found == ["文港华墨笔业"]
    assert find_leaders("百锋精机打进柳州工程机械「链主」供应链　五轴机订单逾新台币8亿元") == []


def test_english_removed_and_succeeded_by_a_chains_master_in_apposition_and_whose_chief_is() -> None:
    text = ("Huang Zhiqiang has been removed as chain chief of Baise's aluminum and aluminum processing industrial "
            "chain and will be succeeded by Lu Meiling, the city's executive vice mayor, according to a notice.")
    found = [(r.person, r.chain) for r in find_leaders(text, language="en")]
    assert found == [("Huang Zhiqiang", "aluminum and aluminum processing industrial chain"),
                     ("Lu Meiling", "aluminum and aluminum processing industrial chain")]
    text = ("Officials met managers of Jinling Grid Technology Group, the smart grid chain's chain master "
            "enterprise.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Jinling Grid Technology Group", "smart grid chain")]
    text = "Its rare earth permanent magnet chain, whose chain chief is vice-mayor Liao Wenbin, booked revenue."
    assert [r.text for r in find_leaders(text, language="en")] == ["Liao Wenbin"]


def test_a_firm_before_a_comma_and_is_and_no_firm_in_a_verb_or_adverb_or_pronoun() -> None:
    text = "他任职的蜀锂新能源科技集团，是遂宁市认定的锂电产业链「链主」企业。"
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("蜀锂新能源科技集团", "锂电产业链")]
    assert [r.person for r in find_leaders("链长制也给链主企业压上了担子。")] == []
    assert [r.person for r in find_leaders("台资企业一旦成为链主，既是地方政府的门面。")] == []
    assert [r.person for r in find_leaders("后者是工艺美术产业链的链主企业。") if r.person] == []


def test_the_role_of_a_firm_named_before_and_then_called_the_company() -> None:
    assert find_leaders("作为我市电子信息产业链链主企业，该公司去年实现营业收入86.4亿元。") == []


def test_english_a_notice_listing_chain_masters_under_chain_headings() -> None:
    text = ("Notice on Publishing the List of the Third Batch of Chain Master Enterprises\n\n"
            "After a public notice period of seven working days, 16 enterprises have been recognised as the third "
            "batch of chain master enterprises.\n\n"
            "(1) Optoelectronic information industrial chain (chain chief: Vice Governor Sheng Ruiqing)\n"
            "1. Wuhan Guangxin Photonics Co., Ltd.\n"
            "2. Hubei Jiuzhou Optical Fiber Technology Co., Ltd.\n\n"
            "(2) New energy vehicle industrial chain (chain chief: Executive Vice Governor Lin Zhaohui; deputy chain "
            "chief: Director of the Provincial Department of Economy and Information Technology)\n"
            "3. Shiyan Wudang Axle Co., Ltd.\n\n"
            "With this batch, the province has recognised 78 chain master enterprises in three batches. Of these, 31 "
            "have annual operating revenue of more than 10 billion yuan, and 12 are listed companies.")
    found = [(r.text, r.person, r.role, r.chain, r.count) for r in find_leaders(text, language="en")]
    assert ("16 enterprises", None, "chain_master", None, 16) in found
    assert ("Sheng Ruiqing", "Sheng Ruiqing", "chain_leader", "optoelectronic information industrial chain",
            None) in found
    assert ("Hubei Jiuzhou Optical Fiber Technology Co., Ltd.", "Hubei Jiuzhou Optical Fiber Technology Co., Ltd.",
            "chain_master", "optoelectronic information industrial chain", None) in found
    assert ("Lin Zhaohui", "Lin Zhaohui", "chain_leader", "new energy vehicle industrial chain", None) in found
    assert [f[2] for f in found if f[0].startswith("deputy chain chief:")] == ["deputy_chain_leader"]
    assert ("31", None, "chain_master", None, 31) in found and ("12", None, "chain_master", None, 12) in found


def test_english_a_chain_then_led_by_its_former_chief() -> None:
    found = [(r.person, r.chain) for r in find_leaders(
        "In 2023 the city set up a 3.5 billion yuan fund to back its auto parts chain, then led by Executive Vice "
        "Mayor Zhang Wenxuan.", language="en")]
    assert found == [("Zhang Wenxuan", "auto parts chain")]


def test_english_groups_of_district_and_of_two_levels_of_officials() -> None:
    found = [(r.text, r.count) for r in find_leaders(
        "Shaxian has put its seven key industrial chains under 10 district leaders.", language="en")]
    assert found == [("10 district leaders", 10)]
    found = [(r.text, r.count) for r in find_leaders(
        "More than 1,200 provincial- and city-level officials now serve as chain chiefs.", language="en")]
    assert found == [("1,200 provincial- and city-level officials", 1200)]


def test_a_fund_named_after_the_role_is_no_leader() -> None:
    assert find_leaders("宜春市政府近日宣布设立规模50亿元的锂电产业链链长基金，由链长牵头审议投向。") == []


def test_english_a_numbered_reward_list_with_chains_in_brackets_and_its_parts() -> None:
    text = ("The following chain master enterprises will be rewarded.\n\n"
            "1. Jiangmen Haihong New Energy Storage Technology Co., Ltd. (new energy storage chain): 3 million yuan\n"
            "2. Taishan Lianhai Food Co., Ltd. (food and beverage chain): 1.5 million yuan\n\n"
            "A total of 10 enterprises will receive rewards. Of these, four were recognized as chain masters for the "
            "first time in the city's third batch last year, and the other six were recognized in earlier batches.")
    found = [(r.text, r.chain, r.count) for r in find_leaders(text, language="en")]
    assert ("Jiangmen Haihong New Energy Storage Technology Co., Ltd.", "new energy storage chain", None) in found
    assert ("Taishan Lianhai Food Co., Ltd.", "food and beverage chain", None) in found
    assert ("four", None, 4) in found and ("six", None, 6) in found


def test_english_firms_among_them_on_a_chain_and_a_seat_before_a_firm() -> None:
    found = [(r.person, r.chain) for r in find_leaders(
        "Jiangxi has named 11 chain master enterprises on the lithium chain, among them Yichun Ganjiang Lithium and "
        "Xinyu Tianrui Battery.", language="en") if r.person]
    assert found == [("Yichun Ganjiang Lithium", "lithium chain"), ("Xinyu Tianrui Battery", "lithium chain")]
    found = [r.text for r in find_leaders(
        'The province has named two "chain master" enterprises: Zhuzhou-based Xiangjiang Power Semiconductor, which '
        "makes IGBT modules, and Changsha Kaixin Microelectronics, a chip packaging and test company.",
        language="en") if r.person]
    assert found == ["Xiangjiang Power Semiconductor", "Changsha Kaixin Microelectronics"]


def test_a_dai_surname_a_prefecture_rank_a_quoted_subsidiary_and_an_office_post_after_a_space() -> None:
    text = "德宏州委副书记、州长、跨境物流产业链链长刀文雅率领约80人的代表团来港。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("刀文雅", "跨境物流产业链")]
    text = "目前全州确定12条重点产业链，由15位州级领导分任链长。"
    assert [(r.count, r.rank) for r in find_leaders(text)] == [(15, "州级")]
    text = "子公司「天津轮扬车业」，日前获静海区认定为自行车及电动自行车产业链「链主企业」。"
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("天津轮扬车业", "自行车及电动自行车产业链")]
    text = "光电子信息产业链 链长:刘雯(副市长) 副链长:市科技局主要负责同志 链主企业:湖北楚光电子科技有限公司"
    assert ("副链长:市科技局主要负责同志", "deputy_chain_leader") in [(r.text, r.role) for r in find_leaders(text)]


def test_firms_given_the_role_a_new_batch_broken_down_and_leaders_counted_by_level() -> None:
    text = "茶叶产业链确定湖北峰韵茶业有限公司为链主企业，食用菌产业链确定五峰绿源菌业科技有限公司为链主企业。"
    assert [r.text for r in find_leaders(text)] == ["湖北峰韵茶业有限公司", "五峰绿源菌业科技有限公司"]
    text = ("今年新认定链主企业9家。新认定的9家中，有色金属新材料产业链3家，先进储能材料产业链2家，"
            "其余4家分布在装备制造、绿色食品等产业链。")
    found = [(r.text, r.chain, r.count) for r in find_leaders(text)]
    assert ("3家", "有色金属新材料产业链", 3) in found and ("4家", None, 4) in found
    text = "全市9条重点产业链均由市级领导担任链长，共明确市级链长9名、副链长16名，遴选链主企业27家。"
    assert ("市级链长9名", "chain_leader", 9) in [(r.text, r.role, r.count) for r in find_leaders(text)]


def test_firms_set_as_town_level_chain_masters_a_name_before_yao_and_the_chain_chief_of_x_is() -> None:
    text = "镇里还将秭归橙旺果业有限公司、湖北屈乡橙宝农业发展有限公司确定为镇级链主企业，由链主企业牵头组织合作社。"
    assert [r.text for r in find_leaders(text)] == ["秭归橙旺果业有限公司", "湖北屈乡橙宝农业发展有限公司"]
    text = "新能源子链副链长、市发改委主任郑凯要牵头制定充换电设施建设规划。"
    assert [r.person for r in find_leaders(text)] == ["郑凯"]
    text = ("The chain chief of the high-end equipment manufacturing chain is Chen Zhiyuan, Vice Mayor of Zhangzhou, "
            "and the deputy chain chief is Huang Wei, Director of the Zhangzhou Municipal Bureau of Industry.")
    found = [(r.person, r.role) for r in find_leaders(text, language="en")]
    assert ("Chen Zhiyuan", "chain_leader") in found and ("Huang Wei", "deputy_chain_leader") in found
    text = "As a chain master, the Company is expected to lead technology cooperation."
    assert find_leaders(text, language="en") == []


def test_a_chain_masters_first_full_mention_before_it_is_called_one() -> None:
    text = ("盛夏时节，兰州新区生物医药产业园内，甘肃瑞康生物医药集团有限公司的中试车间里，几名研究生正在调试。"
            "作为链主企业，瑞康生物牵头组建了联合体。")
    assert [r.text for r in find_leaders(text)] == ["甘肃瑞康生物医药集团有限公司", "瑞康生物"]
    text = ("初秋时节，宁国经济技术开发区瑞康生物医药集团有限公司的中试车间里很忙。"
            "作为链主企业，瑞康生物牵头组建了联合体。")
    assert find_leaders(text)[0].text == "瑞康生物医药集团有限公司"  # (the zone it sits in is no part of it)


def test_english_a_bulleted_roster_with_titles_before_names_and_roles_cut_to_a_number() -> None:
    text = ("- Optoelectronic information: chain leader Vice Governor Zhao Peiran; chain master enterprises "
            "Changfei Photonics and Huaxing Display; target revenue of 1 trillion yuan.")
    assert [(r.person, r.role) for r in find_leaders(text, language="en")][0] == ("Zhao Peiran", "chain_leader")
    found = [(r.text, r.role, r.count) for r in find_leaders(
        "- Zhejiang cuts provincial chains to 15 from 24, chain chiefs to 13 from 22", language="en")]
    assert found == [("13", "chain_leader", 13)]


def test_firms_named_respectively_as_masters_and_pronouns_and_districts_are_no_firms() -> None:
    text = "天津力神电池股份有限公司、中航直升机有限责任公司分别被明确为两条产业链的链主企业。"
    assert [r.text for r in find_leaders(text)] == ["天津力神电池股份有限公司", "中航直升机有限责任公司"]
    text = "茂名的“油头”是中国石化茂名分公司，这家老牌炼化企业今年被继续认定为石化产业链链主企业。"
    assert "这家老牌炼化企业" not in [r.text for r in find_leaders(text)]
    text = "2025年，该街道以举办产业链对接活动为名，向辖区2家链主企业摊派活动费用12万元。"
    assert [r.text for r in find_leaders(text)] == ["2家链主企业"]


def test_heads_of_city_departments_and_district_governments_as_deputies() -> None:
    text = "由16位市领导担任链长，另有41位市级部门和区政府主要负责同志担任副链长。"
    assert ("41位市级部门和区政府主要负责同志", 41) in [(r.text, r.count) for r in find_leaders(text)]


def test_this_chains_leaders_doing_something_take_the_chain_pointed_back_to() -> None:
    text = "硅材料产业链全链现有规上企业148家，今年以来该链链长、副链长累计走访企业47家次。"
    found = [(r.text, r.role, r.chain) for r in find_leaders(text)]
    assert found == [("该链链长", "chain_leader", "硅材料产业链"),
                     ("该链链长、副链长", "deputy_chain_leader", "硅材料产业链")]
    # a name after the role: the person is the record
    found = [(r.person, r.chain) for r in find_leaders("硅材料产业链发展迅速。该链链长由副市长王强担任。")]
    assert found == [("王强", "硅材料产业链")]


def test_heads_of_units_counted_with_ge_serve_as_deputies_but_units_attending_do_not() -> None:
    text = "16条重点产业链分别由21位市领导担任链长，42个市直部门和县（市、区）主要负责同志担任副链长。"
    assert ("42个市直部门和县（市、区）主要负责同志", "deputy_chain_leader", 42) in [
        (r.text, r.role, r.count) for r in find_leaders(text)]
    assert find_leaders("8个部门主要负责同志及链主企业代表参加会议。") == []


def test_leaders_leaving_a_post_for_a_successor_are_records_of_that_chain() -> None:
    text = ("黄志斌同志因工作调动，不再担任制香产业链链长，由副县长林婉清同志接任；"
            "陈建国同志不再担任新材料产业链副链长，由县工业信息化和商务局局长郑伟明同志接任。")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text)]
    assert found == [("黄志斌", "chain_leader", "制香产业链"), ("林婉清", "chain_leader", "制香产业链"),
                     ("陈建国", "deputy_chain_leader", "新材料产业链"),
                     ("郑伟明", "deputy_chain_leader", "新材料产业链")]


def test_a_firm_in_apposition_after_the_chain_master_role_and_a_comma_of_lists() -> None:
    text = to_simplified("電子電路產業鏈的鏈主企業、台資的東泰精密電路（廣德）公司，去年營收人民幣52億元。")
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("东泰精密电路（广德）公司", "电子电路产业链")]
    assert find_leaders("链主企业、配套企业和金融机构参加会议。") == []


def test_english_a_chain_master_in_apposition_and_comparatives_name_no_chain() -> None:
    text = ("The chain master enterprise of the red jujube chain, Shaanxi Huangtu Hongzao Food Co., "
            "has signed purchase contracts with seventeen cooperatives.")
    assert [(r.text, r.chain) for r in find_leaders(text, language="en")] == [
        ("Shaanxi Huangtu Hongzao Food Co.", "red jujube chain")]
    text = "Shen Jie said the harder part was getting the smaller chain masters to join."
    assert find_leaders(text, language="en") == []


def test_english_roster_table_posts_without_names_and_posts_not_yet_filled() -> None:
    text = ("No. | Industrial chain | Chain chief | Deputy chain chief | Chain master enterprises\n"
            "1 | Crystalline silicon photovoltaics | Vice Governor Luo Qiang | Principal official of the Provincial "
            "Energy Administration | Leshan Xinguang Silicon Industry Co., Ltd.\n"
            "2 | New display | Vice Governor Chen Ming | Zhou Lin, Director of the Provincial Department of "
            "Commerce | To be selected\n")
    found = [(r.text, r.role, r.chain) for r in find_leaders(text, language="en")]
    assert ("Principal official of the Provincial Energy Administration", "deputy_chain_leader",
            "crystalline silicon photovoltaics chain") in found
    assert not [f for f in found if f[0] == "To be selected"]
    assert ("Zhou Lin", "deputy_chain_leader", "new display chain") in found


def test_a_list_of_chain_masters_under_a_subheading_per_chain() -> None:
    text = ("自贡市公布2026年度链主企业认定名单，2条产业链共9家企业入选。\n"
            "低空经济产业链：2家企业入选\n"
            "此次入选的企业为：四川翼航无人机科技有限公司，2025年营业收入18.6亿元；川南通航运营有限公司，营业收入3.1亿元。\n"
            "新材料产业链：3家企业入选\n"
            "入选的企业分别是：自贡鸿鹄氟化工有限公司，营业收入36.2亿元；四川钨晟硬质合金股份有限公司，营业收入41.8亿元。\n")
    found = [(r.text, r.chain, r.count) for r in find_leaders(text)]
    assert ("2家", "低空经济产业链", 2) in found and ("3家", "新材料产业链", 3) in found
    assert ("川南通航运营有限公司", "低空经济产业链", None) in found
    # the second list names two firms where its heading counts three: no firm is taken from it
    assert not [f for f in found if f[0] == "自贡鸿鹄氟化工有限公司"]


def test_firms_after_the_one_excepted_a_name_before_etc_and_a_breakdown_without_comma() -> None:
    text = to_simplified("該鏈的鏈主企業除力揚外，還有閩龍重工集團、龍岩海德重機兩家本地企業。")
    assert [r.text for r in find_leaders(text)] == ["闽龙重工集团", "龙岩海德重机", "两家"]
    text = to_simplified("該鏈目前有鏈主企業5家，包括鵬城智動科技、前海優控機器人等，去年產量約22萬套。")
    assert [r.text for r in find_leaders(text)][1:] == ["鹏城智动科技", "前海优控机器人"]
    text = to_simplified("一是鏈主企業規模偏小，９家鏈主企業中年營收超10億元的僅２家；")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("９家链主企业", 9), ("２家", 2)]
    text = "韩松：副链长、市科技局局长冯雪主要抓创新药研发和临床资源对接；"
    assert [r.person for r in find_leaders(text)] == ["冯雪"]


def test_english_a_firm_with_its_role_in_apposition_without_article_or_in_quotes() -> None:
    text = ("One is Guangxi Hongtai Aluminium, chain master of the aluminium and new materials chain, whose "
            "chain chief is Vice Chairwoman Lu Meiling of the regional government.")
    found = [(r.text, r.role, r.chain) for r in find_leaders(text, language="en")]
    assert found[0] == ("Guangxi Hongtai Aluminium", "chain_master", "aluminium and new materials chain")
    assert len(found) == 2
    text = "Qujing's 'chain master' Nanpan New Energy has pulled 46 suppliers into a ring of industrial parks."
    assert [r.text for r in find_leaders(text, language="en")] == ["Nanpan New Energy"]


def test_english_a_group_of_leaders_broken_down_by_rank_after_it() -> None:
    text = ("It covers 12 key industrial chains, led by 12 city leaders, eight of them vice-mayors and four of them "
            "members of the standing committee of the municipal Party committee.")
    found = [(r.count, r.rank) for r in find_leaders(text, language="en")]
    assert found == [(12, "city-level"), (8, "vice-mayor"), (4, "member")]
    text = "There are 20 chain chiefs, and most of them are busy."
    assert [r.count for r in find_leaders(text, language="en")] == [20]


def test_english_a_chain_named_bare_then_called_a_chain_and_a_vice_mayor_who_leads_it() -> None:
    text = "New materials, the city's largest chain, is led by Vice-Mayor Zhou Ruiping."
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [("Zhou Ruiping", "new materials chain")]
    text = ('"We buy locally now," said Yang Shuwen, the Qujing vice-mayor who leads the battery chain.')
    assert [(r.person, r.role, r.chain) for r in find_leaders(text, language="en")] == [
        ("Yang Shuwen", "chain_leader", "battery chain")]


def test_english_a_chain_called_a_chain_then_named_in_apposition() -> None:
    text = "The largest chain, optoelectronic information, is led by Vice-Mayor Zhang Hong."
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Zhang Hong", "optoelectronic information chain")]
    # a superlative before "chain" is no part of a chain's name
    text = "Wuhan's newest chain, commercial aerospace, has been headed by Li Wei, a chain chief since May."
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Li Wei", "commercial aerospace chain")]
    # (the named-then-called order still reads; a lower-case word before "chain" opens no apposition)
    text = "Zhang Hong said the chain, in his view, is led by demand."
    assert not [r for r in find_leaders(text, language="en") if r.person]


def test_english_the_current_one_took_over_from_a_predecessor() -> None:
    text = ("The biomedicine chain has had two chain chiefs since 2023. The current one, Vice-Mayor Ma Jinbao, took "
            "over in May from Dong Lin, who retired.")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text, language="en") if r.person]
    assert found == [("Ma Jinbao", "chain_leader", "biomedicine chain"),
                     ("Dong Lin", "chain_leader", "biomedicine chain")]
    text = "The bank has had two chief executives. The current one, Ma Jinbao, took over in May from Dong Lin."
    assert not [r for r in find_leaders(text, language="en") if r.person]


def test_chain_chiefs_one_chain_a_line_under_a_heading_about_chain_chiefs() -> None:
    text = ("调整后的9条产业链链长名单如下：\n\n——石油化工及新材料产业链：曾卫东（市委常委、常务副市长）\n"
            "——先进装备制造产业链：副市长刘国梁\n——电力装备产业链：副市长刘国梁\n\n也就是说，9条产业链由8位市级领导担任链长。")
    found = [(r.person, r.title, r.role, r.chain) for r in find_leaders(text) if r.person]
    assert found == [("曾卫东", "市委常委、常务副市长", "chain_leader", "石油化工及新材料产业链"),
                     ("刘国梁", "副市长", "chain_leader", "先进装备制造产业链"),
                     ("刘国梁", "副市长", "chain_leader", "电力装备产业链")]
    text = "各链副链长名单如下：\n1.绿色食品产业链：市农业农村局局长王强\n"
    assert [(r.person, r.role) for r in find_leaders(text) if r.person] == [("王强", "deputy_chain_leader")]
    # a heading about something else: the lines are no roster of chiefs
    text = "各链2026年重点项目如下：\n——石油化工产业链：云溪石化扩能项目（投资12亿元）\n"
    assert not [r for r in find_leaders(text) if r.person]


def test_a_role_then_its_holders_post_in_brackets_then_the_name() -> None:
    text = "锂电产业链链长（遂宁市市长）唐秋实告诉记者，链主企业去年营业收入158.7亿元。"
    assert [(r.text, r.title, r.role, r.chain) for r in find_leaders(text)] == [
        ("唐秋实", "遂宁市市长", "chain_leader", "锂电产业链")]
    text = "4.家具产业链：链长（副市长）许文斌，副链长（市工信局局长）蔡明达；"
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("许文斌", "chain_leader", "家具产业链"), ("蔡明达", "deputy_chain_leader", "家具产业链")]


def test_a_named_official_who_also_takes_a_role_after_a_comma() -> None:
    text = "绵阳市委常委、常务副市长周启明，同时兼任市新型显示产业链链长，他给链办定了一个硬指标。"
    assert [(r.text, r.role, r.chain) for r in find_leaders(text)] == [("周启明", "chain_leader", "新型显示产业链")]
    text = "常务副市长周启明，听取了新型显示产业链链长的汇报。"
    assert not [r for r in find_leaders(text) if r.person]


def test_a_roster_table_with_post_only_cells_a_batch_of_chain_masters_and_joined_posts() -> None:
    text = ("附件：重点产业链链长、副链长及首批链主企业\n"
            "产业链｜链长｜副链长｜首批链主企业｜2027年营业收入目标（亿元）\n"
            "汽车｜副省长 韩立新｜省工业和信息化厅厅长｜长春长铃汽车集团有限公司、"
            "吉林华驰汽车零部件股份有限公司｜8,000\n"
            "电子信息｜区委常委、常务副区长 聂海涛｜区科技局主要负责同志｜芯视光电（南昌）有限公司｜143\n")
    found = [(r.text, r.person, r.title, r.role, r.chain) for r in find_leaders(text)]
    assert found == [
        ("韩立新", "韩立新", "副省长", "chain_leader", "汽车产业链"),
        ("省工业和信息化厅厅长", None, "省工业和信息化厅厅长", "deputy_chain_leader", "汽车产业链"),
        ("长春长铃汽车集团有限公司", "长春长铃汽车集团有限公司", None, "chain_master", "汽车产业链"),
        ("吉林华驰汽车零部件股份有限公司", "吉林华驰汽车零部件股份有限公司", None, "chain_master", "汽车产业链"),
        ("聂海涛", "聂海涛", "区委常委、常务副区长", "chain_leader", "电子信息产业链"),
        ("区科技局主要负责同志", None, "区科技局主要负责同志", "deputy_chain_leader", "电子信息产业链"),
        ("芯视光电（南昌）有限公司", "芯视光电（南昌）有限公司", None, "chain_master", "电子信息产业链")]
    # a table by place whose column counts the chain masters each place has recognised
    text = ("省份｜省级重点产业链｜已认定链主企业｜官方目标\n江苏｜30条｜68家｜2027年增至100家\n"
            "浙江｜25条｜112家｜2027年达150家\n")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("68家", 68), ("112家", 112)]


def test_a_predecessor_who_no_longer_holds_a_chain_and_a_chain_masters_figures() -> None:
    text = "会议还通报了调整情况：因工作变动，陈国栋不再担任装备制造产业链链长，由副市长罗志刚接任。"
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("陈国栋", "chain_leader", "装备制造产业链"), ("罗志刚", "chain_leader", "装备制造产业链")]
    text = "汽车零部件省内配套率提高到65%，链主企业省内采购额年均增长10%以上。"
    assert not find_leaders(text)


def test_a_chief_named_after_the_role_and_is_and_a_chain_master_one_of_several() -> None:
    text = "云南的绿色铝产业链规模最大。这条链的链长是杨振涛，云南省副省长，此前长期在曲靖、文山工作。"
    assert [(r.text, r.title, r.chain) for r in find_leaders(text)] == [("杨振涛", "云南省副省长", "绿色铝产业链")]
    text = "硅光伏产业链的链长是何丽萍，她同时担任云南省人民政府秘书长。"
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("何丽萍", "硅光伏产业链")]
    assert not [r for r in find_leaders("链长是官员，不是老板，协调得了用地审批。") if r.person]
    text = "石化新材料产业链的链主企业之一海南洋浦炼化新材料有限公司，今年上半年实现产值312.5亿元。"
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("海南洋浦炼化新材料有限公司", "石化新材料产业链")]
    text = "绿色食品产业链增设副链长，由管委会主任助理文婕担任。"
    assert [(r.text, r.title, r.role) for r in find_leaders(text)] == [
        ("文婕", "管委会主任助理", "deputy_chain_leader")]


def test_a_tab_table_whose_chain_and_chief_cells_are_merged_with_the_row_above() -> None:
    text = ("2026年度常州市重点产业链链主企业评价结果\n"
            "序号\t所属产业链\t产业链链长\t企业名称\t评价得分\t等次\n"
            "1\t新能源汽车及核心零部件产业链\t副市长 吴海峰\t常州恒驰新能源汽车科技股份有限公司\t96.4\tA\n"
            "2\t\t\t江苏锐途汽车电子有限公司\t91.7\tA\n"
            "3\t光伏产业链\t市委常委、常务副市长 沈立军\t天晟光能科技（常州）有限公司\t97.1\tA\n")
    found = [(r.text, r.role, r.chain) for r in find_leaders(text)]
    nev = "新能源汽车及核心零部件产业链"
    assert found == [("吴海峰", "chain_leader", nev), ("常州恒驰新能源汽车科技股份有限公司", "chain_master", nev),
                     ("江苏锐途汽车电子有限公司", "chain_master", nev), ("沈立军", "chain_leader", "光伏产业链"),
                     ("天晟光能科技（常州）有限公司", "chain_master", "光伏产业链")]


def test_a_chief_who_is_also_the_chief_of_a_chain_took_it_over_or_holds_it_as_a_post() -> None:
    text = "主持会议的周明远是县长，同时也是全县重点产业链的副总链长。"
    assert [(r.text, r.title) for r in find_leaders(text)] == [("周明远", "县长")]
    text = "他是大足区委常委、副区长秦立新，也是大足五金产业链的链长。"
    assert [(r.text, r.role, r.chain) for r in find_leaders(text)] == [("秦立新", "chain_leader", "五金产业链")]
    text = "副区长秦立新连夜赶到厂里。秦立新是今年3月接任五金产业链链长的。"
    assert [(r.start, r.chain) for r in find_leaders(text)] == [(text.rindex("秦立新"), "五金产业链")]
    text = "年初市委调整分工后，全市重点产业链总链长一职由市委书记周启航担任；"
    assert [(r.text, r.role) for r in find_leaders(text)] == [("周启航", "chief_chain_leader")]
    text = "新材料产业链由副县长（挂职）赵立恒任链长：新开工亿元以上项目4个。"
    assert [(r.text, r.title, r.chain) for r in find_leaders(text)] == [("赵立恒", "副县长", "新材料产业链")]


def test_roster_lines_with_a_post_aside_and_offices_after_a_comma_and_a_table_of_long_chain_names() -> None:
    text = ("泗阳县产业链链长名单：\n新能源装备产业链\n链长：副县长（挂职）郑宇航\n"
            "副链长：县发展改革委主任 黄岩、县经济开发区管委会主要负责同志\n绿色食品产业链\n"
            "副链长：县农业农村局局长张涛，县市场监管局主要负责同志\n")
    found = [(r.text, r.title, r.role) for r in find_leaders(text)]
    assert found == [("郑宇航", "副县长（挂职）", "chain_leader"), ("黄岩", "县发展改革委主任", "deputy_chain_leader"),
                     ("县经济开发区管委会主要负责同志", "县经济开发区管委会主要负责同志", "deputy_chain_leader"),
                     ("张涛", "县农业农村局局长", "deputy_chain_leader"),
                     ("县市场监管局主要负责同志", "县市场监管局主要负责同志", "deputy_chain_leader")]
    text = ("产业链｜链长｜链主企业｜研发投入｜研发强度\n"
            "新能源汽车及汽车核心零部件｜丁卫国（市委常委、常务副市长）｜常州星驰新能源汽车有限公司｜28.6｜3.9%\n")
    chain = "新能源汽车及汽车核心零部件产业链"
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("丁卫国", chain), ("常州星驰新能源汽车有限公司", chain)]


def test_a_chief_who_took_the_role_after_a_pronoun_and_words_of_a_clause_are_no_firm() -> None:
    text = "负责咖啡产业链的是副市长陈雅婷，她去年起兼任该链链长。"
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("陈雅婷", "咖啡产业链")]
    assert not [r for r in find_leaders("但在已成为链主的台厂中，仍有不少选择加码。") if r.person]
    # one person's role before 、 is not the next person's
    text = "由县委书记李宏伟任总链长、县长周明阳任副总链长。"
    assert [(r.text, r.role) for r in find_leaders(text)] == [
        ("李宏伟", "chief_chain_leader"), ("周明阳", "deputy_chain_leader")]


def test_firms_a_clause_calls_chain_masters_counted() -> None:
    text = "截至10月31日，三省被认定为省级重点产业链链主企业的A股上市公司共47家，前三季度合计实现营收6800亿元。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [("47家", 47)]
    text = "截至今年9月，被大陆各地认定为链主的台资企业已超过150家，分布在江苏、浙江等省份。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [("150家", 150)]
    assert not find_leaders("每条产业链认定为链主企业的原则上不超过3家。")


def test_a_chain_offices_head_named_after_the_post_and_by() -> None:
    text = "日常工作由产业链链长制工作办公室（下称“区链办”）承担，区链办主任由工信厅厅长韦志刚兼任。"
    assert [(r.text, r.role) for r in find_leaders(text)] == [("韦志刚", "official")]
    text = "链办设在市农业农村局，主任由该局副局长林志航兼任。"
    assert [(r.text, r.role) for r in find_leaders(text)] == [("林志航", "official")]
    assert not find_leaders("学校设在县城，主任由张三兼任。")


def test_a_chain_offices_head_by_a_post_joined_before_his_title_or_after_then() -> None:
    text = "市新材料产业链链办负责人、市工信局副局长邓雅琪介绍，市财政每年安排资金2亿元。"
    assert [(r.text, r.role, r.chain) for r in find_leaders(text)] == [("邓雅琪", "official", "新材料产业链")]
    text = "铜基新材料产业链由市委书记丁可心兼任链长，副市长潘立言任副链长，市链办主任则由市经信局局长胡敏担任。"
    assert [(r.text, r.role) for r in find_leaders(text)][-1] == ("胡敏", "official")


def test_a_chief_after_the_role_a_comma_and_is_or_a_change_to() -> None:
    text = "这位链长，是奉新县委副书记、县长聂文杰。"
    assert [(r.text, r.title) for r in find_leaders(text)] == [("聂文杰", "奉新县委副书记、县长")]
    text = "这条链的链长，是1月刚从自治区发展改革委交流到百色任职的副市长陆海川。"
    assert [(r.text, r.title) for r in find_leaders(text)] == [("陆海川", "副市长")]
    text = "目前，东兴区汽车零部件产业链链长已调整为区委常委、常务副区长邓毅。"
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("邓毅", "汽车零部件产业链")]


def test_a_successor_who_takes_the_post_a_predecessor_no_longer_holds() -> None:
    text = "绿色建材产业链：原链长孙国庆（县政协副主席）因到龄退休不再担任，由县政协副主席潘毅担任。"
    found = [(r.text, r.role, r.chain) for r in find_leaders(text)]
    assert ("潘毅", "chain_leader", "绿色建材产业链") in found


def test_a_roster_one_line_per_chain_with_dashes() -> None:
    text = ("县里8条重点产业链各有链长，各链链长和链主企业如下：\n"
            "绿色食品产业链——马洪涛（副县长）——山东莒州食品集团、浮来春食品\n"
            "新型建材产业链——李文东（县人大常委会副主任）——待遴选\n")
    found = [(r.text, r.role, r.chain, r.title) for r in find_leaders(to_simplified(text))]
    assert ("马洪涛", "chain_leader", "绿色食品产业链", "副县长") in found
    assert ("浮来春食品", "chain_master", "绿色食品产业链", None) in found
    assert ("李文东", "chain_leader", "新型建材产业链", "县人大常委会副主任") in found
    assert not any(r[0] == "待遴选" for r in found)
    assert not find_leaders("会议议程如下：\n开幕式——张三（主持人）——致辞\n")  # no chain, no chain chiefs


def test_chain_masters_beside_other_firms_a_passive_verb_and_a_part_by_what_it_suffered() -> None:
    text = "杨志刚走访链主企业泾河重卡集团及秦川电驱动、渭北新材料等4家链上企业。"
    assert [r.text for r in find_leaders(text) if r.role == "chain_master"] == ["泾河重卡集团"]
    text = "记者走访的12家配套企业中，有9家表示曾被链主企业压款。"
    assert not [r for r in find_leaders(text) if r.person]
    text = "河南南阳一家为汽车零部件产业链链主企业配套生产铝压铸件的企业负责人说，货款被拖欠。"
    assert not [r for r in find_leaders(text) if r.person]
    text = "南阳市共认定链主企业26家，其中7家被本地供应商反映存在逾期付款问题。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [("链主企业26家", 26), ("7家", 7)]


def test_a_table_by_place_counts_chain_chiefs_and_chain_masters_under_bracketed_classifiers() -> None:
    text = ("表：三省區鏈長制概況\n省區｜重點產業鏈（條）｜省級鏈長（位）｜已認定鏈主（家）｜2027年鏈主目標（家）\n"
            "貴州｜10｜10｜58｜100\n廣西｜14｜13｜76｜120\n")
    found = [(r.text, r.role, r.count, r.rank) for r in find_leaders(to_simplified(text))]
    assert found == [("10", "chain_leader", 10, "省级"), ("58", "chain_master", 58, None),
                     ("13", "chain_leader", 13, "省级"), ("76", "chain_master", 76, None)]


def test_a_firm_right_after_the_role_word_and_an_alias_the_article_defines() -> None:
    found = [(r.text, r.chain) for r in find_leaders(to_simplified("糖業鏈鏈主南國糖業集團去年榨蔗約1,150萬噸。"))]
    assert found == [("南国糖业集团", "糖业链")]
    assert not find_leaders(to_simplified("船舶海工產業鏈鏈主協益精工以甲板機械見長。"))[0].person
    assert not find_leaders(to_simplified("他說：「鏈主有訂單，卻不一定有晶片」。"))
    assert [r.person for r in find_leaders("链主企业有宁德时代。")] == ["宁德时代"]
    text = "链主山拓重工拟投62亿元。济宁工程机械产业链链主企业山拓重工股份有限公司（下称“山拓重工”）公告。"
    assert {r.person for r in find_leaders(text)} == {"山拓重工股份有限公司"}


def test_a_name_after_a_title_then_a_time_word_and_english_people_sharing_a_chain() -> None:
    text = "雲南綠色鋁產業鏈鏈長、副省長段立誠上月在昆明表示，要加快發展。"
    assert [(r.person, r.chain) for r in find_leaders(to_simplified(text))] == [("段立诚", "绿色铝产业链")]
    text = "The coal-based new materials chain is jointly led by Vice Governors Guo Lirong and Zhang Mingkai."
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Guo Lirong", "coal-based new materials chain"), ("Zhang Mingkai", "coal-based new materials chain")]
    assert not find_leaders("Chain Leaders Take Center Stage", language="en")


def test_english_headlines_in_title_case_name_no_firm_and_generic_chain_chief_events() -> None:
    assert not find_leaders("Chinese Motor Maker's 'Chain Master' Tag Puts Its Suppliers on the Spot", language="en")
    assert not find_leaders("Suqian Releases 2026 Investment Guide for Eight Key Industrial Chains, Publishes Chain "
                            "Chief and Chain Master Roster", language="en")
    assert [r.person for r in find_leaders("Chain Master Sany Heavy Industry Co. Opens New Plant in Changsha",
                                           language="en")] == ["Sany Heavy Industry Co."]
    assert not find_leaders("Shanxi on Friday held its annual chain chief conference.", language="en")
    text = ("Two of them, the steel chain and the coal chain, each have two chain chiefs. "
            "Each chain has two chain chiefs.")
    assert not find_leaders(text, language="en")
    assert [r.count for r in find_leaders("The province has 18 chain chiefs.", language="en")] == [18]


def test_english_bulleted_totals_labelled_lists_and_the_parts_of_a_batch() -> None:
    found = find_leaders("Highlights:\n- 17 chain master enterprises named in two batches since 2023\n", language="en")
    assert [(r.text, r.count) for r in found] == [("17 chain master enterprises", 17)]
    text = ("Photovoltaic and new energy chain\n- Chain masters: 3 (Suqian Guangyao Solar Technology Co., Ltd.; "
            "Jiangsu Tianji Photovoltaic Co., Ltd.)\n")
    assert [r.person for r in find_leaders(text, language="en") if r.person] == [
        "Suqian Guangyao Solar Technology Co., Ltd.", "Jiangsu Tianji Photovoltaic Co., Ltd."]
    text = ("The conference named 21 new chain master enterprises. The new batch comprises 12 state-owned "
            "enterprises and nine private companies.")
    assert [r.count for r in find_leaders(text, language="en")] == [21, 12, 9]
    text = "The conference named 21 new chain master enterprises. The new batch comprises 12 state-owned enterprises."
    assert [r.count for r in find_leaders(text, language="en")] == [21]


def test_english_a_firm_named_the_chain_master_its_full_name_before_and_totals_across_chains() -> None:
    text = ("(Bloomberg) -- Zhejiang Ouchuan Electric Co., a Shanghai-listed maker of micro motors, has a new job.\n\n"
            'The city government named Ouchuan the "chain master" of its precision manufacturing industrial chain.')
    found = [(r.text, r.chain) for r in find_leaders(text, language="en")]
    assert ("Zhejiang Ouchuan Electric Co.", "precision manufacturing industrial chain") in found
    assert ("Ouchuan", "precision manufacturing industrial chain") in found
    text = ("The city named Ouchuan chain master of its precision manufacturing industrial chain. It has named 14 "
            "chain master enterprises across its eight key industrial chains, three of them on the auto chain.")
    found = [(r.text, r.chain) for r in find_leaders(text, language="en") if r.count]
    assert found == [("14 chain master enterprises", None), ("three", "auto chain")]


def test_english_chains_and_their_chiefs_one_a_line_parts_of_a_count_and_a_firm_of_a_kind() -> None:
    text = ("The five chains and their chiefs are:\n\n1. Mutton sheep: Liu Zhenhua, executive deputy county head, "
            "with Ma Lin, director of the county agriculture bureau, as deputy chain chief;\n\n"
            "2. Oats and small grains: Bai Xue, deputy county head;\n")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text, language="en")]
    assert found == [("Liu Zhenhua", "chain_leader", "mutton sheep chain"),
                     ("Ma Lin", "deputy_chain_leader", "mutton sheep chain"),
                     ("Bai Xue", "chain_leader", "oats and small grains chain")]
    text = ("Hunan has designated 41 chain master enterprises across its 18 key industrial chains, the notice "
            "showed. Seven of them are provincial state-owned firms.")
    assert [(r.text, r.count) for r in find_leaders(text, language="en")] == [
        ("41 chain master enterprises", 41), ("Seven of them", 7)]
    assert not find_leaders('"Naming an SOE as chain master is the easy part," said Dong Wei.', language="en")


def test_english_a_firm_named_short_takes_the_full_name_the_article_gives() -> None:
    text = ("China's Hunan names state steelmaker Xianggang chain master for advanced steel chain\n\n"
            "Hunan Xianggang Special Materials Group was named chain master on Tuesday.")
    found = [(r.text, r.person) for r in find_leaders(text, language="en")]
    assert ("Xianggang", "Hunan Xianggang Special Materials Group") in found


def test_a_digest_of_listed_firms_announcing_they_were_named_chain_masters() -> None:
    text = ("据不完全统计，已有17家A股公司披露入选各地链主企业名单，其中沪深主板公司12家。\n\n"
            "恒锐精工：获评浙江高端装备链主\n\n"
            "浙江恒锐精工股份有限公司（证券简称：恒锐精工）公告，公司被浙江省经济和信息化厅认定为省级高端装备产业链链主企业。\n\n"
            "华屹新材：子公司入选湖北化工新材料链主\n\n湖北华屹新材料股份有限公司（证券简称：华屹新材）公告，全资子公司宜昌华屹硅材料"
            "有限公司被认定为湖北省化工新材料产业链链主企业。\n\n附件：链主企业名单\n")
    found = [(r.text, r.person, r.count) for r in find_leaders(text)]
    assert found[:2] == [("17家A股公司", None, 17), ("沪深主板公司12家", None, 12)]
    assert ("恒锐精工", "浙江恒锐精工股份有限公司", None) in found
    assert ("浙江恒锐精工股份有限公司", "浙江恒锐精工股份有限公司", None) in found
    assert ("宜昌华屹硅材料有限公司", "宜昌华屹硅材料有限公司", None) in found
    assert len(found) == 5  # (no role word alone, no 华屹新材, no 附件)


def test_names_listed_after_a_titled_one_and_the_heads_of_firms_counted() -> None:
    text = "副县长马晓彤、杨文杰任发制品产业链副链长。"
    assert [(r.person, r.role) for r in find_leaders(text)] == [
        ("马晓彤", "deputy_chain_leader"), ("杨文杰", "deputy_chain_leader")]
    text = "链长方志鸿率领，链主企业广东宏兴不锈钢制品集团有限公司、揭阳金鼎五金实业有限公司等22家企业负责人同行。"
    assert not [r for r in find_leaders(text) if r.count]


def test_english_a_part_of_whom_a_successor_and_a_chain_led_before() -> None:
    text = "Luoyang's 16 key chains are led by 16 city leaders, 11 of whom sit on fund committees."
    assert [(r.text, r.count) for r in find_leaders(text, language="en")] == [("16 city leaders", 16), ("11", 11)]
    text = ("Mianyang changed the chief of its new display industrial chain in January. Deputy Mayor Pu Jiarui took "
            "over from Luo Zhenbo, who had led the chain since 2023.")
    found = [(r.person, r.chain) for r in find_leaders(text, language="en") if r.person]
    assert found == [("Pu Jiarui", "new display industrial chain"), ("Luo Zhenbo", "new display industrial chain")]
    text = "Vice mayor Huang Zhiqiang was there. Huang, who had led the forest products chain since 2023, stays."
    assert ("Huang", "Huang Zhiqiang", "forest products chain") in [
        (r.text, r.person, r.chain) for r in find_leaders(text, language="en")]
    assert not find_leaders("Pu Jiarui took over from Luo Zhenbo at the bank.", language="en")


def test_chain_masters_one_a_line_under_chain_headings_and_a_breakdown_by_place() -> None:
    text = ("現將第二批省級重點產業鏈鏈主企業名單公佈如下(共14家,按產業鏈排列):\n"
            "一、光伏產業鏈(鏈長:副省長 楊建國)\n西安隆辰綠能科技股份有限公司\n寶雞秦嶺硅材料有限公司\n"
            "二、新能源汽車產業鏈(鏈長:常務副省長 趙啟明;副鏈長:省發展改革委主要負責同志)\n"
            "西安秦馳汽車集團有限公司\n從地域分佈看,西安市入選2家,寶雞市入選1家。\n")
    found = [(r.text, r.role, r.chain, r.count) for r in find_leaders(to_simplified(text))]
    assert ("宝鸡秦岭硅材料有限公司", "chain_master", "光伏产业链", None) in found
    assert ("西安秦驰汽车集团有限公司", "chain_master", "新能源汽车产业链", None) in found
    assert ("副链长:省发展改革委主要负责同志", "deputy_chain_leader", "新能源汽车产业链", None) in found
    assert ("2家", "chain_master", None, 2) in found
    assert not [r for r in found if r[0].startswith("从地域")]


def test_a_short_name_recognised_the_rest_named_an_office_head_and_leaders_each_on_a_chain() -> None:
    found = [(r.text, r.role) for r in find_leaders(to_simplified("桂鋁控股獲百色列生態鋁「鏈主」 擬投人民幣42億擴產"))]
    assert found == [("桂铝控股", "chain_master")]
    assert not find_leaders("4家A股公司公告称，公司或其子公司被所在省份认定为重点产业链“链主”企业。")[1:]
    text = "百色市首批共认定链主企业6家，其中生态铝产业链占3家，桂铝是其一，另外两家分别为百矿集团及右江铝业。"
    found = [(r.text, r.chain, r.count) for r in find_leaders(text)]
    assert found[1:] == [("3家", "生态铝产业链", 3), ("两家", "生态铝产业链", 2), ("百矿集团", "生态铝产业链", None),
                         ("右江铝业", "生态铝产业链", None)]
    found = [(r.text, r.title) for r in find_leaders("生态铝产业链链长由副市长韦剑锋担任，市工信局局长任副链长。")]
    assert found[1] == ("市工信局局长任副链长", "市工信局局长")
    assert [(r.text, r.count, r.rank) for r in find_leaders("10位市领导各管一条链")] == [("10位市领导", 10, "市级")]


def test_places_ranked_by_their_chain_masters_and_english_firms_included_on_their_chains() -> None:
    text = "按链主企业数量排序，河南以186家居首，湖南152家次之，安徽137家、湖北124家分列第三、四位。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("186家", 186), ("152家", 152), ("137家", 137), ("124家", 124)]
    text = ("A total of 118 chain master enterprises have been identified in three batches, including Shaanxi "
            "Automobile Holding Group Co., Ltd. on the automobile industrial chain and LONGi Green Energy Technology "
            "Co., Ltd. on the photovoltaic industrial chain.")
    found = [(r.person, r.chain) for r in find_leaders(text, language="en") if r.person]
    assert found == [("Shaanxi Automobile Holding Group Co., Ltd.", "automobile industrial chain"),
                     ("LONGi Green Energy Technology Co., Ltd.", "photovoltaic industrial chain")]
    text = "The fair drew 40 firms, including Li Ming on the steel chain."
    assert not [r for r in find_leaders(text, language="en") if r.person]


def test_two_chain_masters_joined_by_he_but_not_two_activities() -> None:
    text = "链主企业晶澜光能和滁州明衡光伏玻璃股份有限公司今年本地采购额合计58.6亿元。"
    assert [r.person for r in find_leaders(text)] == ["晶澜光能", "滁州明衡光伏玻璃股份有限公司"]
    assert not find_leaders("重点支持链主企业技术改造和配套项目建设。")


def test_english_press_release_subsidiary_batch_members_totals_and_a_chains_part() -> None:
    text = ('Lumina Optics Holdings Limited (HKEX: 2689) today announced that its wholly owned subsidiary, Jiangxi '
            'Lumina Optoelectronics Co., Ltd. ("Jiangxi Lumina"), has been recognized as a "chain master" enterprise '
            "of the optical industrial chain of Shangrao.")
    assert [r.person for r in find_leaders(text, language="en")] == ["Jiangxi Lumina Optoelectronics Co., Ltd."]
    text = ("Jiangxi Lumina is one of six enterprises named in the second batch of chain master enterprises, which "
            "brings the number of chain master enterprises across the city's 10 key industrial chains to 27. Two of "
            "the six, including Jiangxi Lumina, belong to the optical chain.")
    assert [(r.text, r.count, r.chain) for r in find_leaders(text, language="en")] == [
        ("six enterprises", 6, None), ("27", 27, None), ("Two", 2, "optical chain")]


def test_a_firm_put_in_the_role_by_ba_and_firms_promoted_in_a_headline() -> None:
    found = [(r.person, r.chain) for r in find_leaders("三明市则把联氟化学列为氟新材料产业链的链主。")]
    assert found == [("联氟化学", "氟新材料产业链")]
    assert not find_leaders("一些地方为了凑数把中小企业也列为链主。")
    found = [(r.text, r.count) for r in find_leaders("三家台厂在闽升格「链主」 福州、泉州链长押宝台资")]
    assert found == [("三家台厂", 3)]


def test_english_a_chains_role_then_its_holder_in_apposition() -> None:
    for text in ("Pinghu's chain chief for the parts chain, Vice Mayor Shen Jiawei, has made two visits.",
                 "The parts chain's chief, Vice Mayor Shen Jiawei, has made two visits."):
        assert [(r.text, r.person, r.chain) for r in find_leaders(text, language="en")] == [
            ("Shen Jiawei", "Shen Jiawei", "parts chain")]


def test_a_role_then_comma_yu_its_holder_office_heads_in_brackets_and_the_next_part() -> None:
    text = "长春汽车产业链的链长，由长春市委副书记、市长邹立恒亲自担任，市工业和信息化局主要负责人任副链长。"
    found = [(r.text, r.role, r.title) for r in find_leaders(text)]
    assert found == [("邹立恒", "chain_leader", "长春市委副书记、市长"),
                     ("市工业和信息化局主要负责人任副链长", "deputy_chain_leader", "市工业和信息化局主要负责人")]
    found = [(r.text, r.title) for r in find_leaders("绿色食品产业链：副链长（县农业农村局主要负责同志）两次缺席；")]
    assert found == [("副链长（县农业农村局主要负责同志）", "县农业农村局主要负责同志")]
    text = "第二批名单共有链主企业9家，其中整车企业2家、零部件企业7家。"
    assert [r.count for r in find_leaders(text)] == [9, 2, 7]
    text = "黄志斌同志因工作调动，不再担任制香产业链链长，由副县长林婉清同志接任。"
    assert [r.person for r in find_leaders(text)] == ["黄志斌", "林婉清"]
    text = to_simplified("台廠旭泰獲列古雷石化「鏈主」 再砸人民幣120億元擴產")
    assert [r.text for r in find_leaders(text)] == ["旭泰"]


def test_village_cadres_as_village_chain_chiefs_of_the_towns_chain() -> None:
    text = "鹿原镇推行黄桃产业链链长制：镇党委书记刘建华任镇级链长，13名村党支部书记分别担任所在村的村级链长。"
    found = [(r.text, r.count, r.rank, r.chain) for r in find_leaders(text) if r.count]
    assert found == [("13名村党支部书记", 13, "村级", "黄桃产业链")]


def test_english_a_chains_short_name_before_chain_masters() -> None:
    text = "The city's two auto chain masters, Jinyuan Motor and Huabei Drivetrain, will pay within 60 days."
    assert [(r.text, r.count) for r in find_leaders(text, language="en")][0] == ("two auto chain masters", 2)
    text = "It has five deputy chain chiefs."
    assert [(r.role, r.count) for r in find_leaders(text, language="en")] == [("deputy_chain_leader", 5)]


def test_english_firms_each_with_their_own_role_an_adjective_and_an_events_name() -> None:
    text = ("Among them, Minjiang Power Battery Co., Ltd., chain master of the new energy battery industrial chain, "
            "and Haixi Photoelectric Technology Co., Ltd., chain master of the optoelectronic display industrial "
            "chain, will each hold a session.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Minjiang Power Battery Co., Ltd.", "new energy battery industrial chain"),
        ("Haixi Photoelectric Technology Co., Ltd.", "optoelectronic display industrial chain")]
    text = ("The largest deal was a joint venture between Guangdong Lingyun Robotics, the chain master of the robotics "
            "chain, and a Hong Kong-listed logistics group.")
    assert [r.person for r in find_leaders(text, language="en")] == ["Guangdong Lingyun Robotics"]
    assert not find_leaders("The department will hold the 2026 Fujian Chain Master Enterprises Procurement Fair.",
                            language="en")


def test_time_words_after_a_name_end_it() -> None:
    text = "数控机床产业链副链长、区经济信息委主任王峥每月都要到课堂听一堂课。"
    assert [r.person for r in find_leaders(text)] == ["王峥"]


def test_english_a_chain_which_its_chief_has_led() -> None:
    text = ("Eleven deals involve the city's robotics and intelligent equipment industrial chain, which Vice-Mayor "
            'Liang Yuting has led as "chain chief" since 2024.')
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Liang Yuting", "robotics and intelligent equipment industrial chain")]


def test_a_time_word_inside_a_title_run() -> None:
    text = "闻喜县镁基新材料产业链链长、时任副县长王建业自2025年3月任职以来，仅召开链长办公会1次。"
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("王建业", "镁基新材料产业链")]


def test_english_a_chains_roster_told_in_one_sentence_with_semicolons() -> None:
    text = ("The chain leader of the grain and oil deep processing chain is Comrade Ma Qiang, deputy county mayor; the "
            "deputy chain leaders are Comrade Wu Haiyan, director of the County Bureau of Agriculture and Rural "
            "Affairs, and the principal responsible comrade of the County Bureau of Commerce; the chain master "
            "enterprises are Xiajin Jinyu Grain and Oil Co., Ltd. and Shandong Fengyuan Starch Co., Ltd.")
    found = [(r.text, r.role, r.title) for r in find_leaders(text, language="en")]
    assert found == [
        ("Ma Qiang", "chain_leader", "deputy county mayor"),
        ("Wu Haiyan", "deputy_chain_leader", "director of the County Bureau of Agriculture and Rural Affairs"),
        ("principal responsible comrade of the County Bureau of Commerce", "deputy_chain_leader",
         "principal responsible comrade of the County Bureau of Commerce"),
        ("Xiajin Jinyu Grain and Oil Co., Ltd.", "chain_master", None),
        ("Shandong Fengyuan Starch Co., Ltd.", "chain_master", None)]


def test_chain_masters_after_namely_a_chain_has_n_and_a_maker_that_is_chain_master() -> None:
    text = to_simplified("新能源汽車鏈現有鏈主企業3家，即鼎能動力電池、智行汽車和鴻泰精密壓鑄。")
    assert [r.person for r in find_leaders(text) if r.person] == ["鼎能动力电池", "智行汽车", "鸿泰精密压铸"]
    text = ('Each chain has large firms designated as "chain masters". The dairy chain has three: Hulunbuir '
            "Grassland Dairy Co, Hailar-based Mengyuan Dairy Co and Sanhe Breeding Group, which runs a center.")
    found = [(r.text, r.count) for r in find_leaders(text, language="en")]
    assert found == [("three", 3), ("Hulunbuir Grassland Dairy Co", None), ("Mengyuan Dairy Co", None),
                     ("Sanhe Breeding Group", None)]
    text = ("The biggest payment went to Xuancheng Hengtai Auto Parts Group, the brake and chassis maker that is "
            "chain master of the city's auto parts chain.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Xuancheng Hengtai Auto Parts Group", "auto parts chain")]


def test_a_table_by_chain_master_firm() -> None:
    text = ("从四家链主企业的招商成绩看：\n链主企业｜引进配套项目｜投资额\n鹏锐汽车（肇庆）有限公司｜14个｜86.5亿元\n"
            "端州智驾科技有限公司｜6个｜18.7亿元\n")
    assert [r.person for r in find_leaders(text) if r.person] == ["鹏锐汽车（肇庆）有限公司", "端州智驾科技有限公司"]


def test_a_former_chain_chief_named_after_the_role_who_leaves_for_a_successor() -> None:
    text = "其中，原现代煤化工产业链链长高建军因工作变动不再担任，由自治区副主席刘文涛接任。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("高建军", "现代煤化工产业链"), ("刘文涛", "现代煤化工产业链")]


def test_english_co_chiefs_a_longer_firm_name_and_a_list_after_a_date() -> None:
    text = ("Vice Governor Sun Lixin and Yu Hanqing, president of Hefei University of Technology, are co-chiefs of the "
            "new energy vehicle chain.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Sun Lixin", "new energy vehicle chain"), ("Yu Hanqing", "new energy vehicle chain")]
    text = "Its chain master, Henan Hengjia Home Furnishing Group, completed a park last year."
    assert [r.person for r in find_leaders(text, language="en")] == ["Henan Hengjia Home Furnishing Group"]
    text = ("The province named 38 chain master enterprises in July, among them Jiuquan-based Hexi Wind Power "
            "Equipment Co.")
    assert [r.person for r in find_leaders(text, language="en") if r.person] == ["Hexi Wind Power Equipment Co."]
    text = "Overdue bills owed by chain masters in Fujian, Hebei and Zhejiang could top 120 billion yuan."
    assert not find_leaders(text, language="en")


def test_a_table_by_place_counting_taiwanese_chain_masters_and_adverbs_are_no_firm() -> None:
    text = "城市｜重點產業鏈（條）｜鏈主企業（家）｜台資鏈主（家）\n泰州｜12｜31｜2\n鹽城｜15｜39｜3\n"
    assert [(r.text, r.count) for r in find_leaders(to_simplified(text))] == [("31", 31), ("2", 2), ("39", 39),
                                                                                ("3", 3)]
    text = to_simplified("台廠過去多扮演鏈主的二、三級供應商，如今直接被列為「鏈主」，代表當地開始。")
    assert not find_leaders(text)


def test_the_chains_only_chain_master_counted_and_named() -> None:
    text = "目前生物医药产业链有规上企业37家，但链主企业只有1家，即杭州康禾生物制药有限公司。"
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [
        ("链主企业只有1家", 1, "生物医药产业链"), ("杭州康禾生物制药有限公司", None, "生物医药产业链")]


def test_a_place_after_as_is_no_firm_and_a_chain_work_office_head() -> None:
    text = ("- publish the names of the chain masters of every key chain, as Chongqing did when it announced its "
            "first 50 chain masters in 2024;")
    assert [r.person for r in find_leaders(text, language="en") if r.person] == []
    text = "市重点产业链工作推进办公室主任、市经济和信息化局局长罗斌介绍，今年以来各链长已赴外招商21次。"
    assert [(r.person, r.role) for r in find_leaders(text)] == [("罗斌", "official")]


def test_english_of_those_after_a_long_sentence_counting_chain_masters() -> None:
    text = ('Wuxi and Changzhou have between them named 34 "chain master" enterprises, the anchor firms local '
            "officials expect to drag suppliers into town. Of those, 19 are listed in Shanghai or Shenzhen.")
    assert [(r.text, r.count) for r in find_leaders(text, language="en")] == [
        ('34 "chain master" enterprises', 34), ("19", 19)]


def test_english_a_notices_headings_over_general_chiefs_and_chain_lines() -> None:
    text = ("I. General chain chiefs\n\nZhang Mingyuan, secretary of the CPC Huainan Municipal Committee\n\n"
            "II. Chain chiefs\n\n1. Coal-based new materials chain: Wang Dehai, executive vice mayor\n"
            "2. Intelligent mining equipment chain: Wang Dehai (concurrently)\n\nIII. Chain chief office\n\n"
            "The office is located at the bureau.\n")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text, language="en")]
    assert found == [("Zhang Mingyuan", "chief_chain_leader", None),
                     ("Wang Dehai", "chain_leader", "coal-based new materials chain"),
                     ("Wang Dehai", "chain_leader", "intelligent mining equipment chain")]


def test_english_firms_after_what_they_make_named_as_chain_masters() -> None:
    text = ("Last September the city named airframe maker Yinxu Aviation Technology Co., drone engine builder "
            "Zhongyuan Tianyu Power Co. and flight services company Huanbei General Aviation Co. as its chain "
            "master enterprises.")
    assert [r.person for r in find_leaders(text, language="en")] == [
        "Yinxu Aviation Technology Co.", "Zhongyuan Tianyu Power Co.", "Huanbei General Aviation Co."]


def test_english_designated_by_a_government_names_the_subject_not_the_government() -> None:
    text = ('In April 2026, Shandong Binhai Alloy Technology Co., Ltd. ("Binhai Alloy Technology"), the Group\'s '
            "principal operating subsidiary in Zouping, was designated by the People's Government of Binzhou "
            "Municipality as a chain master enterprise of the city's high-end aluminium industrial chain.")
    assert [r.person for r in find_leaders(text, language="en")] == ["Shandong Binhai Alloy Technology Co., Ltd."]
    assert find_leaders("Designation as a Chain Master Enterprise\n\nThe city named it.", language="en") == []


def test_english_chief_in_apposition_with_a_lower_case_title_and_put_in_charge_of_it() -> None:
    text = ("When Anhui's provincial chain office circulated its mid-year scores, the photovoltaic chain was "
            "flagged red. Its chain chief, vice governor Fang Jiayu, had signed 23 of the 60 projects.")
    assert [(r.person, r.title, r.chain) for r in find_leaders(text, language="en")] == [
        ("Fang Jiayu", "vice governor", "photovoltaic chain")]
    text = "Anyang put Vice-Mayor Guo Ruixue in charge of it as chain chief."
    assert [(r.person, r.role) for r in find_leaders(text, language="en")] == [("Guo Ruixue", "chain_leader")]


def test_a_firm_is_the_chain_master_with_wei_and_a_town_head_is_the_towns_chain_leader() -> None:
    text = "全市共认定链主企业28家，其中省级链主企业6家；安徽云汇数据科技有限公司为云计算产业链链主企业。"
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [
        ("链主企业28家", 28, None), ("省级链主企业6家", 6, None), ("安徽云汇数据科技有限公司", None, "云计算产业链")]
    assert [r.person for r in find_leaders("云汇公司为云计算产业链链主企业配套生产零部件。") if r.person] == []
    text = "梅城镇镇长谢海波则是该镇中药材产业链链长。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("谢海波", "中药材产业链")]
    text = "副镇长刘芳任副链长，湖南资江源茶业集团有限公司被确定为链主企业。"
    assert [r.person for r in find_leaders(text)] == ["刘芳", "湖南资江源茶业集团有限公司"]


def test_town_heads_leading_chains_and_each_towns_own_chain_is_no_record() -> None:
    text = "湖南安化“链长制”下沉到乡镇 23位乡镇长领办31条特色产业链"
    assert [(r.text, r.role, r.count, r.rank) for r in find_leaders(text)] == [
        ("23位乡镇长", "chain_leader", 23, "乡镇级")]
    assert find_leaders("全县23个乡镇的乡镇长分别担任本乡镇特色产业链链长，共领办31条乡镇级产业链。") == []
    assert find_leaders("按照县里印发的实施方案，乡镇党委书记任本乡镇产业链总链长，乡镇长任链长。") == []


def test_traditional_chain_master_totals_parts_and_a_headlines_taiwanese_firms() -> None:
    text = to_simplified("加計前兩批，廈門累計認定的鏈主企業已增至58家，其中台資9家。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("链主企业已增至58家", 58), ("台资9家", 9)]
    text = to_simplified("廈門第三批鏈主名單出爐 3家台商入列 與陸廠搶面板車用商機")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("3家台商", 3)]
    text = to_simplified("今年以來已有12家鏈主企業赴港上市或發債，其中4家在港交所主板掛牌，合共集資約186億港元。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("12家链主企业", 12), ("4家", 4)]


def test_a_chain_master_named_by_its_trade_and_an_office_with_its_short_name_in_brackets() -> None:
    assert [r.person for r in find_leaders("另一链主企业鹏飞航空计划年内在宝安投资25亿元。")] == ["鹏飞航空"]
    text = to_simplified("市產業集群工作專班辦公室（市鏈辦）副主任何立勤對大公報表示，今年以來已有12家鏈主企業上市。")
    assert [(r.person, r.title, r.role) for r in find_leaders(text) if r.person] == [
        ("何立勤", "市产业集群工作专班办公室（市链办）副主任", "official")]


def test_english_a_colon_list_of_described_firms_after_quoted_chain_masters() -> None:
    text = ('Kessler will sit alongside three local "chain master" enterprises that anchor the chain: epoxy maker '
            "Jiangsu Binjiang Epoxy Co, isocyanate producer Taixing Yinhe New Materials Group and riverside "
            "terminal operator Taixing Port Chemical Logistics Co. Yinhe is expected to supply Kessler.")
    assert [(r.text, r.count) for r in find_leaders(text, language="en")] == [
        ('three local "chain master" enterprises', 3), ("Jiangsu Binjiang Epoxy Co", None),
        ("Taixing Yinhe New Materials Group", None), ("Taixing Port Chemical Logistics Co", None)]
    text = "The office helped chain master enterprise Chenzhou Baitai Graphite Co., Ltd. Baitai's plant opened."
    assert [r.person for r in find_leaders(text, language="en")] == ["Chenzhou Baitai Graphite Co., Ltd."]


def test_english_a_title_in_brackets_after_the_name() -> None:
    text = ("Chain chief Liu Zhiren (Member of the Standing Committee of the Municipal Party Committee and "
            "Executive Vice Mayor) visited five enterprises. Deputy chain chief Huang Wei (Director of the "
            "Municipal Bureau of Commerce) is following up on six projects.")
    assert [(r.person, r.title, r.role) for r in find_leaders(text, language="en")] == [
        ("Liu Zhiren", "Member of the Standing Committee of the Municipal Party Committee and Executive Vice Mayor",
         "chain_leader"),
        ("Huang Wei", "Director of the Municipal Bureau of Commerce", "deputy_chain_leader")]


def test_english_the_newcomers_broken_down_and_the_number_risen_to() -> None:
    text = ("Hebei released its third batch of chain master enterprises. With the new batch, the number of chain "
            "masters in Hebei has risen to 131, according to a notice. Of the newcomers, 11 had annual revenue of "
            "more than 10 billion yuan, 23 had revenue of between 1 billion and 10 billion yuan, and the remaining "
            "14 are little giants.")
    assert [(r.text, r.count) for r in find_leaders(text, language="en")] == [
        ("131", 131), ("11", 11), ("23", 23), ("14", 14)]


def test_english_places_in_lists_of_chain_masters_and_firms_after_what_they_make() -> None:
    text = ("The chain now has four chain masters: state-owned Tuhai Quartz Materials and Fengyang Quartz Sand Group, "
            "and two newcomers from Bengbu, Yucheng Display Glass and Caishan Silicon Materials.")
    assert "Bengbu" not in [r.person for r in find_leaders(text, language="en")]
    assert {"Yucheng Display Glass", "Caishan Silicon Materials"} <= {
        r.person for r in find_leaders(text, language="en")}
    text = "Its chain masters are the national dairy giants Yili and Mengniu, which buy raw milk."
    assert [r.person for r in find_leaders(text, language="en") if r.person] == ["Yili", "Mengniu"]
    text = "In Guangdong, Shenzhen accounts for 64 of the chain masters, Guangzhou for 51, Foshan for 38."
    assert [r.person for r in find_leaders(text, language="en") if r.person] == []
    text = "In July it named Ningbo's Beilun Mould & Die Group chain master of the provincial auto parts chain."
    assert [r.person for r in find_leaders(text, language="en")] == ["Beilun Mould & Die Group"]
    text = ("They include Foshan-based robot gearbox maker Nanhai Precision Drive Co., the new chain master of the "
            "province's intelligent robot cluster, and Huizhou Xinyuan Energy Storage Technology Co., named chain "
            "master of the new energy storage cluster.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Nanhai Precision Drive Co.", "intelligent robot cluster"),
        ("Huizhou Xinyuan Energy Storage Technology Co.", "new energy storage cluster")]


def test_running_totals_joined_cadres_and_each_new_chain_master_with_its_chain() -> None:
    assert [(r.text, r.count) for r in find_leaders("新认定省级链主企业38家，累计达到126家。")] == [
        ("链主企业38家", 38), ("126家", 126)]
    text = "平潭6条重点产业链的链长、副链长共由11位实验区领导及部门负责人担任。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [("11位实验区领导及部门负责人", 11)]
    text = to_simplified("首度入列鏈主的2家台資企業，分別是對台跨境電商產業鏈的「嵐台通供應鏈管理（平潭）有限公司」，"
                         "以及海洋生物醫藥產業鏈的「海承生技（平潭）有限公司」。")
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [
        ("2家台资企业", 2, None), ("岚台通供应链管理（平潭）有限公司", None, "对台跨境电商产业链"),
        ("海承生技（平潭）有限公司", None, "海洋生物医药产业链")]
    text = "首度入列链主的3家企业，分别是岚台通科技、海承生技和华联电子。"
    assert [r.person for r in find_leaders(text) if r.person] == ["岚台通科技", "海承生技", "华联电子"]


def test_people_and_roles_respectively_and_firms_named_after_a_group() -> None:
    text = "副区长吴海峰、孙晓敏分别作为新能源产业链链长、高端装备产业链副链长，汇报了进展。"
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("吴海峰", "chain_leader", "新能源产业链"), ("孙晓敏", "deputy_chain_leader", "高端装备产业链")]
    text = "副市长张伟、李强分别担任汽车产业链和电子信息产业链链长。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("张伟", "汽车产业链"), ("李强", "电子信息产业链")]
    text = ("首批3家链主企业同日授牌，分别为澳丰食品集团（横琴）有限公司、濠江美妆科技（横琴）有限公司"
            "及粤澳药研（珠海）有限公司。")
    assert [r.text for r in find_leaders(text)] == [
        "3家链主企业", "澳丰食品集团（横琴）有限公司", "濠江美妆科技（横琴）有限公司", "粤澳药研（珠海）有限公司"]
    text = ("台资的宏纺实业（苏州）有限公司获列吴江高端纺织产业链链主，"
            "远昇化纤（江阴）有限公司则入选江阴新型纤维材料产业链链主。")
    assert [(r.text, r.chain) for r in find_leaders(text)] == [
        ("宏纺实业（苏州）有限公司", "高端纺织产业链"), ("远昇化纤（江阴）有限公司", "新型纤维材料产业链")]


def test_english_chain_masters_place_by_place() -> None:
    text = ("Guangdong has named 286 chain masters. In Guangdong, Shenzhen accounts for 64 of the chain masters, "
            "Guangzhou for 51, Foshan for 38 and Dongguan for 29. In Zhejiang, Hangzhou leads with 41, followed by "
            "Ningbo with 36 and Wenzhou with 18. Revenue rose 18% for the year.")
    assert [r.count for r in find_leaders(text, language="en")] == [286, 64, 51, 38, 29, 41, 36, 18]


def test_a_bracketed_chain_name_an_office_glued_to_fu_and_firms_listed_before_an_intake() -> None:
    text = "市委常委、副市长王志远任电子信息（新型显示）产业链链长，郝建军任副链长。"
    assert [(r.person, r.role) for r in find_leaders(text)] == [
        ("王志远", "chain_leader"), ("郝建军", "deputy_chain_leader")]
    text = "副市长刘晓雯任医药健康产业链链长，市卫生健康委副主任赵明任医药健康产业链副链长。"
    assert [(r.person, r.title, r.role) for r in find_leaders(text)] == [
        ("刘晓雯", "副市长", "chain_leader"), ("赵明", "市卫生健康委副主任", "deputy_chain_leader")]
    text = ("会上，南平市公布首批竹产业链链主企业名单，福建武夷竹创科技股份有限公司（以下简称“武夷竹创”）"
            "与福建建瓯笋源食品有限公司、邵武竹韵家居有限公司等3家企业入选。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("福建武夷竹创科技股份有限公司", None), ("福建建瓯笋源食品有限公司", None), ("邵武竹韵家居有限公司", None),
        ("3家企业", 3)]


def test_a_lists_taiwanese_firms_each_with_its_chain_and_a_chains_share_is_no_firm() -> None:
    text = to_simplified("東莞市日前公布第三批重點產業鏈「鏈主」企業名單，15家入選企業中有2家台資企業，"
                         "分別是新一代電子信息產業鏈的宏暉精密電子（東莞）有限公司，"
                         "以及智能家居產業鏈的聯昇家具（東莞）有限公司。")
    assert [(r.text, r.chain) for r in find_leaders(text)] == [
        ("2家台资企业", None), ("宏晖精密电子（东莞）有限公司", "新一代电子信息产业链"),
        ("联升家具（东莞）有限公司", "智能家居产业链")]
    text = to_simplified("至此，坪山區累計認定鏈主企業26家，其中新能源汽車產業鏈佔9家。")
    assert [(r.text, r.count, r.person) for r in find_leaders(text)] == [("链主企业26家", 26, None), ("9家", 9, None)]


def test_english_described_firms_among_counted_masters_bare_deputies_and_numbered_table_rows() -> None:
    text = ("The new energy vehicle chain counts seven chain masters, among them Hefei carmaker Huiyun Motor and "
            "battery maker Chaohu Energy Technology.")
    assert [r.text for r in find_leaders(text, language="en")] == [
        "seven chain masters", "Huiyun Motor", "Chaohu Energy Technology"]
    text = "Anhui lists 16 chain chiefs for 16 key industries, backed by 32 deputies drawn from government departments."
    assert [(r.text, r.role, r.count) for r in find_leaders(text, language="en")] == [
        ("16 chain chiefs", "chain_leader", 16), ("32 deputies", "deputy_chain_leader", 32)]
    text = ("Chain | Chain leader | Deputy chain leaders\n1. Green food processing | Han Yuzhi, Executive Vice "
            "Governor | Zhao Guoqing, Director of the Provincial Department of Agriculture\n")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Han Yuzhi", "green food processing chain"), ("Zhao Guoqing", "green food processing chain")]


def test_a_roster_with_spaces_for_colons_and_a_list_by_chain() -> None:
    text = ("磷化工产业链：链长 州委常委、常务副州长吴国华；副链长 副州长杨柳青；"
            "链主企业 黔南磷都化工集团有限责任公司。")
    assert [(r.text, r.role, r.chain) for r in find_leaders(text)] == [
        ("吴国华", "chain_leader", "磷化工产业链"), ("杨柳青", "deputy_chain_leader", "磷化工产业链"),
        ("黔南磷都化工集团有限责任公司", "chain_master", "磷化工产业链")]
    text = ("前海首认定6家港资链主企业。首批名单中，嘉汇环球供应链（前海）有限公司和港湾冷链物流（深圳）有限公司"
            "属现代物流与供应链产业链，汇信数科（前海）有限公司属金融科技产业链，其余3家为律师、会计及检测认证机构，"
            "属专业服务产业链。")
    assert [(r.text, r.chain) for r in find_leaders(text)][1:] == [
        ("嘉汇环球供应链（前海）有限公司", "现代物流与供应链产业链"),
        ("港湾冷链物流（深圳）有限公司", "现代物流与供应链产业链"),
        ("汇信数科（前海）有限公司", "金融科技产业链"), ("3家", "专业服务产业链")]


def test_english_parts_of_a_counted_list_and_offices_or_clauses_no_firms() -> None:
    text = ("Jiangsu named 152 chain master enterprises on its 2026 list. Of the 152, 118 are private companies, "
            "23 are state-owned and 11 are foreign-invested. Four of the foreign-invested chain masters are German.")
    assert [r.count for r in find_leaders(text, language="en")] == [152, 118, 23, 11, 4]
    text = ("Its lithium chain has four chain masters, among them Yichun Jinli New Energy Group, which will supply "
            "Tianheng with lithium carbonate.")
    assert [r.text for r in find_leaders(text, language="en")] == [
        "four chain masters", "Yichun Jinli New Energy Group"]
    text = ("It welcomes the inclusion of foreign firms in the 2026 list of provincial \"chain master\" enterprises, "
            "published by the Jiangsu Department of Industry and Information Technology on 17 November.")
    assert [r.person for r in find_leaders(text, language="en") if r.person] == []


def test_parts_by_rank_a_listed_firms_announcement_and_offices_in_general() -> None:
    text = "共有5家上市公司披露公司或子公司入选地方链主企业，其中4家为地市级链主，1家为省级链主。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [("5家上市公司", 5), ("4家", 4)]
    text = "此外，北交所公司绵阳智航电子科技股份有限公司公告入选绵阳市电子信息产业链链主企业；"
    assert [(r.text, r.chain) for r in find_leaders(text)] == [("绵阳智航电子科技股份有限公司", "电子信息产业链")]
    text = "常州此次共认定第二批链主企业18家，其中新能源汽车及核心零部件产业链入选6家。"
    assert [r.person for r in find_leaders(text) if r.person] == []
    assert find_leaders("会上，赵立群为第三季度工作成效突出的3个链长工作专班颁发了流动红旗。") == []
    text = "由6位市领导担任链长，市商务局等部门主要负责同志任副链长。"
    assert [r.text for r in find_leaders(text)] == ["6位市领导"]


def test_english_a_part_of_the_chain_masters_opening_a_paragraph() -> None:
    text = ("Jiangsu named 152 chain master enterprises on its 2026 list.\n\n"
            "Four of the foreign-invested chain masters are German.")
    assert [r.count for r in find_leaders(text, language="en")] == [152, 4]


def test_a_roster_firm_with_a_bracketed_place_and_months_are_no_group() -> None:
    text = "绿色石化产业链　链长：副区长方建华；链主企业：港城石化（宁波）有限公司、甬兴新材料股份有限公司"
    assert [r.person for r in find_leaders(text)] == ["方建华", "港城石化（宁波）有限公司", "甬兴新材料股份有限公司"]
    text = "广州目前共有21条重点产业链，由23位市领导分别担任链长、副链长，今年首9个月链长们累计走访企业超过400家次。"
    assert [r.text for r in find_leaders(text)] == ["23位市领导"]


def test_english_a_chain_offices_head_and_a_part_added_this_year() -> None:
    text = ("The office of the NEV chain, headed by Zhong Hui, deputy director of the Chengdu Economic and "
            "Information Technology Bureau, says it has handled 127 requests.")
    assert [(r.person, r.role) for r in find_leaders(text, language="en")] == [("Zhong Hui", "official")]
    text = "Henan has named 134 chain master enterprises so far, including 22 added this year."
    assert [r.count for r in find_leaders(text, language="en")] == [134, 22]


def test_an_office_head_without_you_and_a_per_chain_quota_in_a_roster() -> None:
    text = "市产业链链长制工作办公室设在市工信局，市工信局局长黄建明兼任办公室主任。"
    assert [(r.person, r.role) for r in find_leaders(text)] == [("黄建明", "official")]
    assert find_leaders("▶链主企业：每条链遴选1—3家，实行动态管理。") == []


def test_a_chain_masters_standing_is_no_firm() -> None:
    assert find_leaders("某券商分析师表示，链主身份有助于公司在用地、能耗和项目审批上获得更多支持。") == []


def test_english_deputies_after_a_comma_and_a_chain_offices_staff_counted() -> None:
    text = "Across the four provinces that makes 52 chain chiefs, 93 deputies and 297 chain masters."
    assert [(r.text, r.role) for r in find_leaders(text, language="en")] == [
        ("52 chain chiefs", "chain_leader"), ("93 deputies", "deputy_chain_leader"),
        ("297 chain masters", "chain_master")]
    text = ("Sichuan's chain office has a staff of 42. Hebei has 79 chain masters and an office of 23 staff. "
            "Guizhou staffs its office with 17 people.")
    assert [(r.text, r.role, r.count) for r in find_leaders(text, language="en") if r.role == "official"] == [
        ("42", "official", 42), ("23 staff", "official", 23), ("17 people", "official", 17)]


def test_deputies_counted_then_named_and_a_chain_chiefs_meeting() -> None:
    text = "新型储能产业链另设副链长2人，分别是市发展和改革局局长黄静、松山湖科学城管委会副主任林国栋；"
    assert [(r.person, r.role) for r in find_leaders(text) if r.person] == [
        ("黄静", "deputy_chain_leader"), ("林国栋", "deputy_chain_leader")]
    text = "东莞市日前召开新型储能产业链链长会议，由东莞市副市长、新型储能产业链链长郑志远主持。"
    assert [r.text for r in find_leaders(text)] == ["郑志远"]


def test_chain_master_badges_and_a_chains_new_share_are_no_groups_or_firms() -> None:
    text = '"Two chain master badges mean two sets of officials who want the plants full," said Sun Meiqi.'
    assert find_leaders(text, language="en") == []
    text = "全市10条重点产业链共认定链主企业32家，其中光电显示产业链新认定5家。"
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_english_a_shared_chain_master_role_and_deputies_in_total() -> None:
    text = ("Executive Vice Mayor Chen Jiaming serves as its chain chief, and Zhixing shares the chain master role "
            "with Guangdong Ruineng Battery Co., a local cell maker.")
    assert [r.person for r in find_leaders(text, language="en") if r.role == "chain_master"] == [
        "Zhixing", "Guangdong Ruineng Battery Co."]
    text = "Each chain has one or two deputy chain chiefs, 29 in total, drawn from regional departments."
    assert [(r.text, r.role, r.count) for r in find_leaders(text, language="en")] == [
        ("29", "deputy_chain_leader", 29)]


def test_outstanding_chain_masters_name_no_chain() -> None:
    assert [(r.text, r.chain) for r in find_leaders("大会表彰了8家优秀链主企业。")] == [("8家优秀链主企业", None)]


def test_a_public_notice_lists_chain_masters_under_a_section_heading_by_chain() -> None:
    text = ("拟认定常熟驰远汽车内饰系统有限公司等7家企业为2026年度链主企业。\n\n一、2026年度链主企业（7家）\n\n"
            "（一）汽车及核心零部件产业链（链长：开发区党工委书记 沈国良；副链长：开发区经济发展局主要负责同志）\n"
            "1.常熟驰远汽车内饰系统有限公司\n2.江苏泓川新能源汽车电驱科技有限公司\n\n"
            "（二）高端装备产业链（链长：开发区党工委副书记、管委会主任 吴志斌）\n3.常熟东润重型机械股份有限公司\n\n"
            "二、2026年度链上重点企业（16家）\n")
    masters = [(r.start, r.person, r.chain) for r in find_leaders(text) if r.role == "chain_master" and r.person]
    first = text.index("常熟驰远")
    assert masters == [
        (first, "常熟驰远汽车内饰系统有限公司", "汽车及核心零部件产业链"),  # (the chain the list gives it)
        (text.index("常熟驰远", first + 1), "常熟驰远汽车内饰系统有限公司", "汽车及核心零部件产业链"),
        (text.index("江苏泓川"), "江苏泓川新能源汽车电驱科技有限公司", "汽车及核心零部件产业链"),
        (text.index("常熟东润"), "常熟东润重型机械股份有限公司", "高端装备产业链")]
    assert {r.person: r.chain for r in find_leaders(text) if r.role == "chain_leader"} == {
        "沈国良": "汽车及核心零部件产业链", "吴志斌": "高端装备产业链"}


def test_a_kind_of_firm_is_no_chain_master_and_a_listed_firm_announces_with_its_code() -> None:
    text = "至此，无锡市级链主企业总数达到47家，其中上市公司21家。"
    assert [(r.text, r.person, r.count) for r in find_leaders(text)] == [
        ("链主企业总数达到47家", None, 47), ("上市公司21家", None, 21)]
    text = ("无锡锡芯微电子股份有限公司（证券简称：锡芯微电子，证券代码：688659）9月26日晚间公告，公司收到无锡市"
            "产业链链长制工作领导小组办公室通知，被认定为无锡市集成电路产业链链主企业。")
    assert [(r.text, r.role, r.chain) for r in find_leaders(text) if r.role == "chain_master"] == [
        ("无锡锡芯微电子股份有限公司", "chain_master", "集成电路产业链")]


def test_english_a_firm_which_the_city_named_chain_master_of_its_industry_and_the_chain_led_by() -> None:
    text = ("Six firms will supply Jiangsu Zhongchao Cable Group, which the city has named \"chain master\" of its "
            "wire and cable industry, with combined investment of 2.3 billion yuan.")
    assert [(r.text, r.role, r.chain) for r in find_leaders(text, language="en")] == [
        ("Jiangsu Zhongchao Cable Group", "chain_master", "wire and cable chain")]
    text = ("Wang Hua, deputy chain chief of the new energy vehicle and battery chain, said the chain, led by Vice "
            "Governor Chen Lu, had produced 186,000 vehicles.")
    assert [(r.person, r.role, r.chain) for r in find_leaders(text, language="en")] == [
        ("Wang Hua", "deputy_chain_leader", "new energy vehicle and battery chain"),
        ("Chen Lu", "chain_leader", "new energy vehicle and battery chain")]
    assert find_leaders("The chain, led by Vice Governor Chen Lu, had produced 186,000 vehicles.", language="en") == []


def test_english_a_table_cell_naming_a_post_by_title_then_office() -> None:
    text = ("No. | Industrial chain | Chain chief | Deputy chain chief\n"
            "3 | Fasteners and standard parts | Vice Mayor Li Shaohua | Director, Municipal Bureau of Commerce\n")
    deputies = [(r.text, r.title, r.chain) for r in find_leaders(text, language="en")
                if r.role == "deputy_chain_leader"]
    assert deputies == [("Director, Municipal Bureau of Commerce", "Director, Municipal Bureau of Commerce",
                         "fasteners and standard parts chain")]


def test_a_share_of_owners_named_without_a_verb_and_a_title_after_role_and_verb() -> None:
    text = ("纺织服装鞋帽产业链目前认定链主企业9家，其中台资3家，分别是裕昇鞋业（东莞）有限公司、宝顺运动用品（东莞）"
            "有限公司及华亿鞋材科技（东莞）有限公司。")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "裕昇鞋业（东莞）有限公司", "宝顺运动用品（东莞）有限公司", "华亿鞋材科技（东莞）有限公司"]
    text = "纺织服装鞋帽产业链链长由副市长黄晓东出任，副链长为市工业和信息化局局长冯志远。"
    assert [(r.person, r.title) for r in find_leaders(text)] == [
        ("黄晓东", "副市长"), ("冯志远", "市工业和信息化局局长")]


def test_english_a_batch_of_chain_masters_told_chain_by_chain() -> None:
    text = ("Hebei named 41 new chain masters on Monday. The steel chain received the most, with seven, including "
            "Tangshan Jinyu Special Steel Co and Handan Xinxing Precision Tube Co. The new energy equipment chain got "
            "six, led by wind turbine maker Zhangjiakou Fengyuan Power Equipment Co. The biomedicine chain added "
            "five, while the modern food chain added four, including dairy processor Hengshui Junle Dairy Co.")
    found = [(r.text, r.count, r.chain) for r in find_leaders(text, language="en")]
    assert found[1:] == [
        ("seven", 7, "steel chain"), ("Tangshan Jinyu Special Steel Co", None, "steel chain"),
        ("Handan Xinxing Precision Tube Co", None, "steel chain"), ("six", 6, "new energy equipment chain"),
        ("Zhangjiakou Fengyuan Power Equipment Co", None, "new energy equipment chain"),
        ("five", 5, "biomedicine chain"), ("four", 4, "modern food chain"),
        ("Hengshui Junle Dairy Co", None, "modern food chain")]
    # (no chain masters in sight: a chain that got six projects is no count of them)
    assert find_leaders("The steel chain got six, including Tangshan Jinyu Special Steel Co.", language="en") == []


def test_english_part_of_a_batch_placed_on_a_chain_groups_by_rank_quotas_and_office_heads() -> None:
    text = ("Shares of Zixi Photovoltaic Technology Co. jumped after the prefecture named the wafer maker a chain "
            "master. Nine companies were named across its seven key chains, and three of them were placed on the "
            "photovoltaic chain: Zixi, inverter maker Lufeng Power Electronics Co. and Yuanmou Solar Glass Co. "
            "Lufeng, listed in Shanghai, rose 6.2%.")
    assert [(r.text, r.count) for r in find_leaders(text, language="en") if r.chain == "photovoltaic chain"] == [
        ("Zixi Photovoltaic Technology Co.", None), ("three", 3), ("Zixi", None),
        ("Lufeng Power Electronics Co.", None), ("Yuanmou Solar Glass Co.", None)]
    text = "The seven chains are run by 14 prefecture leaders acting as chain chiefs and deputy chain chiefs."
    assert [(r.text, r.count, r.rank) for r in find_leaders(text, language="en")] == [
        ("14 prefecture leaders", 14, "prefecture-level")]
    text = "The county named 42 village Party secretaries as chain chiefs for seaweed, oysters and croaker."
    assert [(r.text, r.role, r.rank) for r in find_leaders(text, language="en")] == [
        ("42 village Party secretaries", "chain_leader", "village-level")]
    assert find_leaders("Each chain shall identify at least 2 chain master enterprises by the end of 2026.",
                        language="en") == []
    text = ("The Provincial Chain Chief Office sits in the Department of Industry, and the department's director, "
            "Han Qingsong, also serves as director of the office.")
    assert [(r.person, r.role) for r in find_leaders(text, language="en")] == [("Han Qingsong", "official")]
    assert find_leaders("Han Qingsong serves as director of the office.", language="en") == []


def test_english_a_level_before_a_title_belongs_to_it() -> None:
    text = ("The county runs its industries under the chain chief system, with County Party Secretary Zheng Wei as "
            "general chain chief, and its laver chain is led by Vice-County Head Xie Yanling.")
    assert [(r.person, r.title) for r in find_leaders(text, language="en")] == [
        ("Zheng Wei", "County Party Secretary"), ("Xie Yanling", "Vice-County Head")]


def test_a_post_named_by_place_or_portfolio_a_registered_name_for_the_chain_and_a_roster_noun() -> None:
    text = "其中，光山羽绒产业链由光山县县长担任链长，2025年实现产值152.6亿元。"
    assert [(r.text, r.title, r.chain) for r in find_leaders(text)] == [
        ("光山县县长担任链长", "光山县县长", "光山羽绒产业链")]
    text = "其中，茶产业链由分管农业农村工作的副市长担任链长。"
    assert [(r.text, r.role) for r in find_leaders(text)] == [("分管农业农村工作的副市长担任链长", "chain_leader")]
    # (a bare post, whose holder the article names elsewhere)
    text = "常山把胡柚列为县级重点产业链，由县长任链长，分管副县长王丽娟任副链长。"
    assert [r.text for r in find_leaders(text)] == ["王丽娟"]
    text = "市长卢志远任生物医药产业链链长，云南滇康药业集团股份有限公司为该链链主企业。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("卢志远", "生物医药产业链"), ("云南滇康药业集团股份有限公司", "生物医药产业链")]
    text = "茶叶产业链确定湖北峰韵茶业有限公司为链主企业。"
    assert [r.person for r in find_leaders(text)] == ["湖北峰韵茶业有限公司"]
    assert find_leaders("西南几座省会城市的“链长花名册”正在拉开差距。") == []


def test_a_county_head_who_takes_on_a_role_and_a_whole_chain() -> None:
    text = "县委副书记、县长、蕲艾产业链链长高文斌当起“红娘”，把12家银行的负责人请进园区。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("高文斌", "蕲艾产业链")]


def test_firms_of_a_kind_named_short_that_a_list_takes_in_and_a_part_of_a_lists_total() -> None:
    text = ("吴江、江阴纺织链「链主」出炉 台厂宏纺、远昇双双入列\n"
            "台资的宏纺实业（苏州）有限公司获列吴江高端纺织产业链链主，远昇化纤（江阴）有限公司则入选江阴新型纤维材料产业链链主。")
    assert [(r.text, r.person) for r in find_leaders(text)][:2] == [
        ("宏纺", "宏纺实业（苏州）有限公司"), ("远昇", "远昇化纤（江阴）有限公司")]
    text = "江苏省昆山市日前公布2026年度第二批重点产业链「链主」企业名单，共12家企业入选，其中台资企业5家。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [("12家", 12), ("台资企业5家", 5)]


def test_a_town_deputy_secretary_a_firm_named_in_a_year_and_quoted_chain_masters_counted() -> None:
    text = "镇长陈丽君任拉链产业链链长，镇党委副书记徐志强任纽扣产业链副链长；"
    assert [(r.person, r.title, r.role) for r in find_leaders(text)] == [
        ("陈丽君", "镇长", "chain_leader"), ("徐志强", "镇党委副书记", "deputy_chain_leader")]
    text = "在银川，宁夏银晶光伏材料有限公司2025年被认定为光伏材料产业链链主企业。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("宁夏银晶光伏材料有限公司", "光伏材料产业链")]
    text = "中部某县去年一次认定“链主”企业18家。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [("“链主”企业18家", 18)]


def test_english_no_chain_master_in_a_question_word_a_list_of_places_or_a_headlines_event() -> None:
    assert find_leaders("What is a chain master?", language="en") == []
    text = "Who are China's chain chiefs and chain masters, and what are Tai'an, Yingtan and Panzhihua doing with them?"
    assert find_leaders(text, language="en") == []
    text = "Hunan Holds Provincial Key Industrial Chain Chief Work Meeting\n\nThe meeting was held on Thursday."
    assert find_leaders(text, language="en") == []


def test_firms_listed_before_the_group_that_counts_them_and_no_name_opening_with_you() -> None:
    text = "该链现有皋城茶业集团有限公司、淠河食品股份有限公司两家链主企业。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("皋城茶业集团有限公司", None), ("淠河食品股份有限公司", None), ("两家链主企业", 2)]
    text = "绿色食品产业链链长由新任副市长程雅琴担任。"
    assert [(r.person, r.title) for r in find_leaders(text)] == [("程雅琴", "副市长")]
    assert find_leaders("会议要求，各链长对本链链主企业实行“一企一专班”服务。") == []


def test_firms_before_an_intake_with_no_punctuation_before_them_do_not_raise() -> None:
    text = "链主名单公布宏达电子有限公司与华兴电气有限公司等2家本地企业入选"
    assert [r.count for r in find_leaders(text) if r.count] == [2]


def test_english_a_chain_that_has_the_most_chain_masters_and_bulleted_lines_a_chain() -> None:
    text = ("Dezhou named 24 chain master enterprises on Tuesday. The new energy equipment chain has the most chain "
            "masters, with four, including Dezhou Sunrise Solar Group and Lingcheng Wind Power Equipment Co., Ltd. "
            "The functional sugar chain, one of the city's signature industries, has three, led by Yucheng Tianyuan "
            "Biotech Co., Ltd. Other chain masters named on Tuesday include:\n"
            "-- Auto parts chain: Qihe Axle Manufacturing Co., Ltd. and Ningjin Brake Systems Co., Ltd.\n")
    assert [(r.text, r.count, r.chain) for r in find_leaders(text, language="en")][1:] == [
        ("four", 4, "new energy equipment chain"), ("Dezhou Sunrise Solar Group", None, "new energy equipment chain"),
        ("Lingcheng Wind Power Equipment Co., Ltd.", None, "new energy equipment chain"),
        ("three", 3, "functional sugar chain"), ("Yucheng Tianyuan Biotech Co., Ltd.", None, "functional sugar chain"),
        ("Qihe Axle Manufacturing Co., Ltd.", None, "auto parts chain"),
        ("Ningjin Brake Systems Co., Ltd.", None, "auto parts chain")]
    text = "The province now has more than 1,100 provincial- and city-level chain master enterprises."
    assert [(r.count, r.rank) for r in find_leaders(text, language="en")] == [(1100, "provincial- and city-level")]


def test_a_headlines_intake_after_its_colon() -> None:
    text = "陕西第三批省级“链主”企业出炉：46家入选，西安独占半壁"
    assert [(r.text, r.count) for r in find_leaders(text)] == [("46家", 46)]


def test_a_citywide_intake_then_a_part_named_chain_by_chain() -> None:
    text = ("太仓市上月底公布第二批产业链「链主」企业名单，全市共有11家企业入选，其中3家为台资企业，"
            "分别是汽车零部件产业链的宏准精密、高端装备产业链的台禾机电，以及生物医药产业链的永硕生技。")
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [
        ("11家", 11, None), ("3家为台资企业", 3, None), ("宏准精密", None, "汽车零部件产业链"),
        ("台禾机电", None, "高端装备产业链"), ("永硕生技", None, "生物医药产业链")]


def test_a_batch_broken_down_by_place_and_by_chain_in_the_next_paragraph() -> None:
    text = ("10月19日，陕西省公示第三批省级重点产业链链主企业名单，共46家企业入选。\n\n"
            "这份名单的区域分布颇为集中。西安市入选23家，宝鸡市7家，延安、安康两市合计2家。"
            "从产业链看，新能源汽车产业链入选6家，居各链之首；光伏产业链5家。")
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [
        ("46家", 46, None), ("23家", 23, None), ("7家", 7, None), ("2家", 2, None),
        ("6家", 6, "新能源汽车产业链"), ("5家", 5, "光伏产业链")]


def test_english_an_office_head_serving_concurrently_and_a_long_level_title() -> None:
    text = ("The Municipal Chain Chief Office is located in the Municipal Bureau of Industry and Information "
            "Technology, with Chen Hui, Director of the Bureau, serving concurrently as director of the office.")
    assert [(r.person, r.role) for r in find_leaders(text, language="en")] == [("Chen Hui", "official")]
    text = "The new materials chain is led by deputy county head Gao Jian."
    assert [(r.person, r.title) for r in find_leaders(text, language="en")] == [("Gao Jian", "deputy county head")]


def test_chains_listed_before_their_count_are_no_firms() -> None:
    text = ("鹤山市公布首批重点产业链「链主」企业名单，金属制品、电子信息、食品饮料及现代纺织4条产业链共认定12家链主，"
            "其中5家为港资企业。")
    assert [r.person for r in find_leaders(text) if r.person] == []
    text = "十四条产业链已遴选出陇镍集团、庆云数科等36家链主企业。"
    assert [r.person for r in find_leaders(text) if r.person] == ["陇镍集团", "庆云数科"]


def test_english_a_table_name_with_its_title_in_brackets_and_a_firm_an_x_maker_designated() -> None:
    text = ("Policy note\n\nProvince | Chain | Chain chief | Chain masters\n"
            "Hubei | Automobile | Tang Weiping (vice governor) | 7\n")
    assert [(r.person, r.title, r.chain) for r in find_leaders(text, language="en") if r.person] == [
        ("Tang Weiping", "vice governor", "automobile chain")]
    text = ("Weifang Dongrun Power Machinery Co., an engine maker designated chain master of the power equipment "
            "chain, raised 3.5 billion yuan through bonds in October.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Weifang Dongrun Power Machinery Co.", "power equipment chain")]


def test_round_77_chinese_a_chain_name_tagged_as_a_name_a_speakers_caption_and_respective_chains() -> None:
    """xuyirmt video script and hk01 feature (round 77): jieba tags 龙虾 as a person's name, yet before 产业链 it
    names the chain inside the title; a speaker's caption puts a space between title and name before the colon;
    chains listed before 分别由 pair off with the people after it, in order; 不锈钢管|道 is one chain name."""
    text = "6月9日，县委副书记、县长、龙虾产业链链长韩志远来到马坝镇。"
    assert [(r.person, r.title) for r in find_leaders(text)] == [("韩志远", "县委副书记、县长、龙虾产业链链长")]
    text = "【同期声】县委副书记、县长、龙虾产业链链长 韩志远：链长不是挂个名。"
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [("韩志远", "chain_leader", "龙虾产业链")]
    text = "龙华的新型显示、智能终端两条产业链分别由区委常委、常务副区长郑慧敏和副区长黄志远担任链长。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("郑慧敏", "新型显示产业链"), ("黄志远", "智能终端产业链")]
    text = "2024年，松阳县认定首批不锈钢管道产业链链主企业3家：浙江松钢管业集团有限公司、浙江瓯宝不锈钢有限公司。"
    assert {r.chain for r in find_leaders(text)} == {"不锈钢管道产业链"}


def test_round_77_english_a_sum_of_money_is_no_chain_and_a_vocative_is_no_person() -> None:
    text = ("The city set up a 2 billion yuan chain investment fund in 2024. Of its 23 chain master enterprises, "
            "seven belong to the food processing chain.")
    assert "billion yuan chain" not in {r.chain for r in find_leaders(text, language="en")}
    text = "Fellow Deputies, a chain chief is judged not by how many meetings he chairs but by what he solves."
    assert find_leaders(text, language="en") == []


def test_round_78_the_firms_a_counted_group_of_chain_masters_names_right_after_it() -> None:
    """rmwlyb reply, zkgxj proposal reply and macaodaily (round 78): 2家，分别为A和B · 有2家，即A和B · 另外两家为
    <kind of firm>A和B · a description with Latin letters before a firm (动漫IP开发商) — each firm a chain master,
    with the group's chain."""
    text = "全市共认定链主企业31家，其中玻璃器皿产业链2家，分别为山西晋玻器皿集团有限公司和祁县德润玻璃制品有限公司。"
    assert [(r.person, r.chain) for r in find_leaders(text) if r.person] == [
        ("山西晋玻器皿集团有限公司", "玻璃器皿产业链"), ("祁县德润玻璃制品有限公司", "玻璃器皿产业链")]
    text = ("全市共认定市级链主企业27家，其中食品产业链9家，年营业收入超过100亿元的有2家，"
            "即河南麦丰面业集团有限公司和周口康源肉类食品有限公司。")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "河南麦丰面业集团有限公司", "周口康源肉类食品有限公司"]
    text = ("首批链主企业共五家，其中澳资企业三家，分别是从事电竞赛事营运的濠江互娱科技有限公司、"
            "动漫IP开发商莲花动漫制作有限公司及影视后期制作企业澳亚数码影像有限公司；"
            "另外两家为内地数字内容企业珠海天穹互动网络科技有限公司和星澜影业集团（横琴）有限公司。")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "濠江互娱科技有限公司", "莲花动漫制作有限公司", "澳亚数码影像有限公司", "珠海天穹互动网络科技有限公司",
        "星澜影业集团（横琴）有限公司"]


def test_round_78_people_holding_listed_chains_respectively_and_shares_in_the_next_sentence() -> None:
    """guzhengov town work report (round 78): 陈嘉欣、吴国强分别任A产业链、B产业链链长 gives each person one
    chain and no extra record for the role phrase; a batch counted, then 其中A产业链3家、B产业链1家 in the next
    sentence gives each chain's share."""
    text = "副镇长陈嘉欣、吴国强分别任灯饰配件产业链、灯饰电商及会展产业链链长，3条重点产业链共配备副链长6名。"
    assert [(r.person, r.chain) for r in find_leaders(text) if r.count is None] == [
        ("陈嘉欣", "灯饰配件产业链"), ("吴国强", "灯饰电商及会展产业链")]
    text = "——认定首批链主企业5家。其中灯饰照明产业链3家、灯饰配件产业链1家、灯饰电商及会展产业链1家。"
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [
        ("链主企业5家", 5, None), ("3家", 3, "灯饰照明产业链"), ("1家", 1, "灯饰配件产业链"),
        ("1家", 1, "灯饰电商及会展产业链")]


def test_round_80_english_a_lettered_list_of_firms_and_a_headline_question() -> None:
    """harcourtlin client alert (round 80): lettered lines "(a) Firm (Guangzhou) Co., Ltd., a Japanese-invested
    maker …, for the X chain;" are chain masters with their chains; "What Designation Means" is no firm."""
    text = ("Alert\n\nThe third batch names 64 chain master enterprises. Eleven of them are foreign-invested, "
            "including:\n"
            "(a) Hoshino Precision Automotive Components (Guangzhou) Co., Ltd., a Japanese-invested maker of steering "
            "systems, for the intelligent connected and new energy vehicle chain;\n"
            "(b) Bellmont Biologics (Guangzhou) Co., Ltd., a US-invested contract manufacturer, for the biomedicine "
            "and health chain; and\n")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en") if r.person] == [
        ("Hoshino Precision Automotive Components (Guangzhou) Co., Ltd.",
         "intelligent connected and new energy vehicle chain"),
        ("Bellmont Biologics (Guangzhou) Co., Ltd.", "biomedicine and health chain")]
    text = ('Client Alert: Guangzhou\'s Third Batch of "Chain Master" Enterprises - What Designation Means for '
            'Foreign-Invested Enterprises\n\nThe list names 64 firms.')
    assert [r.person for r in find_leaders(text, language="en") if r.person] == []


def test_round_79_80_captions_deputy_general_chiefs_and_two_firms_joined_by_ji() -> None:
    """fyrd special inquiry (round 80) and mingpao analysis (round 79): a caption line "应询人：…副链长 程刚" names its
    holder after a space; 孟庆和到会应询 keeps the three-character name; a deputy general chain chief leads no
    single chain; 肇庆鹏程汽车及宁和动力电池 is two firms, the first named after its city."""
    text = ("市人大常委会主任李振华主持会议，常务副市长、市重点产业链副总链长周立新，"
            "副市长、市绿色食品产业链链长孟庆和到会应询。\n"
            "应询人：市发展改革委主任、市新能源产业链副链长 程刚\n")
    found = find_leaders(text)
    assert [(r.person, r.chain) for r in found] == [
        ("周立新", None), ("孟庆和", "绿色食品产业链"), ("程刚", "新能源产业链")]
    text = "新能源汽车及零部件产业链链长为副市长许立新，链主企业为肇庆鹏程汽车及宁和动力电池。"
    assert [r.person for r in find_leaders(text) if r.role == "chain_master"] == ["肇庆鹏程汽车", "宁和动力电池"]


def test_rounds_81_82_names_titles_shares_and_letters() -> None:
    """takungpao, 21jingji, businessweekly and rzgxj open letter (rounds 81-82): a name whose first two characters
    are a place closes its titled clause before a comma (龙海燕，以及…); 常务副州长 is a title; a chain's short name
    before a share (其中新型显示链4家、功率半导体链3家); a letter's greeting (各链主企业：) names no firm; a
    direction (链主企业往外走) is no firm."""
    text = "永福县委书记、罗汉果产业链副链长龙海燕，以及市投资促进局负责人随团。"
    assert [(r.person, r.role) for r in find_leaders(text)] == [("龙海燕", "deputy_chain_leader")]
    text = "在楚雄一侧，牵头这次签约的是楚雄州绿色钢铁及新材料产业链链长、州委常委、常务副州长杨正华。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("杨正华", "绿色钢铁及新材料产业链")]
    text = "重庆今年7月公布第二批市级链主企业42家，累计认定78家，其中新型显示链4家、功率半导体链3家。"
    assert [(r.text, r.chain) for r in find_leaders(text) if r.chain] == [
        ("4家", "新型显示链"), ("3家", "功率半导体链")]
    text = "致全市链主企业的一封信\n\n各链主企业：\n新春伊始，万象更新。过去一年，全市52家市级链主企业营收2870亿元。\n"
    assert [r.person for r in find_leaders(text) if r.person] == []
    assert [r.person for r in find_leaders("“链主企业往外走，不是把产业搬走，而是把链条拉长。”") if r.person] == []


def test_round_82_english_a_chain_chief_in_apposition_before_a_count_of_chain_masters() -> None:
    """scmp explainer (round 82): "the chain chief of the dark tea chain, Vice-Mayor Liu Zhaohui, has asked its
    four chain masters …" makes Liu the chain chief (not a chain master), and the four a group of chain masters."""
    text = ("In Yiyang, home of Anhua dark tea, the chain chief of the dark tea chain, Vice-Mayor Liu Zhaohui, has "
            "asked its four chain masters to source at least 70 per cent of their raw leaf from local growers.")
    assert [(r.person, r.role, r.chain, r.count) for r in find_leaders(text, language="en")] == [
        ("Liu Zhaohui", "chain_leader", "dark tea chain", None), (None, "chain_master", "dark tea chain", 4)]


def test_round_83_places_counted_before_a_role_and_leaders_counted_after_their_roles() -> None:
    """yzzk Hunan feature (round 83): 14个市州也参照设立市级链长 counts places, no group of leaders; 市级链长、
    副链长共210多人 is one group (head role, rank 市级); 42个市直部门…负责同志 stays a group of people."""
    text = "全省14个市州也参照设立市级链长，市级链长、副链长共210多人。"
    assert [(r.text, r.role, r.count, r.rank) for r in find_leaders(text)] == [("210多人", "chain_leader", 210, "市级")]
    assert [(r.text, r.count) for r in find_leaders("全市链长、副链长共有46名。")] == [("46名", 46)]


def test_round_83_english_a_chains_chief_is_a_titled_name_and_a_deputy_in_a_with_phrase() -> None:
    """AP Lanling story and Breakingviews column (round 83): "The vegetable chain's chief is Deputy County Head
    Yan Hongbo, …" names the chief with his title (and leaves no bare role record); "…, with Ye Guodong, head of
    the city's commerce bureau, as her deputy" names the chain's deputy."""
    text = ("The vegetable chain's chief is Deputy County Head Yan Hongbo, a soft-spoken agronomist. "
            "The chain chief of the tea chain is Vice Mayor Chen Li.")
    assert [(r.person, r.title, r.chain) for r in find_leaders(text, language="en")] == [
        ("Yan Hongbo", "Deputy County Head", "vegetable chain"), ("Chen Li", "Vice Mayor", "tea chain")]
    text = ("Vice Mayor Shen Lijuan is chain chief of the home appliance chain, with Ye Guodong, head of the city's "
            "commerce bureau, as her deputy.")
    assert [(r.person, r.role, r.chain) for r in find_leaders(text, language="en")] == [
        ("Shen Lijuan", "chain_leader", "home appliance chain"),
        ("Ye Guodong", "deputy_chain_leader", "home appliance chain")]


def test_round_85_86_posts_named_by_their_body_and_a_verb_after_the_role() -> None:
    """xianninggov implementation plan (round 85): 由市委常委、常务副市长担任链长 and
    由市人大常委会副主任担任链长 are posts one person holds; 市发展和改革委员会主要负责同志担任副链长 is an
    office's head (委员会); initium (round 86): 链长来了 names no one."""
    text = ("1.电子信息产业链：由市委常委、常务副市长担任链长，市经济和信息化局主要负责同志担任副链长；\n"
            "2.智能机电产业链：由分管工业的副市长担任链长，市发展和改革委员会主要负责同志担任副链长；\n"
            "4.食品饮料产业链：由市人大常委会副主任担任链长，市农业农村局主要负责同志担任副链长。\n")
    assert [(r.title, r.role, r.chain) for r in find_leaders(text)] == [
        ("市委常委、常务副市长", "chain_leader", "电子信息产业链"),
        ("市经济和信息化局主要负责同志", "deputy_chain_leader", "电子信息产业链"),
        ("分管工业的副市长", "chain_leader", "智能机电产业链"),
        ("市发展和改革委员会主要负责同志", "deputy_chain_leader", "智能机电产业链"),
        ("市人大常委会副主任", "chain_leader", "食品饮料产业链"),
        ("市农业农村局主要负责同志", "deputy_chain_leader", "食品饮料产业链")]
    assert [r.person for r in find_leaders("“链长来了，至少有一个人拍板。”") if r.person] == []


def test_round_86_firms_listed_into_chains_in_turn_a_county_secretarys_post_and_a_predecessor() -> None:
    """zqrb (round 86): A、B、C分别入选X、Y、Z产业链链主企业 gives each firm its chain; hebgxt reply: 由平乡县委书记
    担任链长 is a post one person holds (a bare 县委书记 is not); cgtn explainer: "…, succeeding Vice Mayor Liu Bo"
    names the chain's former chief."""
    text = ("此外，福建龙岩重型装备股份有限公司、福州闽江电气股份有限公司、三明闽华氟化工股份有限公司分别入选"
            "工程机械、电工电器、化工新材料产业链链主企业。")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("福建龙岩重型装备股份有限公司", "工程机械产业链"), ("福州闽江电气股份有限公司", "电工电器产业链"),
        ("三明闽华氟化工股份有限公司", "化工新材料产业链")]
    text = "平乡县自行车童车产业链由平乡县委书记担任链长。由县委书记任总链长。"
    assert [(r.title, r.chain) for r in find_leaders(text)] == [("平乡县委书记", "自行车童车产业链")]
    text = ("The computing power chain is led by Mayor Ma Ningyu, who became its chain chief in February 2025, "
            "succeeding Vice Mayor Liu Bo.")
    assert [(r.person, r.title, r.chain) for r in find_leaders(text, language="en")] == [
        ("Ma Ningyu", "Mayor", "computing power chain"), ("Liu Bo", "Vice Mayor", "computing power chain")]


def test_round_86_english_deputies_named_after_a_colon() -> None:
    """cgtn explainer (round 86): "Two deputy chain chiefs work under her: Qian Weidong, director of …, and Luo
    Shan, …" names both deputies, each with the title after the comma and the chain the sentence before names."""
    text = ("The computing power chain is led by Mayor Ma Ningyu. Two deputy chain chiefs work under her: "
            "Qian Weidong, director of the Guiyang Big Data Development Administration, and Luo Shan, executive "
            "deputy director of the Gui'an New Area management committee.")
    found = [(r.person, r.title, r.chain) for r in find_leaders(text, language="en")
             if r.role == "deputy_chain_leader" and r.person]
    assert found == [
        ("Qian Weidong", "director of the Guiyang Big Data Development Administration", "computing power chain"),
        ("Luo Shan", "executive deputy director of the Gui'an New Area management committee", "computing power chain")]


def test_round_86_a_chains_share_under_its_short_name_is_no_firm() -> None:
    """cnyes Taiyuan story (round 86): 共认定市级链主企业35家，其中智能矿山装备链4家 — the part is a chain's share
    (智能矿山装备链, the article's 智能矿山装备产业链 when it names that one, not a longer name that opens with a
    place), and 智能矿山装备 is no firm."""
    text = ("山西太原智能矿山装备产业链链主。太原市共认定市级链主企业35家，其中智能矿山装备链4家，晋矿智装名列其中。")
    found = find_leaders(text)
    assert "智能矿山装备" not in {r.person for r in found}
    assert [(r.text, r.chain) for r in found if r.count == 4] == [("4家", "智能矿山装备链")]


def test_round_87_english_a_chain_run_by_or_sitting_with_its_chief_and_an_and_inside_a_firms_name() -> None:
    """supplylinepodcast (round 87): "The lychee chain is run by Vice Mayor Chen Guanghui" and "The petrochemical
    chain sits with the mayor, Liang Wenzhao" name the chiefs; "Nanhai Binhai Refining and Chemical" is one firm."""
    text = ("The lychee chain is run by Vice Mayor Chen Guanghui, who also chairs the agriculture committee. The "
            "petrochemical chain sits with the mayor, Liang Wenzhao, and the big refinery, Nanhai Binhai Refining and "
            "Chemical, is its chain master.")
    assert [(r.person, r.role, r.chain) for r in find_leaders(text, language="en")] == [
        ("Chen Guanghui", "chain_leader", "lychee chain"), ("Liang Wenzhao", "chain_leader", "petrochemical chain"),
        ("Nanhai Binhai Refining and Chemical", "chain_master", "petrochemical chain")]


def test_round_87_88_english_chain_masters_named_right_after_the_role() -> None:
    """ftalphaville and lngov (rounds 87-88): "the chain's master, Hebei Jingyao Photovoltaic Glass, had …" and
    "chain masters Shenyang Zhongjie Machine Tool Co. and Xinsong Robot Automation had brought …" name the
    firms, with the chain the sentence names before them."""
    text = ("Li Wei, chief of its new energy equipment chain, told a forum in June that the chain's master, Hebei "
            "Jingyao Photovoltaic Glass, had taken on a furnace project. Vice Governor Gao Ming, chain chief of the "
            "CNC machine tools chain, said that chain masters Shenyang Zhongjie Machine Tool Co. and Xinsong Robot "
            "Automation had brought 37 local suppliers into their purchasing systems.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en") if r.role == "chain_master"] == [
        ("Hebei Jingyao Photovoltaic Glass", "new energy equipment chain"),
        ("Shenyang Zhongjie Machine Tool Co.", "CNC machine tools chain"),
        ("Xinsong Robot Automation", "CNC machine tools chain")]


def test_round_88_a_proposed_batch_broken_down_by_chain_and_an_attribute_of_the_chain_masters() -> None:
    """smgxj notice and jjckb survey (round 88): 本批拟认定企业中，X产业链3家… gives each chain's share of the
    proposed batch; 链主企业偏小 says how the chain masters are, no firm named 偏小."""
    text = ("三明市2026年拟认定链主企业名单公示。本批拟认定企业中，氟新材料产业链3家，钢铁与装备制造产业链2家，"
            "林产加工产业链2家；")
    assert [(r.text, r.chain, r.count) for r in find_leaders(text) if r.chain] == [
        ("3家", "氟新材料产业链", 3), ("2家", "钢铁与装备制造产业链", 2), ("2家", "林产加工产业链", 2)]
    assert [r.person for r in find_leaders("链主企业偏小 “头雁”带不动") if r.person] == []


def test_round_90_kinds_of_firm_named_in_turn_and_firms_in_brackets_after_their_count() -> None:
    """macaodaily and yunhegov (round 90): 其中澳资两家，为A和B；内地两家，为C和D names each part's firms (澳资 is no
    firm); 食用菌产业链链主企业1家（浙江菇源生物科技有限公司） counts one and names it; 云和… keeps its 和."""
    text = ("产业链现有链主企业四家，其中澳资两家，为澳门濠智科技有限公司和澳门莲峰数据有限公司；"
            "内地两家，为横琴智算云科技有限公司和珠海星枢机器人有限公司。")
    found = find_leaders(text)
    assert [r.person for r in found if r.person] == [
        "澳门濠智科技有限公司", "澳门莲峰数据有限公司", "横琴智算云科技有限公司", "珠海星枢机器人有限公司"]
    assert [(r.text, r.count) for r in found if r.count] == [("链主企业四家", 4), ("澳资两家", 2), ("内地两家", 2)]
    text = ("本月新增认定食用菌产业链链主企业1家（浙江菇源生物科技有限公司）。"
            "链主企业2家（云和精工阀业股份有限公司、浙江木玩集团有限公司）。")
    assert [(r.text, r.chain) for r in find_leaders(text)] == [
        ("1家", "食用菌产业链"), ("浙江菇源生物科技有限公司", "食用菌产业链"), ("链主企业2家", None),
        ("云和精工阀业股份有限公司", None), ("浙江木玩集团有限公司", None)]


def test_round_90_a_counted_role_then_its_holders_in_turn() -> None:
    """macaodaily (round 90): 人工智能产业链另设副链长两名，分别由A局副局长叶慧琳和B局副局长邝志明担任 — the count
    stands between the role and 由; both people are deputies of the chain."""
    text = "人工智能产业链另设副链长两名，分别由合作区经济发展局副局长叶慧琳和科技创新和人才局副局长邝志明担任。"
    assert [(r.person, r.role, r.chain) for r in find_leaders(text) if r.person] == [
        ("叶慧琳", "deputy_chain_leader", "人工智能产业链"), ("邝志明", "deputy_chain_leader", "人工智能产业链")]


def test_round_92_a_recognition_notices_list_under_chain_headings_with_each_firms_city() -> None:
    """hljgxt notice (round 92): under 一、认定名单, each chain's heading (with its chiefs in brackets) is followed
    by numbered firms, each with its city in brackets: every firm masters its heading's chain."""
    text = ("黑龙江省工业和信息化厅关于2026年度省级重点产业链链主企业认定结果的公告\n\n一、认定名单\n\n"
            "（一）绿色食品产业链（链长：副省长韩建明）\n1. 黑龙江北垦米业集团有限公司（哈尔滨市）\n"
            "2. 齐齐哈尔鹤城乳业股份有限公司（齐齐哈尔市）\n（二）高端装备产业链（链长：副省长周立群）\n"
            "3. 哈尔滨龙江重型装备集团有限公司（哈尔滨市）\n\n二、有关要求\n")
    assert [(r.person, r.chain) for r in find_leaders(text) if r.role == "chain_master" and r.person] == [
        ("黑龙江北垦米业集团有限公司", "绿色食品产业链"), ("齐齐哈尔鹤城乳业股份有限公司", "绿色食品产业链"),
        ("哈尔滨龙江重型装备集团有限公司", "高端装备产业链")]


def test_round_92_english_posts_given_by_label_under_a_chains_heading() -> None:
    """changxinggov measures (round 92): "(2) New energy vehicle and key parts chain. Chain chief: deputy county
    magistrate in charge of industry; deputy chain chiefs: director of …, and principal head of …" — each post a
    record with the heading's whole chain, no person; a capitalised name after a label is not read here."""
    text = ("Article 4 Chain chiefs are assigned by post as follows:\n(2) New energy vehicle and key parts chain. "
            "Chain chief: deputy county magistrate in charge of industry; deputy chain chiefs: director of the "
            "Management Committee of the Development Zone, and principal head of the County Bureau of Commerce.\n")
    found = [(r.text, r.role, r.chain) for r in find_leaders(text, language="en")]
    assert found == [
        ("Chain chief: deputy county magistrate in charge of industry", "chain_leader",
         "New energy vehicle and key parts chain"),
        ("deputy chain chiefs: director of the Management Committee of the Development Zone", "deputy_chain_leader",
         "New energy vehicle and key parts chain"),
        ("principal head of the County Bureau of Commerce", "deputy_chain_leader",
         "New energy vehicle and key parts chain")]


def test_round_91_english_the_chief_succeeded_after_a_chain_passes_to_a_new_one() -> None:
    """henandaily Jiyuan item (round 91): "The nonferrous metals chain, the zone's largest, passes to Li Jianguo,
    …, who succeeds Sun Hongbin." — both led that chain."""
    text = ("The nonferrous metals chain, the zone's largest, passes to Li Jianguo, executive deputy director of the "
            "Management Committee, who succeeds Sun Hongbin.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Li Jianguo", "nonferrous metals chain"), ("Sun Hongbin", "nonferrous metals chain")]


def test_round_94_english_a_chain_master_table_and_chiefs_listed_chain_by_chain() -> None:
    """yunfugov list (round 94): under a notice of chain masters, a table "No. | Enterprise | Industrial chain | …"
    holds the firms; "The chain chiefs are: A chain, Name (Title); B chain and C chain, Name (Title)" gives each
    chief the chain before the name, and a second chain joined by "and" a record of its own."""
    text = ("Yunfu names its 2026 chain master enterprises\n\nThe chain chiefs are: stainless steel products chain, He "
            "Zhenbang (Executive Vice Mayor); livestock and poultry food chain and cinnamon and southern medicines "
            "chain, Mo Guiying (Vice Mayor).\n\nNo. | Enterprise | Industrial chain | Location\n"
            "1 | Guangdong Luoding Ruilong Special Steel Co., Ltd. | Stainless steel products | Luoding City\n"
            "2 | Yunfu Nanshan Foods Co., Ltd. | Livestock and poultry food | Yunan County\n")
    found = [(r.text, r.person, r.chain) for r in find_leaders(text, language="en") if r.person]
    assert found == [
        ("He Zhenbang", "He Zhenbang", "stainless steel products chain"),
        ("cinnamon and southern medicines chain", "Mo Guiying", "cinnamon and southern medicines chain"),
        ("Mo Guiying", "Mo Guiying", "livestock and poultry food chain"),
        ("Guangdong Luoding Ruilong Special Steel Co., Ltd.", "Guangdong Luoding Ruilong Special Steel Co., Ltd.",
         "stainless steel products chain"),
        ("Yunfu Nanshan Foods Co., Ltd.", "Yunfu Nanshan Foods Co., Ltd.", "livestock and poultry food chain")]


def test_english_a_team_or_delegation_of_officials_is_no_group_of_leaders() -> None:
    """bloomberg Jincheng and China Daily HK Q&A (rounds 78, 94): "will lead a team of 15 officials tracking
    payments" and "led a delegation of 32 officials and business people" count staff, no chain leaders."""
    text = ("Li Wen, the chain's deputy chain chief, will lead a team of 15 officials tracking payments. Vice-Mayor "
            "Liang Shaohua, chain chief of the calcium carbonate chain, led a delegation of 32 officials to Hong Kong.")
    assert [r.count for r in find_leaders(text, language="en") if r.count] == []


def test_round_93_english_deputies_named_on_a_chain_or_before_they_are_counted() -> None:
    """FT Wuxi story and Jiangxi transcript (round 93): "Gu has two deputies on the chip chain: A, director of …,
    and B, head of …" and "…copper chain, and A, director of …, and B, director of …, are the two deputy chain
    chiefs" name both deputies with their titles."""
    text = ("Gu Xiaoyan leads the integrated circuit chain. Gu has two deputies on the chip chain: Shen Wei, director "
            "of the municipal industry bureau, and Jiang Hong, head of the Xinwu district government.")
    assert [(r.person, r.title) for r in find_leaders(text, language="en") if r.role == "deputy_chain_leader"] == [
        ("Shen Wei", "director of the municipal industry bureau"),
        ("Jiang Hong", "head of the Xinwu district government")]
    text = ("I serve as chain chief of the city's copper chain, and Wu Haiyan, director of the Yingtan Bureau of "
            "Industry, and Zhou Bin, director of the Guixi High-tech Zone management committee, are the two deputy "
            "chain chiefs.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en") if r.person] == [
        ("Wu Haiyan", "copper chain"), ("Zhou Bin", "copper chain")]


def test_round_93_english_a_counted_part_named_then_called_chain_masters() -> None:
    """Jiangxi transcript (round 93): "The chain has 413 enterprises, and two of them, A and B Co., Ltd., are chain
    masters" counts two chain masters of the chain named before and names both."""
    text = ("The copper-based new materials industrial chain is Yingtan's largest. The chain has 413 enterprises, and "
            "two of them, Guixi Xinlian Copper Group and Yingtan Ruifeng Copper Foil Co., Ltd., are chain masters.")
    assert [(r.text, r.count, r.chain) for r in find_leaders(text, language="en")] == [
        ("two", 2, "copper-based new materials industrial chain"),
        ("Guixi Xinlian Copper Group", None, "copper-based new materials industrial chain"),
        ("Yingtan Ruifeng Copper Foil Co., Ltd.", None, "copper-based new materials industrial chain")]


def test_round_93_a_verb_of_listing_ends_a_chain_name_and_a_pledge_is_no_firm() -> None:
    """ctee and taiangov (round 93): 去年获列新能源汽车零部件产业链链主 — 获列 is no part of the chain's name;
    链主企业承诺书签署仪式 — a pledge and its ceremony, no firm named 承诺书."""
    text = "车用功率模组厂无锡崇碁半导体有限公司去年获列新能源汽车零部件产业链链主，全年营收人民币27.5亿元。"
    assert {r.chain for r in find_leaders(text)} == {"新能源汽车零部件产业链"}
    text = "泰安市重点产业链链主企业承诺书签署仪式在市政务中心举行。"
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_a_leader_named_in_full_earlier_without_a_title_holds_the_role_there_too() -> None:
    """cyol profile and FT Wuxi story (rounds 92-93): a person named in full with no title before the sentence that
    gives the role (程思琪蹲在苗床边… · When Gu Xiaoyan took over …) holds the role on that first mention too (D22,
    D24); a signature line (签发人：吕建伟) or another roster's title (副区长 蒋春华) is no such mention."""
    text = "程思琪蹲在苗床边，拍下一株石斛的叶片。\n今年，副县长、石斛产业链副链长程思琪走访企业42家。"
    assert [(r.start, r.person) for r in find_leaders(text)] == [(0, "程思琪"), (35, "程思琪")]
    text = "签发人：吕建伟\n\n市政府副市长、食品产业链副链长吕建伟介绍，今年以来走访企业60家。"
    assert [r.text for r in find_leaders(text) if r.person] == ["吕建伟"]
    assert [r.start for r in find_leaders(text) if r.person] == [text.rindex("吕建伟")]


def test_a_place_a_goal_or_a_trip_beside_chain_masters_is_no_chain_and_no_firm() -> None:
    text = to_simplified("對香港而言，機會在於後者：過去一年已有5家河北鏈主企業來港遞表，擬集資總額約60億港元。")
    assert [(r.text, r.person, r.chain, r.count) for r in find_leaders(text)] == [
        ("5家河北链主企业", None, None, 5)]
    text = to_simplified("今年將新認定鏈主企業3家，其中力爭至少1家為台資企業。")
    assert [(r.text, r.person, r.count) for r in find_leaders(text)] == [("链主企业3家", None, 3)]


def test_a_features_subtitle_word_is_no_part_of_the_title() -> None:
    text = "“三本笔记”里的新材料产业链——记清远市副市长、新材料产业链链长苏婉清"
    assert [(r.person, r.title, r.chain) for r in find_leaders(text)] == [
        ("苏婉清", "清远市副市长、新材料产业链链长", "新材料产业链")]


def test_english_chiefs_who_will_lead_a_chain_and_a_second_clause_that_leaves_the_verb_out() -> None:
    text = ("Vice Governor Tian Min will lead the new energy battery materials chain, and Vice Governor Wu Sheng "
            "the aviation equipment chain.")
    assert [(r.person, r.title, r.chain) for r in find_leaders(text)] == [
        ("Tian Min", "Vice Governor", "new energy battery materials chain"),
        ("Wu Sheng", "Vice Governor", "aviation equipment chain")]
    text = "Vice Governor Tian Min is to head the phosphorus chemicals chain."
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Tian Min", "phosphorus chemicals chain")]


def test_english_chain_masters_among_them_and_named_by_the_county() -> None:
    text = ("Of its 24 chain master enterprises, 17 are state-owned, among them Hexi Nickel-Cobalt Group, chain master "
            "of the nickel-cobalt new materials chain, which is led by Vice Governor Tian Wenhui.")
    found = [(r.text, r.person, r.chain) for r in find_leaders(text)]
    assert ("Hexi Nickel-Cobalt Group", "Hexi Nickel-Cobalt Group", "nickel-cobalt new materials chain") in found
    assert not any(r.startswith("chain master of") for r, _p, _c in found)
    text = ('The plant belongs to Sichuan Zhuyun Fibre Co, which the county named the "chain master" enterprise of '
            'its bamboo industrial chain in 2024.')
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Sichuan Zhuyun Fibre Co", "bamboo industrial chain")]


def test_firms_named_after_the_verb_that_names_them_and_long_registered_names_in_a_list() -> None:
    text = to_simplified("經市政府常務會議研究，認定棗莊新源鋰能科技股份有限公司等12家企業為"
                         "第二批市級重點產業鏈鏈主企業。")
    assert [(r.person, r.count) for r in find_leaders(text)] == [("枣庄新源锂能科技股份有限公司", None), (None, 12)]
    text = "链主企业广东清材稀有金属股份有限公司、清远华铄新材料科技有限公司两家企业合计产值超过190亿元。"
    assert [(r.person, r.count) for r in find_leaders(text)] == [
        ("广东清材稀有金属股份有限公司", None), ("清远华铄新材料科技有限公司", None), (None, 2)]
    # (同批获认定的另外3家链主: 认定的 describes the firms, no name follows the verb)
    text = to_simplified("同批獲認定的另外3家鏈主為曙光石化、華誠科技及海皖新材，均為內地非上市企業。")
    assert "的另外" not in [r.person for r in find_leaders(text)]


def test_parts_of_a_chain_master_total_this_chain_a_class_and_one_of_them() -> None:
    text = to_simplified("石家莊生物醫藥產業鏈由副市長擔任鏈長。該鏈上半年營業收入約人民幣612億元，"
                         "全市27家鏈主企業中有6家屬於這條鏈。")
    assert [(r.text, r.chain, r.count) for r in find_leaders(text) if r.count] == [
        ("27家链主企业", None, 27), ("6家", "生物医药产业链", 6)]
    text = to_simplified("第二批12家鏈主企業2025年合計實現營業收入486.3億元，其中營業收入超過50億元的3家，"
                         "20億元至50億元的5家，其餘4家為營業收入5億元以上的細分領域「單項冠軍」。")
    assert [r.count for r in find_leaders(text)] == [12, 3, 5, 4]
    text = to_simplified("新能源鏈目前已認定鏈主企業5家，台資的茂昶光能是其中之一。")
    assert [(r.person, r.count) for r in find_leaders(text)] == [(None, 5), ("茂昶光能", None)]
    assert [r.person for r in find_leaders("全市已认定链主企业12家，我们县是其中之一。") if r.person] == []


def test_english_part_of_a_chain_master_total_of_which() -> None:
    text = "Zhejiang has 97 chain master enterprises, 12 of which are listed abroad."
    assert [(r.text, r.count) for r in find_leaders(text)] == [("97 chain master enterprises", 97), ("12 of which", 12)]
    assert [r.count for r in find_leaders("Zhejiang has 97 industrial parks, 12 of which are listed abroad.")] == []


def test_english_list_by_chain_with_bulleted_headings_and_dashed_firm_lines() -> None:
    text = ("The newly named chain master enterprises, by chain, are:\n\n"
            "• Automobile industrial chain (chain chief: Vice Governor An Liming)\n"
            "  - Changchun Huaxing Automotive Electronics Co., Ltd.\n"
            "  - Jilin Beiyu Chassis Technology Co., Ltd.\n"
            "• Ginseng industrial chain (chain chief: Vice Governor Qiao Zhenhai)\n"
            "  - Tonghua Changbai Ginseng Biotech Co., Ltd.\n\n"
            "Of the 14 companies, nine are privately owned.\n")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text)]
    assert found == [
        ("An Liming", "chain_leader", "automobile industrial chain"),
        ("Changchun Huaxing Automotive Electronics Co., Ltd.", "chain_master", "automobile industrial chain"),
        ("Jilin Beiyu Chassis Technology Co., Ltd.", "chain_master", "automobile industrial chain"),
        ("Qiao Zhenhai", "chain_leader", "ginseng industrial chain"),
        ("Tonghua Changbai Ginseng Biotech Co., Ltd.", "chain_master", "ginseng industrial chain")]


def test_round_98_chinese_names_titles_and_headings() -> None:
    # a heading's aside after a comma (第三名：丝网制品产业链，得分94.6分（较上年前移4位）) closes it
    text = ("第三名：丝网制品产业链，得分94.6分（较上年前移4位）\n链长：陈建军（市委常委、常务副市长）\n"
            "链主企业：安平县恒达丝网集团有限公司、河北冀网金属制品有限公司\n")
    assert {r.chain for r in find_leaders(text)} == {"丝网制品产业链"}
    # 沈丽协|助: a two-character name, then what she does
    text = "由徐建峰同志牵头，副链长、杭州湾上虞经济技术开发区管委会副主任沈丽协助，推动链主企业加快建设。"
    assert [r.person for r in find_leaders(text) if r.person] == ["沈丽"]
    # 还有 · 该链 open no office; a town (黄江镇) is one
    found = find_leaders(to_simplified("同行的還有泛家居產業鏈鏈長、副區長梁曉彤。"))
    assert [(r.title, r.chain) for r in found] == [("泛家居产业链链长、副区长", "泛家居产业链")]
    found = find_leaders("该链副链长、钦州港经济技术开发区管委会主任韦国庆今年已3次带队赴广东招商。")
    assert [r.title for r in found] == ["副链长、钦州港经济技术开发区管委会主任"]
    found = find_leaders(to_simplified("黃江鎮黨委書記何俊霖則出任該鎮電子電路產業鏈鏈長。"))
    assert [(r.person, r.title) for r in found] == [("何俊霖", "黄江镇党委书记")]
    # who owns a plant, and where chain masters gather, are no firms
    found = find_leaders("厂房的主人是揭阳市金属制品产业链链主企业广东揭钢厨具集团有限公司（下称“揭钢厨具”）。")
    assert [r.person for r in found] == ["广东揭钢厨具集团有限公司"]
    assert find_leaders("钦州：链主扎堆化工\n") == []


def test_round_98_english_chain_masters_and_chiefs() -> None:
    text = ("The customer behind the decision is Suzhou Huiding Robotics, which the Suzhou municipal government named "
            "in March as the chain master enterprise of its industrial robot chain.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Suzhou Huiding Robotics", "industrial robot chain")]
    text = "The wine chain at the eastern foot of Helan Mountain, led by Vice Mayor Ma Yan, sold 138 million bottles."
    assert [(r.person, r.title, r.chain) for r in find_leaders(text)] == [("Ma Yan", "Vice Mayor", "wine chain")]
    text = "Only 3 of the 27 chain master enterprises have annual revenue above 10 billion yuan."
    assert ("3", 3) in [(r.text, r.count) for r in find_leaders(text)]
    text = ('The county\'s designated "chain master" enterprise, Shaanxi Qinmei Fruit Industry Co., runs cold stores '
            'holding 30,000 tonnes of fruit.')
    assert [r.person for r in find_leaders(text)] == ["Shaanxi Qinmei Fruit Industry Co."]
    assert find_leaders("It is a chain master enterprise, Li said.") == []


def test_every_near_scan_finds_what_a_whole_scan_of_each_corpus_article_finds() -> None:
    """The windows each slow pattern is scanned in (around its anchor) are wide enough for every match."""
    import extractors.leaders as leaders_module
    from extractors.base import NearScan
    from pipeline.ingest import Article, iter_inputs
    from pipeline.normalize import normalize

    scans = [v for v in vars(leaders_module).values() if isinstance(v, NearScan)]
    assert len(scans) >= 5
    texts = [normalize(a.text).text for a in iter_inputs(["corpus"]) if isinstance(a, Article)]
    found = 0
    for scan in scans:
        for text in texts:
            near = [m.span() for m in scan.finditer(text)]
            assert near == [m.span() for m in scan.pattern.finditer(text)], scan.pattern.pattern[:60]
            found += len(near)
    assert found > 50


def test_english_bulleted_chain_headings_over_dashed_roster_lines_with_posts_named_by_office() -> None:
    text = ("The list is as follows:\n\n• New energy battery chain\n  - Chain chief: Wang Dehai, executive vice mayor\n"
            "  - Deputy chain chiefs: Zhao Minghui, deputy secretary-general of the municipal government; Director of "
            "the Municipal Bureau of Commerce\n  - Chain master enterprises: Yuxi Dianneng New Energy Technology Co., "
            "Ltd.; Yunnan Hongxin Lithium Materials Co., Ltd.\n\n• Biomedicine and health chain\n"
            "  - Chain chief: Vice Mayor Yang Shuzhen\n  - Deputy chain chiefs: Director of the Municipal Health "
            "Commission; Director of the Municipal Administration for Market Regulation\n")
    found = {(r.text, r.role, r.chain) for r in find_leaders(text)}
    battery, health = "New energy battery chain", "Biomedicine and health chain"
    assert {("Wang Dehai", "chain_leader", battery), ("Zhao Minghui", "deputy_chain_leader", battery),
            ("Director of the Municipal Bureau of Commerce", "deputy_chain_leader", battery),
            ("Yuxi Dianneng New Energy Technology Co., Ltd.", "chain_master", battery),
            ("Yunnan Hongxin Lithium Materials Co., Ltd.", "chain_master", battery),
            ("Yang Shuzhen", "chain_leader", health),
            ("Deputy chain chiefs: Director of the Municipal Health Commission", "deputy_chain_leader", health),
            ("Director of the Municipal Administration for Market Regulation", "deputy_chain_leader", health)} <= found


def test_english_numbered_chain_headings_over_roster_lines_of_posts_by_portfolio() -> None:
    text = ("The chains and the posts responsible for them are as follows:\n\n"
            "1. New materials industrial chain (silicon-based materials and lithium battery materials)\n"
            "   Chain chief: Executive Vice Chairman of the People's Government of the autonomous region\n"
            "   Deputy chain chiefs: Director of the Development and Reform Commission; Director of the Data Bureau\n\n"
            "4. Computing power and digital information industrial chain\n"
            "   Chain chief: Vice Chairman in charge of science, technology and big data (concurrently)\n"
            "   Deputy chain chiefs: Vice Mayor Yang Shuzhen\n")
    found = [(r.text, r.person, r.role, r.chain) for r in find_leaders(text, language="en")]
    materials, computing = "New materials industrial chain", "Computing power and digital information industrial chain"
    assert found == [
        ("Chain chief: Executive Vice Chairman of the People's Government of the autonomous region", None,
         "chain_leader", materials),
        ("Deputy chain chiefs: Director of the Development and Reform Commission", None, "deputy_chain_leader",
         materials),
        ("Director of the Data Bureau", None, "deputy_chain_leader", materials),
        ("Chain chief: Vice Chairman in charge of science, technology and big data", None, "chain_leader", computing),
        ("Yang Shuzhen", "Yang Shuzhen", "deputy_chain_leader", computing)]


def test_english_tables_a_role_column_naming_chain_masters_and_a_post_still_to_be_designated() -> None:
    text = ("The chain's key firms:\n\nCompany | Role on the chain | Main products | Employees\n"
            "Longyuan Biological Products Co. | Chain master | Human vaccines | 3,420\n"
            "Huanghe Medical Devices Co. | Key supporting firm | Diagnostic reagents | 940\n")
    assert [(r.text, r.role) for r in find_leaders(text, language="en")] == [
        ("Longyuan Biological Products Co.", "chain_master")]
    text = ("No. | Key chain | Chain chief | Chain master(s) | 2027 target\n"
            "1 | Hydrogen energy | Zhu Minghao, Executive Vice Mayor | To be designated | 30\n")
    assert [r.text for r in find_leaders(text, language="en")] == ["Zhu Minghao"]


def test_english_a_firm_in_apposition_with_and_in_its_name_or_a_chain_it_is_on() -> None:
    text = ("The city helped.\n\nBeiguo Ice and Snow Equipment Co., the chain master of the ice and snow equipment "
            "chain, plans to add 600 workers. The biggest pledge came from Binjiang Intelligent Robotics, a chain "
            "master on the robotics and intelligent equipment chain, which said it would hire 900 people.")
    assert [(r.text, r.chain) for r in find_leaders(text, language="en")] == [
        ("Beiguo Ice and Snow Equipment Co.", "ice and snow equipment chain"),
        ("Binjiang Intelligent Robotics", "robotics and intelligent equipment chain")]


def test_english_an_official_who_has_led_a_chain() -> None:
    text = ("Li Dongsheng, the executive vice mayor who has led the robotics and intelligent equipment chain since "
            "January, said in a written reply that the city would help.")
    assert [(r.text, r.title, r.chain) for r in find_leaders(text, language="en")] == [
        ("Li Dongsheng", "executive vice mayor", "robotics and intelligent equipment chain")]
    text = "Li Dongsheng, the economist who has studied the robotics chain since January, said it would grow."
    assert not find_leaders(text, language="en")


def test_english_a_chain_now_going_to_a_chief_its_previous_chief_and_the_offices_new_director() -> None:
    text = ("The biomedicine chain now goes to Vice Mayor Han Xue. Qiao now leads the paper and wood products chain, "
            "whose previous chief, Vice Mayor Dong Lin, was transferred to Harbin in July.")
    assert [(r.text, r.chain) for r in find_leaders(text, language="en")] == [
        ("Han Xue", "biomedicine chain"), ("Dong Lin", "paper and wood products chain")]
    text = ("The notice also moves the city's chain chief office to the bureau of industry. Its new director, Xie Lan, "
            "who is also deputy head of the bureau, said companies would deal with a single office.")
    assert [(r.text, r.role) for r in find_leaders(text, language="en")] == [("Xie Lan", "official")]


def test_english_predecessors_taken_over_from_by_chain_or_named_as_predecessor() -> None:
    text = ("Chen Yunfeng, the vice governor in question, took over the vehicle chain in April from Zhao Haitao, who "
            "has since been transferred to a post in Beijing.")
    assert [(r.text, r.chain) for r in find_leaders(text, language="en")] == [
        ("Chen Yunfeng", "vehicle chain"), ("Zhao Haitao", "vehicle chain")]
    text = ("Vice Mayor Duan Lin is chain chief of the precious metals and new materials chain. Duan took charge of "
            "the chain in January after her predecessor, Ma Kai, was placed under investigation.")
    chain = "precious metals and new materials chain"
    assert [(r.text, r.chain) for r in find_leaders(text, language="en")] == [("Duan Lin", chain), ("Ma Kai", chain)]
    # a predecessor at a firm is no chain chief's
    text = "Wang Lei runs the bank. He took charge in January after his predecessor, Ma Kai, retired."
    assert not find_leaders(text, language="en")


def test_english_a_chain_office_run_or_headed_by_an_official() -> None:
    text = ("The municipal chain chief office coordinates the chains. The office is headed by Liu Yang, Deputy "
            "Secretary-General of the Municipal Government.")
    assert [(r.text, r.role) for r in find_leaders(text, language="en")] == [("Liu Yang", "official")]
    text = "The chain office sits within Wang's department and is run by Xu Qinglan, a deputy secretary-general."
    assert [(r.text, r.role) for r in find_leaders(text, language="en")] == [("Xu Qinglan", "official")]
    # an office of something else
    text = "The law office of Zhao and Partners is run by Li Ming, a lawyer."
    assert not find_leaders(text, language="en")


def test_english_posts_in_rosters_under_a_bare_numbered_heading_and_after_a_named_deputy_in_a_cell() -> None:
    text = ("Selected chains\n\n1. Electronic Information\nDeputy chain chiefs: Mr. Lu Zhen, Deputy Secretary-General "
            "of Beihai Municipal Government; Director of Beihai Municipal Development and Reform Commission\n")
    found = [(r.text, r.chain) for r in find_leaders(text, language="en")]
    assert ("Director of Beihai Municipal Development and Reform Commission", "Electronic information chain") in found
    text = ("Chain | Chain leader | Deputy chain leaders\n"
            "1. Green food processing | Han Yuzhi, Executive Vice Governor | Bai Xuefeng, Director of the Provincial "
            "Department of Commerce; Principal responsible official of the Daqing Municipal People's Government\n")
    found = [(r.text, r.role) for r in find_leaders(text, language="en")]
    post = "Principal responsible official of the Daqing Municipal People's Government"
    assert (post, "deputy_chain_leader") in found
    assert ("Bai Xuefeng", "deputy_chain_leader") in found


def test_english_the_parts_of_a_counted_set_of_chain_masters_after_of_the_n() -> None:
    text = ("Liaoning named its first 26 chain master enterprises on Tuesday. Of the 26, 11 are state-owned, 13 are "
            "private and two are joint ventures with foreign partners; six are listed on the stock exchanges.")
    found = [(r.text, r.count) for r in find_leaders(text, language="en")]
    assert found == [("26 chain master enterprises", 26), ("11", 11), ("13", 13), ("two", 2), ("six", 6)]
    # a set of something else
    text = "The province has 26 industrial parks. Of the 26, 11 are near the coast and 13 are inland."
    assert not find_leaders(text, language="en")


def test_english_how_many_chiefs_there_are_after_their_number_changes() -> None:
    text = ('Mudanjiang cut the number of city leaders serving as "chain chiefs" to eight from 13, one of the most '
            'sweeping reorganizations. It also reduces the number of deputy chain chiefs, who are mostly heads of '
            'municipal bureaus, to 16 from 29.')
    assert [(r.text, r.role, r.count, r.rank) for r in find_leaders(text, language="en")] == [
        ("eight", "chain_leader", 8, "city"), ("16", "deputy_chain_leader", 16, None)]
    assert not find_leaders("The number of chain chiefs rose 20 percent to 24 last year.", language="en")
    # the verb of the change after the role: falls to nine from 11 · stands at 28
    text = "The number of provincial leaders serving as chain chiefs falls to nine from 11, after the reshuffle."
    assert [(r.text, r.count, r.rank) for r in find_leaders(text, language="en")] == [("nine", 9, "provincial")]
    text = "The number of deputy chain chiefs now stands at 28."
    assert [(r.text, r.role, r.count) for r in find_leaders(text, language="en")] == [
        ("28", "deputy_chain_leader", 28)]
    assert not find_leaders("The number of chain chiefs fell by a third to 20 percent of posts.", language="en")


def test_round_100_chinese_firms_by_alias_offices_with_jing_and_bodies_that_are_no_firms() -> None:
    text = "深交所上市公司蜀锂新材料股份有限公司（下称“蜀锂新材”）入选动力电池产业链链主企业。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("蜀锂新材料股份有限公司", "动力电池产业链")]
    text = "广西桂工重型机械股份有限公司（下称“桂工重机”）再次被认定为工程机械产业链链主企业，这是该公司第三年入选。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("广西桂工重型机械股份有限公司", "工程机械产业链")]
    # 经济发展局 · 经信局: the office's own 经, not "through"
    text = "对接企业16家，经济发展局局长、鞋服产业链副链长王磊全程随队。"
    assert [r.title for r in find_leaders(text)] == ["经济发展局局长、鞋服产业链副链长"]
    assert [r.person for r in find_leaders("宁夏公布链长名单\n自治区工信厅：今年将新认定链主企业15家\n")
            if r.person] == []
    # 衞 (the Hong Kong and Taiwan form of 衛) folds to 卫
    assert to_simplified("順安衞浴") == "顺安卫浴"


def test_chinese_firms_a_city_opens_and_two_firms_named_together() -> None:
    # 大同 (the city; jieba: an adverb, "great harmony") opens a firm's name
    text = "该链另一家链主企业大同云岗储能科技有限公司计划今年再剥离3个配套车间。"
    assert [r.person for r in find_leaders(text)] == ["大同云岗储能科技有限公司"]
    text = to_simplified("味全得（漳州）食品有限公司與福記食品工業（龍海）有限公司雙雙入選食品產業鏈鏈主企業。")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("味全得（漳州）食品有限公司", "食品产业链"), ("福记食品工业（龙海）有限公司", "食品产业链")]


def test_an_english_list_of_firms_ends_at_a_full_stop_after_a_plain_word() -> None:
    text = ("The other three chain masters are Beiyuan Solid Wood Furniture, Xianghe Jiahe Office Furniture and "
            "Hebei Ruimian Mattress. The county wants more.")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "Beiyuan Solid Wood Furniture", "Xianghe Jiahe Office Furniture", "Hebei Ruimian Mattress"]


def test_round_101_english_the_chains_chief_deputies_after_a_dash_and_a_place_before_a_firm() -> None:
    text = ("Shaoyang has an electronic information industrial chain. The chain's chief is Tang Jianwei, a vice-mayor, "
            "who said he had made 11 trips. Tang's two deputies on the electronics chain — Zou Li, director of the "
            "city's industry and information technology bureau, and Long Haibo, head of the Shaoyang Economic "
            "Development Zone — keep a ledger.")
    chain = "electronic information industrial chain"
    found = [(r.person, r.title, r.role, r.chain) for r in find_leaders(text) if r.person]
    assert found == [("Tang Jianwei", "vice-mayor", "chain_leader", chain),
                     ("Zou Li", "director of the city's industry and information technology bureau",
                      "deputy_chain_leader", chain),
                     ("Long Haibo", "head of the Shaoyang Economic Development Zone", "deputy_chain_leader", chain)]
    text = ("In Huangshan, Huangshan Qimen Tea Industry Group was named chain master of the tea chain in 2024, "
            "along with two smaller processors.")
    assert [r.person for r in find_leaders(text) if r.person] == ["Huangshan Qimen Tea Industry Group"]


def test_english_notice_a_predecessor_who_no_longer_serves_and_a_firm_added_as_chain_master() -> None:
    text = ("2. Petrochemical new materials industrial chain. Vice Governor Chen Haoran serves as chain chief; "
            "Liu Pingsheng no longer serves as chain chief owing to a change in his work.")
    chain = "Petrochemical new materials industrial chain"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Chen Haoran", chain), ("Liu Pingsheng", chain)]
    text = ("Clean energy vehicle industrial chain. Hainan Qiongneng New Energy Vehicle Co., Ltd. is added as a chain "
            "master enterprise of the chain.")
    assert [r.person for r in find_leaders(text)] == ["Hainan Qiongneng New Energy Vehicle Co., Ltd."]


def test_chinese_listed_chain_masters_with_what_they_make_and_the_short_name_they_go_by() -> None:
    text = to_simplified("該鏈現有鏈主企業3家，分別是電動垂直起降飛行器（eVTOL）整機商杭州翼展航空科技有限公司"
                         "（下稱「翼展航空」）、通航運營商浙江凌雲通用航空有限公司，以及碳纖維複合材料企業"
                         "建德建新複材股份有限公司。")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "杭州翼展航空科技有限公司", "浙江凌云通用航空有限公司", "建德建新复材股份有限公司"]


def test_how_many_chain_masters_a_list_adds_and_a_part_of_them() -> None:
    text = to_simplified("江蘇蘇州高新區日前公布第二批區級「鏈主」企業名單，新增8家，其中台資企業2家。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("新增8家", 8), ("台资企业2家", 2)]
    text = to_simplified("全縣現有縣級鏈主企業11家，今年新增4家。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("链主企业11家", 11), ("新增4家", 4)]


def test_round_99_english_a_chief_who_took_over_the_citys_chain_and_the_chains_designated_master() -> None:
    text = ("Vice Mayor Luo Qingmei took over the city's aviation equipment chain in March from Zhou Wenbin, who moved "
            "to the provincial capital Guiyang.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Luo Qingmei", "aviation equipment chain"), ("Zhou Wenbin", "aviation equipment chain")]
    text = ("Liupanshui has a coal and coal chemicals chain. The heavy lifting falls to Shuicheng Hengyuan Energy "
            "Group, the chain's designated chain master and a unit of the city's main state investment platform.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Shuicheng Hengyuan Energy Group", "coal and coal chemicals chain")]


def test_a_letters_greeting_to_a_kind_of_chain_masters_is_no_roster() -> None:
    text = ("各县（区）商务主管部门，各外贸链主企业：\n\n今年以来，全市商务系统围绕“稳订单、拓市场、强链条”，"
            "推动外贸链主企业发挥龙头带动作用。\n")
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_a_subheading_naming_a_firm_then_calling_it_a_chains_chain_master() -> None:
    assert [r.person for r in find_leaders("津芯微电：集成电路链主拟定增不超过18亿元\n") if r.person] == ["津芯微电"]
    assert [r.person for r in find_leaders("泰和药业：生物医药链主迎链长上门协调6个问题\n") if r.person] == ["泰和药业"]
    assert [r.person for r in find_leaders("潘一鸣：链主企业是链条的核心\n") if r.person] == []
    assert [r.person for r in find_leaders("人民网记者：链主企业下一步如何带动配套企业？\n") if r.person] == []


def test_english_a_chiefs_second_post_in_the_same_sentence_is_held_by_the_subject() -> None:
    text = ("Vice Governor Wang Xiuyun, who remains chain chief of the tropical high-efficiency agriculture industrial "
            "chain, also serves as chain chief of the biomedicine industrial chain, replacing He Jianlin.")
    found = [(r.text, r.person, r.chain) for r in find_leaders(text)]
    assert ("Wang Xiuyun", "Wang Xiuyun", "tropical high-efficiency agriculture industrial chain") in found
    assert ("chain chief of the biomedicine industrial chain", "Wang Xiuyun", "biomedicine industrial chain") in found


def test_english_the_chief_a_new_chief_replaces_led_the_chain_before() -> None:
    text = ("Vice Governor Wang Xiuyun also serves as chain chief of the biomedicine industrial chain, replacing "
            "He Jianlin, who has been transferred out of the province.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Wang Xiuyun", "biomedicine industrial chain"), ("He Jianlin", "biomedicine industrial chain")]


def test_english_a_group_of_officials_who_each_lead_some_chains_are_chain_chiefs() -> None:
    text = ("In Laibin, Mayor Qin Dehua runs the aluminium chain himself with two deputy chain chiefs under him, "
            "while four vice-mayors each lead two of the city's other eight chains.")
    assert [(r.text, r.role, r.count) for r in find_leaders(text) if r.count] == [
        ("two deputy chain chiefs", "deputy_chain_leader", 2), ("four vice-mayors", "chain_leader", 4)]


def test_chinese_a_reshuffle_names_successor_and_predecessor_and_counts_the_chiefs_it_changes() -> None:
    text = ("原链长钱永红（副县长）改任县人大常委会副主任，由副县长李明接任新能源产业链链长。"
            "新材料产业链原链长周海涛改任县政协副主席。本次调整涉及链长4名。")
    found = [(r.person, r.role, r.chain, r.count) for r in find_leaders(text)]
    assert ("钱永红", "chain_leader", "新能源产业链", None) in found
    assert ("李明", "chain_leader", "新能源产业链", None) in found  # (not 李明接: the verb 接任 follows the name)
    assert ("周海涛", "chain_leader", "新材料产业链", None) in found
    assert (None, "chain_leader", None, 4) in found


def test_chinese_two_people_who_share_a_post_across_a_comma() -> None:
    shared = "县委书记沈建华，县委副书记、县长顾晓峰共同担任全县重点产业链总链长。"
    assert [(r.person, r.role) for r in find_leaders(shared)] == [
        ("沈建华", "chief_chain_leader"), ("顾晓峰", "chief_chain_leader")]
    apart = "县委书记沈建华主持会议，县长顾晓峰担任全县重点产业链总链长。"
    assert [(r.person, r.role) for r in find_leaders(apart)] == [("顾晓峰", "chief_chain_leader")]


def test_english_a_pronoun_or_a_bare_title_in_place_of_the_name_said_just_before() -> None:
    lede = ("DEHUA, China (AP) — Su Zhenming spends more of his days answering emails from Ohio than sitting in "
            "meetings.\n\nThe 52-year-old deputy head of Dehua, a mountain county in Fujian province, is also what "
            "Chinese officials call the \"chain chief\" of its ceramics industry.")
    assert [(r.person, r.chain) for r in find_leaders(lede)] == [("Su Zhenming", "ceramics chain")]
    pronoun = ("Vice Mayor Li Wei toured Ningbo Port on Monday. He is the chain chief of the city's textile chain.")
    assert [(r.text, r.chain) for r in find_leaders(pronoun)] == [("Li Wei", "textile chain")]
    nobody = "The port handled 3 million containers. He is the chain chief of the city's textile chain."
    assert [r.person for r in find_leaders(nobody) if r.person] == []


def test_english_announcement_a_firm_located_in_places_its_chief_in_brackets_and_firms_with_co_ltd() -> None:
    text = ("The Board is pleased to announce that Zhejiang Ouyue Electric Co., Ltd. (\"Zhejiang Ouyue\"), an "
            "indirect wholly-owned subsidiary of the Company located in Ouhai District, Wenzhou, Zhejiang Province, "
            "the PRC, has been designated by the People's Government of Wenzhou Municipality as a chain master "
            "enterprise of the Wenzhou intelligent electrical equipment industrial chain (chain chief: Mr. Pan Yiwen, "
            "Vice Mayor of Wenzhou).")
    assert [(r.text, r.role, r.title) for r in find_leaders(text)] == [
        ("Zhejiang Ouyue Electric Co., Ltd.", "chain_master", None),
        ("Pan Yiwen", "chain_leader", "Vice Mayor of Wenzhou")]
    listed = ("Liushi Hengda Electric Group Co., Ltd., Wenzhou Dongxin Switchgear Co., Ltd. and Zhejiang Ruimao "
              "Instrument Co., Ltd. were designated as chain master enterprises of the intelligent electrical "
              "equipment industrial chain in 2024.")
    assert [r.person for r in find_leaders(listed)] == [
        "Liushi Hengda Electric Group Co., Ltd.", "Wenzhou Dongxin Switchgear Co., Ltd.",
        "Zhejiang Ruimao Instrument Co., Ltd."]


def test_english_table_of_flagship_chains_with_posts_in_brackets_and_one_chain_master() -> None:
    text = ("City (province) | Flagship chain | Chain chief (post) | Chain masters | Output, 2025\n"
            "Yan'an (Shaanxi) | Hydrogen energy | Bai Zhiyong (executive vice-mayor) | 2 | 46.3\n"
            "Luliang (Shanxi) | Coal-based carbon materials | Han Jingwei (standing committee member, vice-mayor) | 1 "
            "| 212.4\n")
    assert [(r.text, r.title, r.chain, r.count) for r in find_leaders(text)] == [
        ("Bai Zhiyong", "executive vice-mayor", "hydrogen energy chain", None),
        ("2", None, "hydrogen energy chain", 2),
        ("Han Jingwei", "standing committee member, vice-mayor", "coal-based carbon materials chain", None),
        ("1", None, "coal-based carbon materials chain", 1)]
    counted = ("Province | Key chains | Chain chiefs | Chain masters\nShaanxi | 24 | 31 | 120\nGansu | 14 | 16 | 43\n")
    assert all(r.chain is None for r in find_leaders(counted))  # (Key chains | 24: how many, no chain's name)


def test_chinese_table_rows_that_count_leaders_or_chain_masters_by_place() -> None:
    from pipeline.orchestrate import extract_text

    text = ("项目｜湖北｜福建\n省级重点产业链（条）｜18｜12\n担任链长的省领导（位）｜18｜9\n总链长｜省长｜省委书记\n"
            "已认定省级链主企业（家）｜74｜88\n　其中港资、台资企业（家）｜6｜18\n营收（亿元）｜48,600｜39,200\n")
    assert [(r.text, r.role, r.count, r.rank) for r in extract_text(text).of_type("leader")] == [
        ("18", "chain_leader", 18, "省级"), ("9", "chain_leader", 9, "省级"),
        ("74", "chain_master", 74, None), ("88", "chain_master", 88, None),
        ("6", "chain_master", 6, None), ("18", "chain_master", 18, None)]
    alone = "项目｜湖北｜福建\n规上企业（家）｜1200｜980\n　其中外资企业（家）｜60｜45\n"
    # (firms, no chain masters: a part row counts what the row above counts)
    assert extract_text(alone).of_type("leader") == []


def test_chinese_tab_roster_with_a_space_between_post_and_name_and_a_post_without_a_name() -> None:
    text = ("序号\t产业链\t链长\t副链长\t链主企业\n"
            "1\t茧丝绸产业链\t副市长 韦秀兰\t市农业农村局局长 覃立新\t"
            "宜州桂茧丝绸集团有限公司、广西宜丝坊丝绸科技有限公司\n"
            "2\t大健康和文旅产业链\t副市长（挂职） 罗健\t市文化广电和旅游局主要负责同志\t待遴选\n")
    assert [(r.text, r.title, r.role, r.chain) for r in find_leaders(text)] == [
        ("韦秀兰", "副市长", "chain_leader", "茧丝绸产业链"),
        ("覃立新", "市农业农村局局长", "deputy_chain_leader", "茧丝绸产业链"),
        ("宜州桂茧丝绸集团有限公司", None, "chain_master", "茧丝绸产业链"),
        ("广西宜丝坊丝绸科技有限公司", None, "chain_master", "茧丝绸产业链"),
        ("罗健", "副市长（挂职）", "chain_leader", "大健康和文旅产业链"),
        ("市文化广电和旅游局主要负责同志", "市文化广电和旅游局主要负责同志", "deputy_chain_leader",
         "大健康和文旅产业链")]


def test_english_chiefs_named_after_their_chain_and_the_chiefs_they_took_over_from() -> None:
    cases = {
        "Fujian's chain chief for new energy batteries, Vice-Governor Huang Shengli, oversees the chain.":
            [("Huang Shengli", "new energy batteries chain")],
        "The provincial graphite chain's chief, vice-governor Li Yuhang, told a meeting in May that it would grow.":
            [("Li Yuhang", "graphite chain")],
        "Guangdong's display chain, formed from a merger in 2025, is led jointly by Vice-Governor He Shaoqing and "
        "Chen Ruolan, a vice-chair of the provincial people's congress.":
            [("He Shaoqing", "display chain"), ("Chen Ruolan", "display chain")],
        "Shandong's high-end chemicals chain is now led by Song Deqiang (executive vice-governor), who took it over "
        "in June from Kong Fanrui after Kong retired.":
            [("Song Deqiang", "high-end chemicals chain"), ("Kong Fanrui", "high-end chemicals chain")],
        "Jixi's chain chief is Gao Shuming, who has led its graphite chain since January 2025. He took over from Pan "
        "Jianguo, who moved to the provincial development and reform commission.":
            [("Gao Shuming", "graphite chain"), ("Pan Jianguo", "graphite chain")],
    }
    for text, expected in cases.items():
        assert [(r.person, r.chain) for r in find_leaders(text) if r.person] == expected, text
    other = ("Vice Mayor Gao Shuwen is chain chief for refrigeration, while Mayor Chen Liming serves as general chain "
             "chief for all 18.")  # (the general chain chief after "while" leads no one chain)
    assert ("Chen Liming", None) in [(r.person, r.chain) for r in find_leaders(other)]


def test_chinese_bar_roster_with_a_space_between_post_and_name() -> None:
    from pipeline.orchestrate import extract_text

    text = ("产业链｜链长｜副链长｜链主企业数（家）\n复合材料｜县委副书记 刘建军｜县工信局局长 王蕾｜4\n"
            "绿色食品｜副县长（挂职）周婷｜县农业农村局局长 冯伟｜1\n")
    assert [(r.text, r.title, r.role, r.chain, r.count) for r in extract_text(text).of_type("leader")] == [
        ("刘建军", "县委副书记", "chain_leader", "复合材料产业链", None),
        ("王蕾", "县工信局局长", "deputy_chain_leader", "复合材料产业链", None),
        ("4", None, "chain_master", "复合材料产业链", 4),
        ("周婷", "副县长（挂职）", "chain_leader", "绿色食品产业链", None),
        ("冯伟", "县农业农村局局长", "deputy_chain_leader", "绿色食品产业链", None),
        ("1", None, "chain_master", "绿色食品产业链", 1)]


def test_the_chain_overseen_by_a_chief_the_predecessor_of_a_chains_chief_and_a_post_in_brackets() -> None:
    text = "Hunan's construction machinery chain counts Sany as its chain master. The chain is overseen by Vice " \
           "Governor Qin Guowen."
    assert ("Qin Guowen", "construction machinery chain") in [(r.person, r.chain) for r in find_leaders(text)]
    text = ("The copper chain's chief, Vice Governor Ren Zhaoyu, took over the role in July, succeeding Hu Dalong, "
            "who had led the chain since 2022 and has retired.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Ren Zhaoyu", "copper chain"),
                                                                 ("Hu Dalong", "copper chain")]
    text = "4.茶产业链。甘丽萍（副市长）兼任链长；链主企业：湄潭翠芽茶业集团有限公司。"
    assert [(r.person, r.title, r.role, r.chain) for r in find_leaders(text)][0] == (
        "甘丽萍", "副市长", "chain_leader", "茶产业链")


def test_english_the_chain_named_before_has_counted_masters_that_it_goes_on_to_name_and_a_ranked_header() -> None:
    text = ("In May 2024 the Company was designated a chain master enterprise of the city's magnesium-based new "
            "materials industrial chain. The chain currently has 6 chain master enterprises; besides the Company, they "
            "include Haicheng Dongfang Magnesium Industry Co., Ltd. and Liaoning Boyuan Fused Magnesia Co., Ltd. The "
            "leadership of the chain was as follows:")
    chain = "magnesium-based new materials industrial chain"
    assert [(r.text, r.chain, r.count) for r in find_leaders(text)] == [
        ("6 chain master enterprises", chain, 6), ("Haicheng Dongfang Magnesium Industry Co., Ltd.", chain, None),
        ("Liaoning Boyuan Fused Magnesia Co., Ltd.", chain, None)]
    table = ("Province | Key chains | Provincial chain chiefs | Chain masters named\nHubei | 16 | 16 | 97\n"
             "Guangxi | 12 | 14 | 58\n")
    assert [(r.text, r.role, r.rank) for r in find_leaders(table)] == [
        ("16", "chain_leader", "provincial"), ("97", "chain_master", None),
        ("14", "chain_leader", "provincial"), ("58", "chain_master", None)]


def test_chinese_numbered_firm_table_with_chain_subheadings_between_its_rows() -> None:
    from pipeline.orchestrate import extract_text

    text = ("现将拟认定的链主企业名单予以公示。\n\n序号｜企业名称｜所在地｜2025年营业收入（亿元）\n\n"
            "（一）汽车零部件产业链（链长：市委常委、常务副市长葛文涛）\n1｜宁国恒诺密封科技有限公司｜宁国市｜46.8\n"
            "2｜广德凯瑞汽车电子有限公司｜广德市｜21.35\n\n（二）光伏新能源产业链（副市长柏嘉宁任链长）\n"
            "3｜宣城晶联光伏科技有限公司｜宣州区｜88.2\n")
    result = extract_text(text)
    assert [(r.person, r.chain) for r in result.of_type("leader") if r.role == "chain_master"] == [
        ("宁国恒诺密封科技有限公司", "汽车零部件产业链"), ("广德凯瑞汽车电子有限公司", "汽车零部件产业链"),
        ("宣城晶联光伏科技有限公司", "光伏新能源产业链")]
    assert [(r.text, int(r.amount)) for r in result.of_type("money")] == [
        ("46.8", 4_680_000_000), ("21.35", 2_135_000_000), ("88.2", 8_820_000_000)]


def test_english_a_roster_box_one_chain_a_line_with_its_chiefs_name_and_post() -> None:
    text = ("Jilin cut its chain chiefs to nine.\n\nJilin's new roster\n"
            "Automobile: Han Chengzhi (executive vice governor)\n"
            "New energy: Jiang Bo (member, provincial Party standing committee)\n"
            "Digital economy: Liang Xiao (vice governor)\n\nContact reporter Gao Yuxin\n")
    assert [(r.person, r.title, r.chain) for r in find_leaders(text) if r.person] == [
        ("Han Chengzhi", "executive vice governor", "automobile chain"),
        ("Jiang Bo", "member, provincial Party standing committee", "new energy chain"),
        ("Liang Xiao", "vice governor", "digital economy chain")]
    two = "Our chain chiefs.\n\nSpeakers\nKeynote: Han Chengzhi (governor)\nPanel: Jiang Bo (professor)\n"
    assert [r.person for r in find_leaders(two) if r.person] == []  # (two lines are no roster box)


def test_english_table_column_of_the_posts_that_hold_the_chains() -> None:
    text = ("City | Lead chain | Chain chief's rank | Chain masters (firms)\n"
            "Lanzhou | Petrochemicals and fine chemicals | Executive vice-mayor | 6\n"
            "Jiayuguan | Steel and alloy materials | Mayor | 2\n")
    found = [(r.text, r.person, r.title, r.chain) for r in find_leaders(text) if r.count is None]
    assert found == [("Executive vice-mayor", None, "Executive vice-mayor", "petrochemicals and fine chemicals chain"),
                     ("Mayor", None, "Mayor", "steel and alloy materials chain")]


def test_chinese_a_predecessor_leads_the_chain_his_successor_took() -> None:
    text = "第二个签字的是新能源材料产业链链长、副市长岑振宇。去年12月，原链长杨立新调任自治区工作，由岑振宇接任。"
    assert ("杨立新", "新能源材料产业链") in [(r.person, r.chain) for r in find_leaders(text)]


def test_english_chain_chief_posts_broken_down_by_who_holds_them() -> None:
    text = ("Of the 83 chain-chief posts in 2025, vice-mayors held 61, members of the municipal Party standing "
            "committees 14, and Party secretaries or mayors 8.")
    assert [(r.text, r.count, r.rank) for r in find_leaders(text)] == [
        ("83 chain-chief posts", 83, None), ("61", 61, "vice-mayors"),
        ("14", 14, "members of the municipal Party standing committees"), ("8", 8, "Party secretaries or mayors")]
    text = ("The six cities have created 58 chain-chief posts, held by 49 officials. Mayors hold six of the posts, "
            "vice-mayors 37, and members of the municipal Party standing committee the remaining 15.")
    assert [(r.text, r.count, r.rank) for r in find_leaders(text)] == [
        ("58 chain-chief posts", 58, None), ("six", 6, "Mayors"), ("37", 37, "vice-mayors"),
        ("15", 15, "members of the municipal Party standing committee")]
    unrelated = "The board has nine seats. Mayors hold six of the posts, vice-mayors 3."
    assert find_leaders(unrelated) == []  # (posts of no chain chiefs)


def test_chinese_parts_of_a_chains_chain_master_total_and_the_firms_they_name() -> None:
    text = ("智能电网产业链现有链主企业5家，其中4家为陆资电力设备大厂，包括宁电科技集团和金陵智能电气股份有限公司；"
            "另1家是去年11月获认定的旭能电机（南京）有限公司。")
    chain = "智能电网产业链"
    assert [(r.text, r.count, r.chain) for r in find_leaders(text)] == [
        ("链主企业5家", 5, chain), ("4家", 4, chain), ("宁电科技集团", None, chain),
        ("金陵智能电气股份有限公司", None, chain), ("1家", 1, chain), ("旭能电机（南京）有限公司", None, chain)]
    listed = "智能电网产业链现有链主企业5家，其中3家为上市公司。"
    assert [r.text for r in find_leaders(listed)] == ["链主企业5家", "3家"]
    other = "该链链主企业有2家，其中一家是锡华微电子，另一家是太湖封测科技。"  # (另一家: "the other one", no count)
    assert "一家" not in [r.text for r in find_leaders(other) if r.count]


def test_chinese_a_chain_master_total_split_by_the_batches_that_named_them() -> None:
    text = "我市已先后认定两批市级链主企业共31家，其中首批18家、第二批13家；连同本批，全市市级链主企业共45家。"
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("链主企业共31家", 31), ("18家", 18), ("13家", 13), ("链主企业共45家", 45)]


def test_english_the_firms_a_sentence_lists_after_the_others_are_keep_co_ltd() -> None:
    text = ("Zhejiang Ouyue is one of four chain master enterprises of the intelligent electrical equipment industrial "
            "chain. The other three are Liushi Hengda Electric Group Co., Ltd., Wenzhou Dongxin Switchgear Co., Ltd. "
            "and Zhejiang Ruimao Instrument Co., Ltd., all of which were designated in 2024.")
    assert [r.person for r in find_leaders(text) if r.person][1:] == [
        "Liushi Hengda Electric Group Co., Ltd.", "Wenzhou Dongxin Switchgear Co., Ltd.",
        "Zhejiang Ruimao Instrument Co., Ltd."]


def test_english_a_successor_after_a_long_apposition_and_a_chief_who_led_two_chains_since_years() -> None:
    text = ("Under the notice, Wei Hongtao, 52, one of the new vice governors and until then Party secretary of "
            "Jiujiang, succeeds Liu as chief of both the electronic information chain and the aviation chain. "
            "Liu Chengbin, a vice governor who had led the electronic information chain since 2022 and the aviation "
            "chain since 2024, was transferred to Beijing in July.")
    assert [(r.text, r.person, r.chain) for r in find_leaders(text)] == [
        ("Wei Hongtao", "Wei Hongtao", "electronic information chain"),
        ("aviation chain", "Wei Hongtao", "aviation chain"),
        ("Liu Chengbin", "Liu Chengbin", "electronic information chain"),
        ("aviation chain", "Liu Chengbin", "aviation chain")]
    visited = ("Liu Chengbin, a vice governor who had led the electronic information chain since 2022, visited the "
               "battery chain and the aviation chain in 2024.")
    assert [(r.person, r.chain) for r in find_leaders(visited)] == [("Liu Chengbin", "electronic information chain")]


def test_english_a_set_of_chain_masters_split_by_the_places_that_host_them() -> None:
    text = ("Of the 41 chain master enterprises, 23 are state-owned and 18 are private. Urumqi hosts 14 of the firms, "
            "Changji Hui Autonomous Prefecture nine and Karamay seven.\n\nThe eight clusters generated revenue.")
    assert [(r.text, r.count) for r in find_leaders(text)][3:] == [("14", 14), ("nine", 9), ("seven", 7)]
    text = ("Anhui names 74 firms in its third batch of chain masters. Hefei, the provincial capital, accounts for 23 "
            "of the new names, followed by Wuhu with 11, Bengbu with six and Chuzhou with five; the remaining 29 are "
            "based in 12 other cities.")
    assert [(r.text, r.count) for r in find_leaders(text) if r.count][-5:] == [
        ("23", 23), ("11", 11), ("six", 6), ("five", 5), ("29", 29)]
    # a set of something else split by place
    assert find_leaders("The province has 40 industrial parks. Hefei hosts 14 of them, Wuhu nine.") == []


def test_english_a_chiefs_label_after_the_lines_chain_heading_and_a_predecessor_in_the_successors_role() -> None:
    text = ("(3) Dairy industrial chain. Chain chief: Xu Jing, vice mayor (newly appointed), succeeding Sarula.\n"
            "(4) Wind power equipment industrial chain. Chain chief: Vice Mayor Zhang Hongbo (transferred from "
            "another chain), succeeding Gao Feng, who has been appointed secretary of the banner committee.")
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("Xu Jing", "chain_leader", "Dairy industrial chain"),
        ("Zhang Hongbo", "chain_leader", "Wind power equipment industrial chain"),
        ("Gao Feng", "chain_leader", "Wind power equipment industrial chain")]
    # posts in lower case after the heading's label are posts, not names
    posts = ("(2) New energy vehicle chain. Chain chief: deputy county magistrate in charge of industry; deputy "
             "chain chiefs: director of the Management Committee of Changxing Economic and Technological "
             "Development Zone.")
    assert [r.person for r in find_leaders(posts) if r.person] == []
    # the one replaced held the role the successor takes: a deputy replaces a deputy
    text = ("3. Dairy industrial chain: Liu Yanhong, deputy secretary-general of the municipal government, serves as "
            "deputy chain chief, replacing Qi Jun.")
    assert [(r.person, r.role) for r in find_leaders(text)] == [
        ("Liu Yanhong", "deputy_chain_leader"), ("Qi Jun", "deputy_chain_leader")]
    text = ("The notice also named Wei Guoqiang, director of the municipal energy bureau, as deputy chain chief of the "
            "coking chain, replacing Liang Yu, who retired in August. Hou had taken over the chain in March 2023 "
            "from Wang Dongsheng, who now heads a division of the provincial energy administration.")
    assert [(r.person, r.role) for r in find_leaders(text) if r.person == "Wang Dongsheng"] == [
        ("Wang Dongsheng", "chain_leader")]


def test_english_a_table_firm_keeps_its_name_without_a_note_in_lower_case() -> None:
    text = ("No. | Industrial chain | Chain chief | Chain master enterprises | Output\n"
            "1 | Green aluminum | Zong Guoying, Executive Vice Governor | Yunlu Green Aluminum Group Co., Ltd.; "
            "Wenshan Hongtai Aluminum Products Co., Ltd. (new); Qujing Yuehe Alloy (Yunnan) Co., Ltd. | 1,386.5")
    assert [r.person for r in find_leaders(text) if r.role == "chain_master"] == [
        "Yunlu Green Aluminum Group Co., Ltd.", "Wenshan Hongtai Aluminum Products Co., Ltd.",
        "Qujing Yuehe Alloy (Yunnan) Co., Ltd."]


def test_chinese_a_post_changed_from_one_holder_to_another_and_by_an_adverb_of_change() -> None:
    text = "（六）陶瓷产业链。副链长由市商务局局长黄启航调整为市投资促进局局长覃雪梅。"
    assert [(r.person, r.title, r.role, r.chain) for r in find_leaders(text)] == [
        ("黄启航", "市商务局局长", "deputy_chain_leader", "陶瓷产业链"),
        ("覃雪梅", "市投资促进局局长", "deputy_chain_leader", "陶瓷产业链")]
    text = "（二）人工宝石产业链。该链链长由副市长区晓岚改为市政协副主席蒙国栋担任。"
    assert [(r.person, r.title) for r in find_leaders(text)] == [("区晓岚", "副市长"), ("蒙国栋", "市政协副主席")]
    text = "數字產業鏈鏈長改由分管科技工作的副省長陳思敏擔任，不再由省人大常委會副主任兼任。"
    assert [(r.person, r.chain) for r in find_leaders(to_simplified(text))] == [("陈思敏", "数字产业链")]
    text = "（一）再生资源产业链。副链长仍由市发展改革委主任骆文斌担任。"
    assert [(r.person, r.role) for r in find_leaders(text)] == [("骆文斌", "deputy_chain_leader")]


def test_chinese_the_other_chain_masters_after_one_named_and_firms_after_a_visit_verb() -> None:
    text = ("目前，徐州工程机械产业链共有链主企业4家，除汉力重工外，还有徐州卓越液压科技股份有限公司、"
            "江苏鼎泰起重机械有限公司和徐州华驰矿山装备有限公司。")
    assert [(r.person, r.chain) for r in find_leaders(text) if r.person] == [
        ("徐州卓越液压科技股份有限公司", "工程机械产业链"), ("江苏鼎泰起重机械有限公司", "工程机械产业链"),
        ("徐州华驰矿山装备有限公司", "工程机械产业链")]
    text = to_simplified("生物製造產業鏈上共有兩家鏈主企業，除瑞合生物外，另一家為珠海康晟藥業集團有限公司。")
    assert [r.person for r in find_leaders(text) if r.person] == ["珠海康晟药业集团有限公司"]
    # the others described, not named
    assert [r.person for r in find_leaders("全市链主企业3家，除龙头企业外，另一家为本地企业。") if r.person] == []
    # a visit's verb governs the firms after it
    text = "机械装备产业链一行则走访了福建汀江重工控股有限公司和闽西绿源环保科技股份有限公司两家链主企业。"
    assert [r.person for r in find_leaders(text) if r.person] == [
        "福建汀江重工控股有限公司", "闽西绿源环保科技股份有限公司"]


def test_chinese_a_table_cell_of_registered_firms_keeps_a_he_inside_a_name() -> None:
    text = ("序号｜产业链｜链长｜链主企业\n"
            "6｜陶瓷产业链｜何颂文（副市长）｜藤县陶坊陶瓷有限公司、广西藤县中和陶瓷集团有限公司\n"
            "7｜汽车产业链｜李明（副市长）｜宁德时代和比亚迪\n"
            "8｜电子产业链｜王军（副市长）｜甲乙电子有限公司和丙丁科技有限公司")
    assert [r.person for r in find_leaders(text) if r.role == "chain_master"] == [
        "藤县陶坊陶瓷有限公司", "广西藤县中和陶瓷集团有限公司", "宁德时代", "比亚迪",
        "甲乙电子有限公司", "丙丁科技有限公司"]


def test_chinese_a_predecessor_after_his_role_and_post_and_across_a_paragraph_break() -> None:
    text = ("徐州工程机械产业链的链长，由市委常委、副市长冷松担任。他是去年12月接手的，"
            "前任链长、原副市长梅立群已调往省里工作。")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("冷松", "工程机械产业链"), ("梅立群", "工程机械产业链")]
    text = ("这位链长，是酒泉市副市长汪润泽。他2024年3月起担任全市新能源装备产业链链长。\n\n"
            "汪润泽接手时，他的前任、现任陇南市委常委的马骏已经把三期项目谈了下来。")
    assert [(r.person, r.chain) for r in find_leaders(text) if r.person == "马骏"] == [("马骏", "新能源装备产业链")]


def test_chinese_no_firm_after_a_preposition_and_no_for_example_in_a_name() -> None:
    text = "去年以来，邱明哲先后7次到唐山调研，推动链主企业与省内汽车、家电企业建立“以需定产”协作机制。"
    assert [r.person for r in find_leaders(text) if r.person] == []
    text = "以高端装备产业链链主企业齐鲁重装为例，该公司去年获省级链主奖励。"
    assert [r.person for r in find_leaders(text) if r.person] == ["齐鲁重装"]


def test_chinese_two_chains_joined_by_he_before_one_role() -> None:
    text = "其中常务副省长邹建明同时担任工程机械产业链和先进轨道交通装备产业链链长。"
    assert [(r.text, r.person, r.chain) for r in find_leaders(text)] == [
        ("邹建明", "邹建明", "工程机械产业链"), ("先进轨道交通装备产业链链长", "邹建明", "先进轨道交通装备产业链")]


def test_chinese_a_roster_that_gives_posts_only_one_record_a_holder() -> None:
    text = ("（三）集成电路产业链。链长：区委常委、江宁高新区党工委书记；副链长：区科学技术局局长、"
            "江宁高新区管委会分管副主任；链主企业：待遴选。")
    assert [(r.text, r.role, r.title) for r in find_leaders(text)] == [
        ("链长：区委常委、江宁高新区党工委书记", "chain_leader", "区委常委、江宁高新区党工委书记"),
        ("副链长：区科学技术局局长", "deputy_chain_leader", "区科学技术局局长"),
        ("江宁高新区管委会分管副主任", "deputy_chain_leader", "江宁高新区管委会分管副主任")]
    # a name and a post after it, or a sentence after the label: no posts-only records
    named = to_simplified("鏈長：張海波　副市長\n副鏈長：王麗娜　市政府副秘書長")
    assert [r.person for r in find_leaders(named)] == ["张海波", "王丽娜"]
    assert [r.title for r in find_leaders("链长：由12位市级领导分别担任12条重点产业链链长。")] == [None]


def test_chinese_a_joint_chief_total_split_by_rank_and_by_what_they_did_and_a_table_of_level_named_firms() -> None:
    text = ("市级14条产业链共有链长、副链长23名。从职务看，这23人中，市委常委5人，副市长4人，"
            "市人大常委会、市政协副职3人，其余11人是市直部门主要负责同志。")
    assert [(r.count, r.role) for r in find_leaders(text)][1:] == [
        (5, "chain_leader"), (4, "chain_leader"), (3, "chain_leader"), (11, "chain_leader")]
    text = "今年1月至9月，市级14条产业链的23名链长、副链长中，公开走访企业不足3家次的有7人，其中2人没有走访记录。"
    assert [r.count for r in find_leaders(text)] == [23, 7, 2]
    # another number of people named after a total is no part of it
    assert [r.count for r in find_leaders("全市共有链长12名。这8人中，3人来自市直部门。")] == [12]
    text = ("序号｜产业链｜链长｜副链长｜区级链主企业\n"
            "1｜汽车零部件｜蒋秋实（区长）｜副区长 罗敏｜重庆綦齿传动股份有限公司、重庆渝南汽车零部件有限公司\n")
    assert [r.person for r in find_leaders(text) if r.role == "chain_master"] == [
        "重庆綦齿传动股份有限公司", "重庆渝南汽车零部件有限公司"]
    # a row of figures is no header
    figures = "指标｜单位｜数值\n区级链主企业｜家｜16\n链主区内采购额｜亿元｜38.6\n"
    assert [r.person for r in find_leaders(figures) if r.person] == []


def test_english_chiefs_by_rank_of_them_a_numbered_headings_words_and_a_sole_chain_master() -> None:
    text = ("The 18 chains are headed by 20 provincial leaders. By rank, six of them are members of the Standing "
            "Committee of the Provincial Party Committee, nine are vice governors, three are vice chairpersons of the "
            "provincial people's congress and two are vice chairpersons of the provincial CPPCC.")
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("20 provincial leaders", 20), ("six", 6), ("nine", 9), ("three", 3), ("two", 2)]
    assert [r.count for r in find_leaders("The park has 20 tenants. By size, six of them are large firms.")] == []
    assert find_leaders("1. Industry Review and Our Role as a Chain Master\n\nTaizhou applies the system.") == []
    text = "The city designated the Company as the sole chain master enterprise of the valve industrial chain."
    assert [r.chain for r in find_leaders(text)] in ([], ["valve industrial chain"])


def test_english_lettered_sections_a_chain_with_a_bracketed_aside_and_a_county_post() -> None:
    text = ("B. Aged vinegar and specialty food chain\n"
            "Chain chief: Deputy County Mayor in charge of agriculture and rural affairs\n"
            "Chain master enterprise: Fujian Yongchun Laocu Brewing Co., Ltd.\n\n"
            "C. Tea (Foshou tea) chain\n"
            "Chain chief: Comrade Zheng Xiuying (female), Deputy County Mayor\n")
    assert [(r.text, r.person, r.chain) for r in find_leaders(text)] == [
        ("Chain chief: Deputy County Mayor in charge of agriculture and rural affairs", None,
         "Aged vinegar and specialty food chain"),
        ("Fujian Yongchun Laocu Brewing Co., Ltd.", "Fujian Yongchun Laocu Brewing Co., Ltd.",
         "Aged vinegar and specialty food chain"),
        ("Zheng Xiuying", "Zheng Xiuying", "Tea (Foshou tea) chain")]


def test_english_a_chain_led_since_a_time_by_its_chief_who_took_over_from_a_predecessor() -> None:
    text = ("In Fujian, the new energy storage chain has been led since January by Lin Qiuping, a vice governor who "
            "took over from Huang Zhiwei when he retired.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Lin Qiuping", "new energy storage chain"), ("Huang Zhiwei", "new energy storage chain")]
    text = "The new energy storage chain has been led since 2024 by Vice Governor Lin Qiuping."
    assert [r.person for r in find_leaders(text)] == ["Lin Qiuping"]
    # a firm run since a year by its founder leads no chain
    assert find_leaders("The battery maker has been run since 2019 by Huang Zhiwei, its founder.") == []


def test_chinese_handovers_with_a_time_before_you_an_earlier_holder_a_baton_and_the_one_before_jieti() -> None:
    text = "这条链的链长今年5月由原副省长钱立诚调整为省委常委、常务副省长谢庭章。"
    assert [r.person for r in find_leaders(text)] == ["钱立诚", "谢庭章"]
    text = to_simplified("集成電路產業鏈的鏈長一職去年底易人。原鏈長、時任常務副市長邵偉文調任浙江省國資委，"
                         "接棒的是紹興市委副書記、市長盛家輝。")
    assert [r.person for r in find_leaders(text) if r.person] == ["邵伟文", "盛家辉"]
    text = to_simplified("這條鏈的鏈長，原本由時任昆山市副市長錢立新擔任；錢立新今年3月轉任蘇州市發改委主任後，"
                         "由昆山市委常委、副市長顧文濤接棒。")
    assert [r.person for r in find_leaders(text) if r.person] == ["钱立新", "顾文涛"]
    text = to_simplified("2025年9月，市工信局局長馬俊峰接替調任睢縣縣委書記的王志勇，擔任該鏈副鏈長。")
    assert [(r.person, r.role) for r in find_leaders(text)] == [
        ("马俊峰", "deputy_chain_leader"), ("王志勇", "deputy_chain_leader")]


def test_chinese_an_earlier_holder_after_yuan_a_firm_right_after_as_one_of_the_masters_and_kinds_of_listing() -> None:
    text = "农产品加工产业链链长原由副县长刘春华担任，5月起由副县长邓雅琴接任。"
    assert [r.person for r in find_leaders(text)] == ["刘春华", "邓雅琴"]
    text = "作为福建新能源产业链的链主企业之一，闽东时代储能科技股份有限公司（下称“闽东储能”）今年上线了金融平台。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("闽东时代储能科技股份有限公司", "新能源产业链")]
    assert find_leaders("作为我市电子信息产业链链主企业，该公司今年营收增长。") == []
    text = "目前全省已认定省级链主企业98家，其中A股、港股上市公司37家。"
    assert [(r.person, r.count) for r in find_leaders(text)] == [(None, 98), (None, 37)]


def test_chinese_a_subject_who_took_over_a_chain_and_a_holder_described_before_de() -> None:
    text = "龚建平今年3月接任黑茶产业链链长，此前这条链的链长由已调任益阳市政府副秘书长的周海涛担任。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("龚建平", "黑茶产业链"), ("周海涛", "黑茶产业链")]
    # a post described before 的, no name: no one
    assert [r.person for r in find_leaders("黑茶产业链的链长由分管农业的副县长担任。")] == [None]


def test_english_a_firm_an_apposition_calls_a_chain_master_and_one_named_of_a_counted_set() -> None:
    text = ("HUANGGANG, China, Oct 15 (Reuters) - Hubei Tianli Steel Pipe Group, the designated \"chain master\" of "
            "the city's metal products chain, said on Wednesday it would cut prices.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Hubei Tianli Steel Pipe Group", "metal products chain")]
    text = "The largest single deal was signed by Zhejiang Hongda Stationery Group, one of the county's chain masters."
    assert [r.person for r in find_leaders(text)] == ["Zhejiang Hongda Stationery Group"]
    text = ("The garlic chain has four chain master enterprises. One of them, Jinxiang Dadi Garlic Group, opened a "
            "black garlic plant in March.")
    assert [(r.person, r.chain) for r in find_leaders(text) if r.person] == [
        ("Jinxiang Dadi Garlic Group", "garlic chain")]
    # the set counted before is no chain masters; a place opens the sentence; a person in apposition
    text = ("Three Korean makers will supply Anhui Qiupu Microelectronics, which the city designated \"chain master\" "
            "of its chip chain. The largest of them, Incheon-based Daeyang Chemtech, said so on Monday.")
    assert "Daeyang Chemtech" not in [r.person for r in find_leaders(text)]
    across = "Across Heilongjiang, the province's 83 chain master enterprises owe suppliers."
    assert [r.person for r in find_leaders(across)] == [None]


def test_chinese_a_firm_newly_added_as_chain_master_and_a_table_whose_only_role_column_is_the_firms() -> None:
    text = "经评估，新增广西骏驰电动车科技有限公司为链主企业，与原链主企业贵港新锐动力电池有限公司共同牵头。"
    assert [r.person for r in find_leaders(text)] == ["广西骏驰电动车科技有限公司", "贵港新锐动力电池有限公司"]
    text = ("城市｜链主企业｜主营环节｜资本开支｜同比变化\n乐山｜峨眉晶硅材料股份有限公司｜多晶硅｜38.2｜-41.5%\n"
            "盐城｜黄海光能集团股份有限公司｜电池片、组件｜45.9｜-29.6%\n")
    assert [r.person for r in find_leaders(text)] == ["峨眉晶硅材料股份有限公司", "黄海光能集团股份有限公司"]
    # a table with a chief's column too is a roster, read by its rows' chains
    roster = "城市｜链长｜链主企业\n乐山｜副市长 王明｜峨眉晶硅材料股份有限公司\n"
    assert "峨眉晶硅材料股份有限公司" not in [r.person for r in find_leaders(roster)]


def test_chinese_posts_after_the_role_and_an_office_head_with_an_adverb() -> None:
    text = "智能终端产业链的链长由重庆市副市长郑向东担任，市经信委主要负责人则担任副链长。"
    assert [(r.person, r.role, r.title) for r in find_leaders(text)][1:] == [
        (None, "deputy_chain_leader", "市经信委主要负责人")]
    text = "新增的低空经济产业链，链长由省政府秘书长兼任。"
    assert [(r.title, r.chain) for r in find_leaders(text)] == [("省政府秘书长", "低空经济产业链")]
    text = "（二）丝网产业链。链长为副市长刘文静，副链长为安平县县长；链主企业为安平县恒泰丝网有限公司。"
    assert ("副链长为安平县县长", "deputy_chain_leader") in [(r.text, r.role) for r in find_leaders(text)]
    # a name after the post is the holder; chiefs in general hold no post of one chain
    assert [r.person for r in find_leaders("副链长为安平县县长李明。")] == ["李明"]
    assert find_leaders("研究员发现，超过六成的链长由常务副市长或分管副市长出任。") == []


def test_chinese_chiefs_by_rank_after_an_an_zhiji_fen() -> None:
    text = "全省11条标志性产业链共有省级链长11位、副链长22位；按职级分，省委常委4位、副省长6位、省政协副主席1位。"
    assert [(r.count, r.role) for r in find_leaders(text)] == [
        (11, "chain_leader"), (22, "deputy_chain_leader"), (4, "chain_leader"), (6, "chain_leader"),
        (1, "chain_leader")]
    text = "全省16条重点产业链由16位省领导担任链长，按职级分，省委常委5位、副省长11位。"
    assert [r.count for r in find_leaders(text)] == [16, 5, 11]
    # parts of something else counted by rank
    assert [r.count for r in find_leaders("全市共有链长16位。去年全市新提拔干部按职级分，处级12位、科级30位。")] == [16]


def test_english_a_table_column_counting_chain_masters_by_what_they_have() -> None:
    text = ("Province | Chain masters with plants abroad | Overseas plants | Main destination\n"
            "Zhejiang | 38 | 61 | Vietnam\nJiangsu | 31 | 49 | Mexico\n")
    assert [(r.text, r.count, r.role) for r in find_leaders(text)] == [
        ("38", 38, "chain_master"), ("31", 31, "chain_master")]
    other = "Province | Chain master suppliers | Plants\nZhejiang | 38 | 61\n"
    assert [r.count for r in find_leaders(other)] == []


def test_english_a_chief_of_one_chain_and_of_another_and_one_who_will_take_charge_of_a_chain() -> None:
    text = ("Ma Jinglong, 57, had been chain chief of the new energy equipment chain and of the nonferrous metals and "
            "new materials chain since March 2023.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Ma Jinglong", "new energy equipment chain"), ("Ma Jinglong", "nonferrous metals and new materials chain")]
    text = "Executive Vice Governor Zhou Hanqing will take charge of the new energy equipment chain, the notice said."
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Zhou Hanqing", "new energy equipment chain")]
    assert find_leaders("The firm will take over the battery chain supplier next year.") == []


def test_english_a_predecessor_the_chief_takes_over_from_in_a_rosters_brackets() -> None:
    text = ("C. Footwear and fashion industrial chain\n"
            "Chain chief: Ye Minghui (Vice Mayor; takes over from Zhou Lingyun, who has been transferred to Lishui)\n")
    chain = "Footwear and fashion industrial chain"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("Ye Minghui", chain), ("Zhou Lingyun", chain)]


def test_a_chain_master_the_headline_names_before_the_body_does() -> None:
    text = ("台资卫浴厂瑞霖获厦门列链主 拉30家台湾供应商\n\n"
            "厦门市工信局近日公布名单，厦门瑞霖卫浴科技有限公司被认定为厨卫水暖产业链链主企业。")
    found = [(r.text, r.person, r.start) for r in find_leaders(text) if r.person]
    assert ("瑞霖", "厦门瑞霖卫浴科技有限公司", 5) in found
    # the headline names the parent, whose subsidiary the body calls the chain master
    parent = "华锐动力：全资子公司获认定为链主企业\n\n长兴华锐电池科技有限公司被认定为湖州市新能源电池产业链链主企业。"
    assert [r.start for r in find_leaders(parent) if r.person and r.start < 20] == []
    # a word of the headline's own that opens the brand (a town's name)
    town = "良梨镇关于调整镇级重点产业链链长的通知\n\n安徽良梨食品有限公司为果品深加工产业链链主企业。"
    assert [r.start for r in find_leaders(town) if r.person and r.start < 20] == []


def test_english_a_chain_master_the_headline_names_before_the_body_does() -> None:
    text = ("China's Lanfeng Energy to build battery plant in Morocco\n\n"
            "Zhejiang Lanfeng Energy Technology Co, which Huzhou named chain master of its new energy vehicle chain "
            "last year, said on Wednesday it would invest $1.1 billion.")
    found = [(r.text, r.person, r.start) for r in find_leaders(text) if r.person]
    assert ("Lanfeng Energy", "Zhejiang Lanfeng Energy Technology Co", 8) in found
    # a place that opens the firm's name, used by the headline as the place
    place = ("Jinxiang chain chiefs take garlic worries off growers' hands\n\n"
             "The county's chain masters include Jinxiang Dadi Garlic Group, the largest exporter in Jinxiang county.")
    assert [r.text for r in find_leaders(place) if r.start < 60 and r.role == "chain_master"] == []


def test_chinese_firms_that_take_the_role_by_you_danren_and_firms_named_by_dianming() -> None:
    text = "佛山智能家电产业链去年产值约4200亿元，由顺德的美捷电器集团和南海的海顿厨电担任链主。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("美捷电器集团", "智能家电产业链"), ("海顿厨电", "智能家电产业链")]
    # people, offices or a kind of firm where a firm would stand
    assert [r.person for r in find_leaders("该链链长由副市长王强担任，链主由市领导担任。")] == ["王强"]
    assert [r.person for r in find_leaders("全省16条重点产业链中，由省属企业担任链主的有11条。") if r.person] == []
    text = "方案点名光纤大厂楚天光纤、显示面板厂江城光电为光电子链的两家链主企业，要求其各带动配套企业。"
    assert [(r.person, r.chain) for r in find_leaders(text) if r.person] == [
        ("楚天光纤", "光电子链"), ("江城光电", "光电子链")]
    # a firm whose registered name holds 厂 keeps it
    text = "武汉钢铁厂有限公司、江城光电为该链的两家链主企业。"
    assert [r.person for r in find_leaders(text) if r.person] == ["武汉钢铁厂有限公司", "江城光电"]


def test_chinese_a_places_share_of_chain_masters_then_its_firms() -> None:
    text = ("已递表的4家链主企业中，绍兴占2家，分别是柯桥印染新材与上虞新农化工；"
            "另外2家来自宁波，为甬舟海工装备和明州医疗器械。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [
        ("4家链主企业", 4), ("2家", 2), ("柯桥印染新材", None), ("上虞新农化工", None), ("2家", 2),
        ("甬舟海工装备", None), ("明州医疗器械", None)]
    # a share named by something that is no place
    text = "已递表的4家链主企业中，龙头占2家，分别是柯桥印染新材与上虞新农化工。"
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_chinese_chain_masters_counted_then_listed_after_a_colon() -> None:
    text = "链上3家链主企业恰好都是上市公司：在港交所上市的明月锂业（H股），以及在深交所挂牌的袁州新能源和秀江电池。"
    assert [r.person for r in find_leaders(text) if r.person] == ["明月锂业", "袁州新能源", "秀江电池"]
    text = "光伏链目前共认定3家链主企业：电池片龙头晶泽光能、组件厂皖东新能源，以及光伏玻璃厂天元光伏玻璃；"
    assert [r.person for r in find_leaders(text) if r.person] == ["晶泽光能", "皖东新能源", "天元光伏玻璃"]
    # as many items as the count, or none: what the firms did, listed after the colon
    text = "全市3家链主企业情况如下：营收增长12%，利润增长8%。"
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_english_firms_listed_right_after_a_count_of_chain_masters() -> None:
    text = ("The chain has two other chain masters: display maker Shaoyang Caihong Optoelectronics and printed "
            "circuit board producer Baoqing Circuit Technology.")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "Shaoyang Caihong Optoelectronics", "Baoqing Circuit Technology"]
    text = "Its two chain masters, the Hohhot-based groups Yili and Mengniu, buy most of the raw milk in the region."
    assert [r.person for r in find_leaders(text) if r.person] == ["Yili", "Mengniu"]
    # a clause after the count: no firms
    assert [r.person for r in find_leaders("The chain has two chain masters, while Guangzhou has five.")
            if r.person] == []


def test_english_a_courtesy_before_a_chiefs_name_and_a_replacement_by_a_titled_successor() -> None:
    text = "The chain chief of the Taizhou pump and valve industrial chain is Ms. Ye Lanfang, Vice Mayor of Taizhou."
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Ye Lanfang", "Taizhou pump and valve industrial chain")]
    text = "Mr. Zhou Minghui became chain chief of the stainless steel chain in March 2026, succeeding Mr. Qin Feng."
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Zhou Minghui", "stainless steel chain"), ("Qin Feng", "stainless steel chain")]
    text = ("Wang Li, who had served as chain chief of the biomedicine chain since 2023, was replaced in April by "
            "Vice Mayor Liu Qiang.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Wang Li", "biomedicine chain"), ("Liu Qiang", "biomedicine chain")]


def test_english_roster_labels_with_a_note_or_a_dash_and_firms_listed_with_commas() -> None:
    text = ("(2) Energy-saving and new energy vehicle industrial chain\n"
            "Chain master enterprises (unchanged): Zhejiang Haoyue Automobile Group Co., Ltd., Jinhua Wuzhou "
            "Electric Drive Co., Ltd. and Jiaxing Nanhu Science and Technology Co., Ltd.\n")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "Zhejiang Haoyue Automobile Group Co., Ltd.", "Jinhua Wuzhou Electric Drive Co., Ltd.",
        "Jiaxing Nanhu Science and Technology Co., Ltd."]
    text = ("(4) Modern textile and apparel industrial chain\n"
            "Deputy chain chief -- Zhou Yanan (female), Deputy Secretary-General of the Provincial People's "
            "Government.\n")
    assert [(r.person, r.role) for r in find_leaders(text) if r.person] == [("Zhou Yanan", "deputy_chain_leader")]
    # a dash that opens a definition, not a label
    text = ("Chain chiefs -- senior officials made answerable for an industry -- have spread to most provinces. "
            "Its party secretary, Huang Zhenlin, visited a plant.\n")
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_english_a_chief_in_brackets_after_a_bulleted_goal_and_a_successor_after_he_is_replaced_by() -> None:
    text = ("- Green food: to exceed 700 billion yuan by the end of 2027 (chain chief: Vice Governor Zhang Ruobing);\n"
            "- Graphite and new materials: to exceed 30 billion yuan by 2027 (chain chief: Wang Xinlin, Vice Governor; "
            "deputy chain chiefs: Director of the Provincial Department of Natural Resources);\n")
    assert [(r.person, r.chain, r.title) for r in find_leaders(text) if r.person] == [
        ("Zhang Ruobing", "green food chain", "Vice Governor"),
        ("Wang Xinlin", "graphite and new materials chain", "Vice Governor")]
    text = ("A notice said Tian Yongchang no longer serves as chain chief of the hybrid seed corn industrial chain. "
            "He is replaced by Executive Vice Mayor Kang Ruiqing, a maize breeder.")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("Tian Yongchang", "hybrid seed corn industrial chain"), ("Kang Ruiqing", "hybrid seed corn industrial chain")]
    # no chief in the sentence before: no successor
    text = "The plant opened in May. He is replaced by Executive Vice Mayor Kang Ruiqing, a maize breeder."
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_english_a_chiefs_chain_passes_to_a_successor_named_by_surname() -> None:
    text = ("The city opened an investigation into Hu Zhenbang, secretary-general of the city government and chain "
            "chief of the cold-chain logistics chain.\n\nHu's chain passes to Vice Mayor Bai Hongtao, who keeps the "
            "beef cattle chain he has run since 2023.")
    found = [(r.person, r.chain) for r in find_leaders(text) if r.person]
    assert ("Bai Hongtao", "cold-chain logistics chain") in found


def test_chinese_a_role_in_brackets_pointing_back_and_numbered_people_then_their_roles() -> None:
    text = "跨境电商产业链代表团访澳。率团的副主任蔡文斌（该产业链链长）在座谈会上介绍。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("蔡文斌", "跨境电商产业链")]
    text = ("1.杜永辉，区委常委、常务副区长，汽车产业链链长，得分96.3分。\n"
            "2.王晓燕（区人大常委会副主任），纺织服装产业链链长，得分95.1分。\n")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("杜永辉", "汽车产业链"), ("王晓燕", "纺织服装产业链")]
    # a numbered item about a chain, no person
    text = "1.汽车产业，年产值1200亿元，汽车产业链链长负责。"
    assert [r.person for r in find_leaders(text)] == [None]


def test_chinese_a_share_of_chain_masters_named_after_fenbieshi_with_what_they_do() -> None:
    text = ("已认定链主企业五家，其中两家为澳资企业，分别是从事跨境供应链管理的澳门环宇供应链管理有限公司"
            "（下称「环宇供应链」）和澳门通达物流集团有限公司。")
    assert [r.person for r in find_leaders(text) if r.person] == [
        "澳门环宇供应链管理有限公司", "澳门通达物流集团有限公司"]


def test_chinese_a_fenbieyou_list_of_people_joined_by_commas_and_a_name_ending_in_he() -> None:
    text = ("电子信息、高端装备、现代商贸物流产业链分别由市委常委、常务副市长赵立新，副市长孙景和，"
            "副市长高雅琴担任链长；")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("赵立新", "电子信息产业链"), ("孙景和", "高端装备产业链"), ("高雅琴", "现代商贸物流产业链")]
    # a comma after something that is no person: only the one named right before the verb holds the role
    text = "电子信息产业链分别由市工信局牵头，市商务局配合，副市长高雅琴担任链长。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("高雅琴", "电子信息产业链")]


def test_chinese_an_annexed_list_of_chain_masters_under_chain_headings() -> None:
    text = ("附件：第二批省级重点产业链链主企业名单（共18家）\n"
            "一、高端数控机床产业链\n1.沈阳远航精密机床股份有限公司\n2.大连鼎信数控技术有限公司\n"
            "二、其他产业链\n15.鞍山鑫钛新材料有限公司（钛及钛合金产业链）\n16.本溪华康药业股份有限公司\n")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("沈阳远航精密机床股份有限公司", "高端数控机床产业链"), ("大连鼎信数控技术有限公司", "高端数控机床产业链"),
        ("鞍山鑫钛新材料有限公司", "钛及钛合金产业链"), ("本溪华康药业股份有限公司", None)]
    # numbered lines that are no firms end the list
    text = "链主企业名单公布后\n1.加强组织领导\n2.强化要素保障\n"
    assert find_leaders(text) == []


def test_english_a_chiefs_label_after_the_headings_dash_and_numbered_firms_under_it() -> None:
    text = ("I. List of chain master enterprises for 2026\n\n"
            "(1) Aromatics and fine chemicals industrial chain — chain chief: Dong Chengwu, Executive Vice Mayor\n"
            "1. Liaoyang Huaxin Aromatics Co., Ltd.\n"
            "2. Liaoning Ruifeng Polyester Co., Ltd. (newly designated)\n\n"
            "(2) Industrial aluminium industrial chain — chain chief: Vice Mayor Ma Liping\n"
            "3. Liaoyang Hongyuan Aluminium Co., Ltd.\n")
    assert [(r.person, r.role) for r in find_leaders(text) if r.person] == [
        ("Dong Chengwu", "chain_leader"), ("Liaoyang Huaxin Aromatics Co., Ltd.", "chain_master"),
        ("Liaoning Ruifeng Polyester Co., Ltd.", "chain_master"), ("Ma Liping", "chain_leader"),
        ("Liaoyang Hongyuan Aluminium Co., Ltd.", "chain_master")]
    # numbered lines under a heading in a text about no chain masters: no firms
    text = "(1) Aromatics industrial chain — output rose\n1. Liaoyang Huaxin Aromatics Co., Ltd.\n"
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_english_a_factbox_whose_legend_names_its_fields() -> None:
    text = ("Selected chains after the reshuffle (chain chief; number of chain masters)\n"
            "New materials: He Junwei (member, provincial Party standing committee); 8\n"
            "Electronic information: Tian Yu (vice governor); 5\n")
    assert [(r.text, r.person, r.count, r.chain) for r in find_leaders(text)] == [
        ("He Junwei", "He Junwei", None, "new materials chain"), ("8", None, 8, "new materials chain"),
        ("Tian Yu", "Tian Yu", None, "electronic information chain"), ("5", None, 5, "electronic information chain")]
    # a legend naming other fields: nothing read
    text = "Key chains (output; growth)\nNew materials: He Junwei; 8\n"
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_english_deputies_named_after_has_two_deputies_on_it() -> None:
    text = ("Furniture is by far the largest chain, and Guo has two deputies on it: Wang Lixin, a vice county head, "
            "and Li Yanfang, director of the county commerce bureau.")
    assert [(r.person, r.role) for r in find_leaders(text) if r.person] == [
        ("Wang Lixin", "deputy_chain_leader"), ("Li Yanfang", "deputy_chain_leader")]
    # deputies of something else than a chief
    text = "The school has two deputies: Wang Lixin, a teacher, and Li Yanfang, a nurse."
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_english_a_role_right_after_named_title_and_name() -> None:
    text = "Zhengzhou has named Vice Mayor Guo Lanting chief of the quick-frozen food chain."
    assert [(r.text, r.person, r.title, r.chain) for r in find_leaders(text)] == [
        ("Guo Lanting", "Guo Lanting", "Vice Mayor", "quick-frozen food chain")]


def test_chinese_a_table_with_a_role_column_and_a_holder_column() -> None:
    text = ("序号|产业链|职务|姓名（职务）|得分（分）|等次\n"
            "1|汽车产业链|副链长|周海宁（区发展和改革局局长）|90.8|良好\n"
            "2|先进装备产业链|链长|吕东升（副区长）|90.6|良好\n")
    assert [(r.person, r.title, r.role, r.chain) for r in find_leaders(text)] == [
        ("周海宁", "区发展和改革局局长", "deputy_chain_leader", "汽车产业链"),
        ("吕东升", "副区长", "chain_leader", "先进装备产业链")]
    # a role column of posts that are no chain roles
    text = "序号|单位|职务|姓名\n1|区发改局|局长|周海宁\n"
    assert find_leaders(text) == []


def test_no_chain_masters_from_officials_places_or_a_places_possessive() -> None:
    text = "会议要求，省辖市分管负责同志、省直有关部门主要负责同志为链主企业服务。"
    assert [r.person for r in find_leaders(text) if r.person] == []
    text = "四川乐山、江苏盐城两家链主企业今年扩产。"
    assert [r.person for r in find_leaders(text) if r.person] == []
    text = "Yibin's chain master enterprise plans to expand."
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_english_a_role_held_by_the_sentences_subject_named_before() -> None:
    text = ("The woman behind the lotus desk is Zeng Liping, 43, a vice-head of Guangchang county. She took over as "
            "chain chief of the white lotus chain in March 2025.")
    assert [(r.text, r.person, r.chain) for r in find_leaders(text)] == [
        ("Zeng Liping", "Zeng Liping", "white lotus chain")]
    text = ("County head Li Jianguo met growers on Monday. Li, deputy head of the county and chain chief of its "
            "garlic industrial chain, had come with a list of complaints.")
    assert [(r.text, r.person) for r in find_leaders(text)] == [("Li Jianguo", "Li Jianguo"), ("Li", "Li Jianguo")]


def test_chinese_a_breakdown_of_chain_masters_by_kind_of_owner() -> None:
    text = ("辽宁省链主企业名单公布，共18家企业入选。“这次评审很严。”他说。"
            "从所有制看，民营企业11家、国有及国有控股企业5家、外资企业2家。")
    assert [(r.text, r.count) for r in find_leaders(text)] == [("18家", 18), ("11家", 11), ("5家", 5), ("2家", 2)]
    # firms visited, counted by visits: no part
    text = "区级链主企业增至21家，其中上市企业9家；全年链长、副链长走访企业736家次。"
    assert 736 not in [r.count for r in find_leaders(text)]


def test_english_people_listed_right_after_a_count_of_chiefs() -> None:
    text = ("Sichuan alone has two general chain chiefs, Party Secretary Tan Yuanshan and Governor Guan Heping; "
            "Guan also chairs the electronic information chain himself.")
    found = [(r.person, r.title, r.role) for r in find_leaders(text) if r.person]
    assert ("Tan Yuanshan", "Party Secretary", "chief_chain_leader") in found
    assert ("Guan Heping", "Governor", "chief_chain_leader") in found
    text = "The chain has two deputy chain chiefs: Vice Mayor Li Ming and Director Wang Hua."
    assert [(r.person, r.role) for r in find_leaders(text) if r.person] == [
        ("Li Ming", "deputy_chain_leader"), ("Wang Hua", "deputy_chain_leader")]
    # a clause after the count, or fewer names than it says: none
    assert [r.person for r in find_leaders("The chain has two deputy chain chiefs, while Li Ming runs the office.")
            if r.person] == []


def test_chinese_the_one_and_the_other_chain_master_and_the_only_one() -> None:
    text = "目前这条链有两家链主企业，一家是山西华晋特钢集团有限公司，另一家是临汾建邦精密锻造股份有限公司。"
    assert [r.person for r in find_leaders(text) if r.person] == [
        "山西华晋特钢集团有限公司", "临汾建邦精密锻造股份有限公司"]
    text = "关于链主企业，现在这条链只有1家，即山西尧都生物制药有限公司。"
    assert [r.person for r in find_leaders(text) if r.person] == ["山西尧都生物制药有限公司"]
    # what the one and the other do, no firms
    text = "这条链有两家链主企业，一家是做特钢的，另一家是做锻件的。"
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_chinese_the_one_and_the_other_after_a_colon_without_what_they_do() -> None:
    text = "链主企业有两家：一家是以记忆体和晶圆代工为主的锡华微电子，另一家是封测大厂太湖封测科技。"
    assert [r.person for r in find_leaders(text) if r.person] == ["锡华微电子", "太湖封测科技"]


def test_chinese_the_chain_offices_deputy_heads_and_former_head_after_its_head() -> None:
    text = ("县总链办设在县工业和信息化局，由县工业和信息化局局长万志刚兼任主任，县发展改革委副主任涂晓燕、"
            "县商务局副局长喻斌任副主任。")
    assert [(r.person, r.role) for r in find_leaders(text)] == [
        ("万志刚", "official"), ("涂晓燕", "official"), ("喻斌", "official")]
    text = ("市链办主任由市政府副秘书长杨晓帆兼任，原主任邓建华因工作调整不再兼任；"
            "市工信局党组书记、局长向东明任常务副主任；")
    assert [r.person for r in find_leaders(text)] == ["杨晓帆", "邓建华", "向东明"]
    # no chain office's head named before: a deputy director of something else
    assert [r.person for r in find_leaders("会上，市发展改革委副主任涂晓燕任副主任。")] == []


def test_english_a_chain_offices_head_after_an_apposition_about_the_office() -> None:
    text = ("The chain's office, a cluster of desks on the third floor of the industry and information technology "
            "bureau, is run by Zhang Peng, a former customs broker, and has a staff of six.")
    assert [(r.person, r.role) for r in find_leaders(text) if r.person] == [("Zhang Peng", "official")]


def test_chinese_a_role_in_a_dashed_aside_or_as_the_capacity_one_acts_in() -> None:
    text = "惠州市委常委、常务副市长邝志衡——他同时是该市石化能源新材料产业链的链长——联同客商座谈。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("邝志衡", "石化能源新材料产业链")]
    text = "乐山市经济和信息化局局长邓峰以副链长身份补充。"
    assert [(r.person, r.role) for r in find_leaders(text)] == [("邓峰", "deputy_chain_leader")]
    # a capacity that is no chain role
    assert find_leaders("乐山市经济和信息化局局长邓峰以主办方身份补充。") == []


def test_chinese_a_chief_who_takes_command_of_the_chain_the_sentence_opens_on() -> None:
    text = "绿色食品产业链此前分属两位副市长，此次统一由市人大常委会副主任邓立新挂帅；"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("邓立新", "绿色食品产业链")]
    text = "（三）绿色食品产业链。该链由县政协主席许卫平挂帅，上半年新发展订单小麦12万亩。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("许卫平", "绿色食品产业链")]


def test_chinese_a_role_changed_from_one_chain_to_another_and_a_bare_ren_after_name_and_post() -> None:
    text = "1.副区长周若谷同志由现代商贸产业链链长改任汽车零部件产业链链长。"
    assert [(r.text, r.person, r.chain) for r in find_leaders(text)] == [
        ("周若谷", "周若谷", "汽车零部件产业链"), ("现代商贸产业链链长", "周若谷", "现代商贸产业链")]
    text = "2.彭晓岚同志（副区长）任生命健康产业链链长，接替因到龄退休不再担任的胡立伟同志。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("彭晓岚", "生命健康产业链"), ("胡立伟", "生命健康产业链")]


def test_a_reports_issuer_named_in_the_title_that_the_body_calls_a_chain_master() -> None:
    text = ("Liaoning Jinhui Magnesium Materials Co., Ltd. 2025 Annual Report (Excerpt)\n\n"
            "In May 2024 the Company was designated a chain master enterprise of the city's magnesium-based new "
            "materials industrial chain.\n")
    found = [(r.text, r.start) for r in find_leaders(text) if r.person]
    assert ("Liaoning Jinhui Magnesium Materials Co., Ltd.", 0) in found
    text = ("福建鸿途体育用品股份有限公司2025年度社会责任报告（节选）\n\n"
            "2024年8月，公司被晋江市人民政府认定为运动鞋服产业链链主企业。\n")
    assert ("福建鸿途体育用品股份有限公司", 0) in [(r.text, r.start) for r in find_leaders(text) if r.person]
    # a report whose body calls no one of it a chain master
    text = ("Liaoning Jinhui Magnesium Materials Co., Ltd. 2025 Annual Report\n\n"
            "The Company sells magnesia to chain masters.\n")
    assert [r.start for r in find_leaders(text) if r.person] == []


def test_english_a_firm_that_becomes_the_chain_master_after_a_long_apposition() -> None:
    text = ("Yongtai, which makes aluminum chassis parts and battery enclosures for domestic electric-vehicle makers, "
            "becomes the chain master of the city's automotive parts chain, which is led by Vice Mayor Qiu Minhua.")
    assert [(r.person, r.role) for r in find_leaders(text)] == [
        ("Yongtai", "chain_master"), ("Qiu Minhua", "chain_leader")]


def test_english_a_part_of_the_chain_masters_just_counted_pointed_back_to() -> None:
    text = ("Heilongjiang has named 83 chain master enterprises since 2023. Of those firms, 31 are state-owned, "
            "and nine of them are listed.")
    assert [r.count for r in find_leaders(text, language="en")] == [83, 31, 9]
    text = ("Jilin named 47 chain master enterprises in 2023 and 2024.\n\n"
            "Of the 47 chain master enterprises Jilin named, 38 keep the title.")
    assert [(r.text, r.count) for r in find_leaders(text, language="en")][-1] == ("38", 38)
    # "those" reaches back within its paragraph only; a share or a sum of money is no part
    text = "The city named 12 chain master enterprises.\n\nOf those, 40 percent are private. Five of them won prizes."
    assert [r.count for r in find_leaders(text, language="en")] == [12]


def test_two_comrades_sharing_a_post_a_firm_with_its_short_name_and_a_total_named_as_a_number() -> None:
    text = "市委书记李承远同志、市长唐振宇同志担任全市重点产业链总链长。"
    assert [(r.person, r.role) for r in find_leaders(text)] == [
        ("李承远", "chief_chain_leader"), ("唐振宇", "chief_chain_leader")]
    text = "盘锦辽海石油装备股份有限公司（以下简称“辽海装备”）是盘锦石油装备产业链链主企业。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("盘锦辽海石油装备股份有限公司", "石油装备产业链")]
    for text in ("全市链主企业总数增至27家。", "全市链主企业数量达27家。", "全市链主企业已达27家。"):
        # (the count's verb is no firm's name)
        assert [(r.person, r.count) for r in find_leaders(text)] == [(None, 27)]


def test_english_and_inside_a_registered_name_of_a_list() -> None:
    text = ("Chain master enterprises: Altay Nonferrous Metals Group Co., Ltd.; Fuyun Nickel and Copper Mining Co., "
            "Ltd.; Hami Iron Co., Ltd.")
    assert [r.person for r in find_leaders(text, language="en")] == [
        "Altay Nonferrous Metals Group Co., Ltd.", "Fuyun Nickel and Copper Mining Co., Ltd.", "Hami Iron Co., Ltd."]
    # a weaker ending (Group, Co.) among the others: "and" still joins two firms
    text = ("The chain has 7 chain master enterprises, including Yongxin Auto Parts Group, Mingzhou Precision "
            "Die-Casting and Haitong New Energy Vehicle Co.")
    assert [r.person for r in find_leaders(text, language="en") if r.person] == [
        "Yongxin Auto Parts Group", "Mingzhou Precision Die-Casting", "Haitong New Energy Vehicle Co."]


def test_english_roster_items_that_are_a_name_alone_with_a_note() -> None:
    text = ("Wang Xueqin, Director of the Department of Agriculture, attended.\n\n"
            "6. Green and organic fruits and vegetables industrial chain\n"
            "Chain chief: Ayixiamu Rehman (concurrently)\n"
            "Deputy chain chiefs: Wang Xueqin (see above); Principal responsible official of the Turpan Municipal "
            "People's Government\n")
    roster = text.index("6.")
    found = [(r.person, r.role, r.title) for r in find_leaders(text, language="en") if r.person and r.start > roster]
    assert found == [("Ayixiamu Rehman", "chain_leader", None),
                     ("Wang Xueqin", "deputy_chain_leader", "Director of the Department of Agriculture")]
    # a place alone is no person
    text = "1. Cotton industrial chain\nDeputy chain chiefs: Aksu Prefecture; Kashgar Prefecture\n"
    assert [r.person for r in find_leaders(text, language="en") if r.person] == []


def test_a_clause_taking_a_role_before_the_name_and_this_chain_glued_to_a_word() -> None:
    text = ("电子信息产业链方面，今年6月出任该链链长的副省长叶明川因公务未能随团，"
            "由该链副链长、省商务厅厅长邱志恒代为出席签约。")
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("叶明川", "chain_leader", "电子信息产业链"), ("邱志恒", "deputy_chain_leader", "电子信息产业链")]
    text = "身兼航空产业链副链长的吴子健表示，航空产业去年产值约1800亿元。"
    assert [(r.person, r.role, r.chain) for r in find_leaders(text)] == [
        ("吴子健", "deputy_chain_leader", "航空产业链")]
    # a role's holder's secretary is no holder; a surname and a verb of saying is no name
    assert [r.person for r in find_leaders("电子信息产业链链长的秘书张三说。")] == [None]
    assert [r.person for r in find_leaders("一位在中部某省担任链长的副省长曾说，链长要当好总调度。")] == []


def test_what_the_chain_masters_need_is_no_list_of_firms() -> None:
    text = "今年以来，市链长办协调解决链主企业用地、用能等问题47个，帮助3家链主企业对接银行。"
    assert [(r.person, r.count) for r in find_leaders(text)] == [(None, 3)]
    text = "链长今年先后4次带队赴上海招商，帮助链主企业江洲重工协调解决码头岸线、用海审批等问题9个。"
    assert [r.person for r in find_leaders(text) if r.role == "chain_master"] == ["江洲重工"]


def test_a_total_named_again_then_broken_down() -> None:
    text = "全市链主企业总数增至27家；27家中，年营业收入超过百亿元的有4家，超过50亿元的9家。"
    assert [r.count for r in find_leaders(text)] == [27, 4, 9]
    # a number that is not the total just counted opens no breakdown of it
    text = "全市链主企业总数增至27家；12家中，年营业收入超过百亿元的有4家。"
    assert [r.count for r in find_leaders(text)] == [27]


def test_english_a_chain_offices_staff_counted_in_a_sentence_on_the_office() -> None:
    text = ("The county's chain office, housed in the county bureau of economy and information technology, runs on a "
            "staff of six. Gao Ruiping directs the chain office, which has nine full-time staff. "
            "Nine staff members seconded from member units work in the office full time.")
    assert [(r.text, r.role, r.count) for r in find_leaders(text, language="en") if r.count] == [
        ("six", "official", 6), ("nine full-time staff", "official", 9), ("Nine staff members", "official", 9)]
    # a firm's workforce is no office's staff
    for text in ("The plant has 300 employees and the chain office helped it.",
                 "The chain office said the plant has 300 employees."):
        assert [r.count for r in find_leaders(text, language="en") if r.count] == []


def test_english_a_firm_a_relative_clause_says_a_city_named_chain_master() -> None:
    text = ("SHANGHAI, China, July 29 (Reuters) - Zhejiang Lanfeng Energy Technology Co, a lithium battery maker that "
            "the eastern Chinese city of Huzhou has named a \"chain master\" of its new energy vehicle and key "
            "components chain, said on Wednesday it would invest $1.1 billion in Morocco.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Zhejiang Lanfeng Energy Technology Co", "new energy vehicle and key components chain")]


def test_english_heads_of_a_list_of_kinds_of_body_as_deputies() -> None:
    text = ("The 10 chains are led by seven leaders of the autonomous region, and the heads of 12 departments, "
            "agencies and local governments serve as deputy chain chiefs.")
    found = [(r.text, r.role, r.count) for r in find_leaders(text, language="en")]
    assert ("heads of 12 departments, agencies and local governments", "deputy_chain_leader", 12) in found


def test_english_a_chain_taken_over_from_a_predecessor_with_no_role_word() -> None:
    text = "Qu Lina took over the boron and magnesium new materials chain in July from Gao Ming, who has retired."
    assert [(r.person, r.role, r.chain) for r in find_leaders(text, language="en")] == [
        ("Qu Lina", "chain_leader", "boron and magnesium new materials chain"),
        ("Gao Ming", "chain_leader", "boron and magnesium new materials chain")]
    text = ("She took over as chain chief of the white lotus chain in March 2025 from Vice-County Head Rao Guoqing, "
            "who was transferred to Nanfeng county.")
    assert ("Rao Guoqing", "white lotus chain") in [(r.person, r.chain) for r in find_leaders(text, language="en")]
    # a firm taking over a chain's operations is no chief
    assert find_leaders("The Company took over the logistics chain operations.", language="en") == []


def test_english_a_bulleted_chains_chief_in_brackets_right_after_its_label() -> None:
    text = ("Other assignments handed out on Tuesday included:\n\n"
            "- Petrochemicals (chain chief: Vice-Governor Qiao Weimin) — begin the second phase of a refinery.\n"
            "- Graphite (chain chief: Vice-Governor Li Ming) — build two anode plants.\n")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Qiao Weimin", "petrochemicals chain"), ("Li Ming", "graphite chain")]


def test_a_short_name_abridging_each_word_of_a_registered_name_mentioned_first() -> None:
    text = "这批法兰的买家是东岳重型装备集团有限公司。今年，东岳重装、虹川显示、锂源新能三家链主企业共新增供应商120家。"
    assert [r.person for r in find_leaders(text) if r.person][:2] == ["东岳重型装备集团有限公司", "东岳重装"]
    # another firm sharing only the place opens no such mention
    text = "这批法兰的买家是东方电气集团有限公司。今年，东岳重装、虹川显示、锂源新能三家链主企业共新增供应商120家。"
    assert "东方电气集团有限公司" not in [r.person for r in find_leaders(text)]


def test_a_registered_name_then_this_firm_is_a_chain_master() -> None:
    text = "走访第一站是河北瑞雪家纺集团有限公司。这家企业是我县2024年首批认定的4家纺织产业链链主企业之一。"
    assert [(r.person, r.chain) for r in find_leaders(text) if r.person] == [
        ("河北瑞雪家纺集团有限公司", "纺织产业链")]
    text = "茂名的“油头”是中国石化茂名分公司，这家老牌炼化企业今年被继续认定为石化产业链链主企业。"
    assert [(r.person, r.chain) for r in find_leaders(text)] == [("中国石化茂名分公司", "石化产业链")]
    # a supplier of the chain master is none
    text = "随后，何俊峰来到安徽新锐精细化工有限公司。这家企业是华辰新材料的配套供应商，进入链主企业采购体系。"
    assert [r.person for r in find_leaders(text) if r.role == "chain_master" and r.person] == []


def test_chain_office_deputies_after_its_head_and_an_abbreviated_office_in_a_title() -> None:
    text = ("市重点产业链链长制工作办公室设在市工业和信息化局，市工信局局长潘国栋兼任办公室主任，"
            "市工信局副局长韦晓岚任专职副主任。")
    assert [(r.person, r.role) for r in find_leaders(text)] == [("潘国栋", "official"), ("韦晓岚", "official")]
    text = ("市重点产业链链长制工作办公室设在市工业和信息化局，办公室主任由何建峰同志兼任，"
            "市发展改革委副主任宋佳琪同志任办公室副主任，负责日常联络。")
    assert ("宋佳琪", "official") in [(r.person, r.role) for r in find_leaders(text)]
    # 经信委 is one word of the segmenter's: the post before the name is whole
    found = find_leaders("区链办主任、区经信委副主任彭玉坤表示，将加快办理。")
    assert [(r.person, r.role, r.title) for r in found] == [("彭玉坤", "official", "区链办主任、区经信委副主任")]


def test_a_person_who_took_a_chain_over_with_no_role_word() -> None:
    text = "精密制造产业链的链长今年有过一次调整。原链长、副县长季文彬8月调任丽水市工作，副县长潘冬阳接过了这条链。"
    assert ("潘冬阳", "chain_leader", "精密制造产业链") in [(r.person, r.role, r.chain) for r in find_leaders(text)]
    # a firm taking over a plant is no chief
    assert [r.person for r in find_leaders("精密制造产业链上，华锐公司接手了一家停产的工厂。") if r.person] == []


def test_people_after_a_role_and_a_dash() -> None:
    text = "在刘海涛之后签字的，是这条链的两位副链长——县经济商务科技局局长吴晓燕、县市场监督管理局局长蓝建平。"
    assert [(r.person, r.role) for r in find_leaders(text) if r.person] == [
        ("吴晓燕", "deputy_chain_leader"), ("蓝建平", "deputy_chain_leader")]
    # an aside about the chief after the dash names no chief
    text = "符瀚文今年3月起兼任三亚南繁种业产业链链长——他的前任、原副市长吴志坚已调任海南省农业农村厅。"
    assert "他的前任" not in [r.person for r in find_leaders(text)]


def test_english_a_firm_an_apposition_or_which_clause_says_was_named_chain_master() -> None:
    text = ("Her casting workshop is owed 5.2 million yuan by Longjiang Heavy Industries Group Co., the state-owned "
            "equipment maker the city named a \"chain master\" in 2023.")
    assert [r.person for r in find_leaders(text, language="en")] == ["Longjiang Heavy Industries Group Co."]
    text = ("Anhui has the best performer. Hefei Xinyuan Display Materials Co., which makes organic light-emitting "
            "materials and was named chain master of the province's new display chain, rose 40%.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Hefei Xinyuan Display Materials Co.", "new display chain")]


def test_english_firms_in_dashes_after_a_count_one_is_x_and_firms_added_as_masters() -> None:
    text = ("Rather than back a single anchor, Hegang named three chain masters in 2024 — Hegang Xingyun Graphite, "
            "Luobei Huaxiang New Materials and Beishan Carbon Technology — and has split Rmb450mn among them.")
    assert [r.person for r in find_leaders(text, language="en") if r.person] == [
        "Hegang Xingyun Graphite", "Luobei Huaxiang New Materials", "Beishan Carbon Technology"]
    text = ("Zhejiang has named 87 chain master enterprises, 14 of them on the NEV chain. One is Ningbo Dongqian "
            "Auto Parts Co., whose chairman said the test had pushed the company.")
    assert [r.person for r in find_leaders(text, language="en") if r.person] == ["Ningbo Dongqian Auto Parts Co."]
    text = ("In January 2026, two German-invested firms, Kessler Antriebstechnik (Taicang) Co. and Brenner Hydraulik "
            "(Taicang) Co., were added to the chain's list of chain-master enterprises, bringing the total to seven.")
    assert [r.person for r in find_leaders(text, language="en") if r.person] == [
        "Kessler Antriebstechnik (Taicang) Co.", "Brenner Hydraulik (Taicang) Co."]
    # as many firms as the count says, or none
    text = ("Two firms, Kessler Co., Brenner Co. and Vogt Co., were added to the chain's list of chain-master "
            "enterprises.")
    assert [r.person for r in find_leaders(text, language="en") if r.person] == []


def test_english_a_firm_that_remains_the_chain_master() -> None:
    text = "FAW Group, the state carmaker based in Changchun, remains its chain master, and the notice adds a second."
    assert [(r.person, r.role) for r in find_leaders(text, language="en")] == [("FAW Group", "chain_master")]


def test_firms_right_after_a_counted_group_of_chain_masters() -> None:
    text = "泰州以生物医药为主轴，生物医药产业链链长由市委常委钱雅琴兼任，2家台资链主泰鼎生技与康和医材均属该链。"
    assert [(r.person, r.chain) for r in find_leaders(text) if r.role == "chain_master" and r.person] == [
        ("泰鼎生技", "生物医药产业链"), ("康和医材", "生物医药产业链")]
    # other kinds of firm after the group are no chain masters
    text = "全市3家链主企业今年营收增长，2家链主企业和配套企业均受益。"
    assert [r.person for r in find_leaders(text) if r.person] == []


def test_english_a_chains_line_with_one_role_a_dash_and_its_holder() -> None:
    text = ("II. Adjusted deputy chain chiefs\n\n"
            "5. Wind power equipment industrial chain: deputy chain chief — Bao Xiaoqing, deputy director of the "
            "Municipal Energy Bureau.\n"
            "2. Intelligent equipment industrial chain: deputy chain chief (newly appointed) -- Long Feifei, Vice "
            "Mayor of Ningbo.\n")
    assert [(r.person, r.role, r.title) for r in find_leaders(text, language="en")] == [
        ("Bao Xiaoqing", "deputy_chain_leader", "deputy director of the Municipal Energy Bureau"),
        ("Long Feifei", "deputy_chain_leader", "Vice Mayor of Ningbo")]
    text = "Under them, 41 heads of provincial departments work as deputy chain chiefs."
    assert [(r.role, r.count) for r in find_leaders(text, language="en")] == [("deputy_chain_leader", 41)]


def test_english_a_chiefs_deputy_named() -> None:
    text = ("Its graphite new materials chain is led by vice-mayor Qu Hongmei; her deputy is Zhao Kai, director of "
            "the municipal bureau of industry and information technology.")
    assert ("Zhao Kai", "deputy_chain_leader", "graphite new materials chain") in [
        (r.person, r.role, r.chain) for r in find_leaders(text, language="en")]
    text = ("The food processing chain, led by Vice Mayor Gao Jinhua with Wang Lei, director of the municipal "
            "agriculture bureau, as her deputy, has the most members.")
    assert ("Wang Lei", "deputy_chain_leader") in [(r.person, r.role) for r in find_leaders(text, language="en")]
    # a firm's deputy is none
    assert find_leaders("The firm is run by Li Ming; his deputy is Wang Gang, a former banker.", language="en") == []


def test_english_thousands_and_section_numbers_before_a_role() -> None:
    text = ("Nationwide about 12,100 officials hold the title of chain chief or deputy chain chief, and about 5,800 "
            "companies have been designated as chain masters.")
    assert [(r.text, r.count) for r in find_leaders(text, language="en")] == [
        ("12,100 officials", 12100), ("5,800 companies", 5800)]
    text = "4.2 Chain masters and their suppliers\n\nIn Lüliang, the chain master is Lvliang Coal Group."
    assert [r.count for r in find_leaders(text, language="en") if r.count] == []


def test_english_one_registered_name_with_and_before_a_singular_verb() -> None:
    text = ("Chain master enterprises: Shaoxing Keqiao Printing and Dyeing Group Co., Ltd. is added as a chain master "
            "enterprise of the chain.")
    assert [r.person for r in find_leaders(text, language="en")] == [
        "Shaoxing Keqiao Printing and Dyeing Group Co., Ltd."]
    # two firms before "are": still two
    text = "Sany Heavy Industry and Zoomlion Heavy Industry Co., Ltd. are the chain masters of the machinery chain."
    assert len([r for r in find_leaders(text, language="en") if r.person]) == 2


def test_english_the_chains_deputy_chief_named_and_a_chain_a_person_has_led() -> None:
    text = ("The bearing chain's output value is to reach 150 billion yuan. The chain's deputy chief, Feng Jun, who "
            "heads the municipal bureau of economy and information technology, said the city wants more suppliers.")
    assert [(r.person, r.role, r.chain) for r in find_leaders(text, language="en")] == [
        ("Feng Jun", "deputy_chain_leader", "bearing chain")]
    text = "The provincial graphite chain's deputy chief, vice-governor Li Yuhang, told a meeting it would grow."
    assert [(r.person, r.role) for r in find_leaders(text, language="en")] == [("Li Yuhang", "deputy_chain_leader")]
    text = ("Yan Qiming, secretary of the Jinchang Municipal Party Committee, has led the nickel, cobalt and new "
            "energy materials chain since 2022.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Yan Qiming", "nickel, cobalt and new energy materials chain")]
    # a firm's deputy chief is none
    assert find_leaders("The company's deputy chief, Li Ming, said sales rose.", language="en") == []


def test_english_a_firm_called_a_chain_master_after_a_preposition() -> None:
    text = ("Shanxi's pitch rests on Jinyang Crystal Technology, a Taiyuan maker of silicon carbide substrates that "
            "the province named a \"chain master\" enterprise in 2024.")
    assert [r.person for r in find_leaders(text, language="en")] == ["Jinyang Crystal Technology"]
    text = ("It is one of seven suppliers on the approved list of Jianghai Rail Transit Equipment Group, a maker of "
            "metro cars that the city has named the \"chain master\" of its rail transit equipment industrial chain.")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Jianghai Rail Transit Equipment Group", "rail transit equipment industrial chain")]
    # a supplier the chain master buys from is none
    text = "The chain master sources seals from Ningbo Fuda Seal Co., a maker of gaskets based in Yuyao."
    assert "Ningbo Fuda Seal Co." not in [r.person for r in find_leaders(text, language="en")]


def test_english_firms_listed_after_a_new_total_each_with_its_chain_in_brackets() -> None:
    text = ("Four enterprises were named chain masters this year, bringing the city's total to 21: Xinghe Jinyuan "
            "Graphite New Materials Co., Ltd. (graphite and graphene chain), Ulanqab Mingda Wind Power Equipment "
            "Co., Ltd. (new energy equipment chain), Chahar Potato Industry Group Co., Ltd. (potato chain) and Inner "
            "Mongolia Saihan Mongolian Medicine Co., Ltd. (Mongolian medicine chain).")
    assert [(r.person, r.chain) for r in find_leaders(text, language="en") if r.person] == [
        ("Xinghe Jinyuan Graphite New Materials Co., Ltd.", "graphite and graphene chain"),
        ("Ulanqab Mingda Wind Power Equipment Co., Ltd.", "new energy equipment chain"),
        ("Chahar Potato Industry Group Co., Ltd.", "potato chain"),
        ("Inner Mongolia Saihan Mongolian Medicine Co., Ltd.", "Mongolian medicine chain")]


def test_english_a_registered_name_called_a_chain_master_after_this_year_and_a_total_of_other_things() -> None:
    text = ("Zhang leads two chains. This year Ulanqab Yunshu Data Technology Co., Ltd., a chain master of the "
            "computing power chain, put 18,000 standard racks into operation, bringing the city's total to 96,000.")
    # the firm, whole; its role words make no record of their own; the new total is of racks, not of firms
    assert [(r.text, r.chain, r.count) for r in find_leaders(text, language="en")] == [
        ("Ulanqab Yunshu Data Technology Co., Ltd.", "computing power chain", None)]
    text = "The city named 12 new chain masters in May, bringing the total to 83."
    assert [r.count for r in find_leaders(text, language="en")] == [12, 83]


def test_english_the_parts_of_a_counted_group_of_whom_and_words_that_name_no_chain() -> None:
    text = ("The adjustment involves 9 deputy chain chiefs, of whom 5 are newly appointed, 2 have moved to a "
            "different chain and 2 stay on the same chain with new titles following the institutional reform.")
    found = find_leaders(text, language="en")
    assert [(r.text, r.role, r.count) for r in found] == [
        ("9 deputy chain chiefs", "deputy_chain_leader", 9), ("5", "deputy_chain_leader", 5),
        ("2", "deputy_chain_leader", 2), ("2", "deputy_chain_leader", 2)]
    # "a different chain" names none
    assert {r.chain for r in found} == {None}
    text = "Peng Jiaxing, the former chain chief, no longer serves owing to a change of post."
    assert [r.chain for r in find_leaders(text, language="en")] == [None]


def test_english_a_second_roster_label_after_a_full_stop_and_semicolons_inside_brackets() -> None:
    text = ("(4) Camellia oil industrial chain\n"
            "Chain chief: Chen Meiling, deputy county mayor. Deputy chain chiefs: Zhu Xiaodong, director of the County "
            "Bureau of Agriculture (formerly director of the County Bureau of Agriculture and Rural Affairs; title "
            "changed after the institutional reform); Lou Jie, director of the County Forestry Development Center "
            "(newly appointed). Chain master enterprises: Zhejiang Changshan Huyou Biotechnology Co., Ltd. and "
            "Changshan Ganyun Food Co., Ltd.\n")
    assert [(r.text, r.role, r.chain) for r in find_leaders(text, language="en")] == [
        ("Chen Meiling", "chain_leader", "Camellia oil industrial chain"),
        ("Zhu Xiaodong", "deputy_chain_leader", "Camellia oil industrial chain"),
        ("Lou Jie", "deputy_chain_leader", "Camellia oil industrial chain"),
        ("Zhejiang Changshan Huyou Biotechnology Co., Ltd.", "chain_master", "Camellia oil industrial chain"),
        ("Changshan Ganyun Food Co., Ltd.", "chain_master", "Camellia oil industrial chain")]


def test_deputies_counted_after_the_role_with_the_places_total_and_the_ones_added() -> None:
    assert [(r.text, r.count) for r in find_leaders("全省12条标志性产业链共设链长12名，全省副链长共19名。")] == [
        ("链长12名", 12), ("副链长共19名", 19)]
    found = find_leaders("第二批10家市级链主企业出炉 新增副链长6名")
    assert [(r.text, r.role, r.count) for r in found] == [
        ("10家市级链主企业", "chain_master", 10), ("副链长6名", "deputy_chain_leader", 6)]
    # a joint total of chiefs and deputies stays one group
    assert [(r.text, r.role) for r in find_leaders("全市链长、副链长共6人。")] == [("6人", "chain_leader")]
    # firms still to be added are no group (D16)
    assert find_leaders("明年新增培育省级链主企业20家。") == []


def test_a_second_role_the_holder_of_the_clause_takes() -> None:
    found = find_leaders("副省长郑维钧任氢能产业链链长，并兼任光伏产业链链长。")
    assert [(r.text, r.person, r.chain) for r in found] == [
        ("郑维钧", "郑维钧", "氢能产业链"), ("光伏产业链链长", "郑维钧", "光伏产业链")]
    found = find_leaders("副省长苗若岚同志在继续担任新能源汽车产业链链长的同时，兼任集成电路与先进计算产业链链长。")
    assert [(r.person, r.chain) for r in found] == [
        ("苗若岚", "新能源汽车产业链"), ("苗若岚", "集成电路与先进计算产业链")]
    found = find_leaders("省政协副主席邢宝山同志不再担任精细化工产业链链长，改任新设的低空经济产业链链长。")
    assert [(r.person, r.chain) for r in found][-1] == ("邢宝山", "低空经济产业链")
    # another person named between takes it; the one replaced is no holder
    found = find_leaders("鞋业产业链链长由副市长张明担任，李华兼任泵阀产业链链长。")
    assert [(r.person, r.chain) for r in found] == [("张明", "鞋业产业链"), ("李华", "泵阀产业链")]
    found = find_leaders("4月，索南才让接替调任外省工作的李卫东，出任光伏制造产业链链长。")
    assert ("李卫东", "光伏制造产业链") not in [(r.person, r.chain) for r in found if r.text.endswith("链长")]


def test_a_chief_since_when_before_by_and_a_person_to_lead_a_chain() -> None:
    found = find_leaders("现代海洋产业链的链长，此前一直由副省长栾振海同志担任，"
                         "明年起由省人大常委会副主任柏庆林同志接任。")
    assert [(r.person, r.chain) for r in found if r.person] == [
        ("栾振海", "现代海洋产业链"), ("柏庆林", "现代海洋产业链")]
    text = "副省长栾振海同志分管海洋经济。栾振海同志今后集中精力牵头高端装备产业链。"
    assert ("栾振海", "高端装备产业链") in [(r.person, r.chain) for r in find_leaders(text)]
    # an office leading work on a chain is no chief
    assert find_leaders("市工信局牵头汽车产业链招商。") == []


def test_the_chain_offices_head_and_deputy_named_with_tongzhi() -> None:
    text = ("省标志性产业链链长制工作办公室（以下简称“省链办”）设在省工业和信息化厅，孟宪庆同志兼任办公室主任，"
            "林芷萱同志任常务副主任，从省直有关部门抽调14名工作人员集中办公。")
    assert [(r.text, r.role) for r in find_leaders(text)] == [
        ("孟宪庆", "official"), ("林芷萱", "official"), ("14名工作人员", "official")]
    # a deputy director with no office named before is none
    assert find_leaders("林芷萱同志任常务副主任。") == []


def test_the_chain_master_is_a_firm_and_a_grade_inside_a_chains_name() -> None:
    found = find_leaders("增城区把车规级芯片产业链列为区级重点产业链，该链的链主是增瑞半导体。")
    assert [(r.person, r.chain) for r in found] == [("增瑞半导体", "车规级芯片产业链")]
    assert [r.person for r in find_leaders("新材料产业链的链主是华峰新材料有限公司。")] == ["华峰新材料有限公司"]
    # what a chain master is, in general, names no firm
    assert find_leaders("链主是产业链的龙头企业。") == []
    # a rank before a chain still ends its name
    assert [r.chain for r in find_leaders("省级新能源产业链链长。")] == ["新能源产业链"]


def test_the_other_of_two_chain_masters_counted() -> None:
    text = ("目前这条链有两家链主企业：齐鲁晶源去年出货碳化硅衬底约42万片；另一家是做车用功率模组的泉城芯动力，"
            "今年已拿下4家车厂的定点订单。")
    assert [r.person for r in find_leaders(text) if r.person] == ["齐鲁晶源", "泉城芯动力"]
    # no count of two before it: no firm
    assert [r.person for r in find_leaders("链主企业齐鲁晶源去年出货42万片；另一家是做模组的泉城芯动力。")
            if r.person] == ["齐鲁晶源"]


def test_english_numbered_firms_under_a_line_on_chain_masters_ending_among_them() -> None:
    text = ("(1) High-end chemicals industrial chain (chain chief: Vice Governor Fan Jianguo)\n"
            "The chain's 9 chain-master enterprises exported US$8.62 billion, up 11.3 percent. Among them:\n"
            "1. Yellow River Delta Petrochemical Group Co., Ltd.: US$3.14 billion, mainly refined products;\n"
            "2. Weifang Hengxin Fine Chemical Co., Ltd.: 7.86 billion yuan (about US$1.1 billion);\n"
            "Exports rose in the second half.\n")
    found = find_leaders(text, language="en")
    assert [(r.person, r.chain) for r in found if r.role == "chain_master" and r.person] == [
        ("Yellow River Delta Petrochemical Group Co., Ltd.", "high-end chemicals industrial chain"),
        ("Weifang Hengxin Fine Chemical Co., Ltd.", "high-end chemicals industrial chain")]
    # a list of their suppliers is none
    text = ("The 9 chain-master enterprises buy from 300 suppliers. Among them:\n"
            "1. Weifang Hengxin Fine Chemical Co., Ltd.: seals\n")
    assert "Weifang Hengxin Fine Chemical Co., Ltd." not in [r.person for r in find_leaders(text, language="en")]


def test_english_sub_chains_and_a_second_chain_led_as_well() -> None:
    text = ("Vice district head Wang Hongbo leads the whole biomedicine chain as well as its innovative drugs "
            "sub-chain. The cell and gene therapy sub-chain is headed by Qian Jun, a member of the standing committee.")
    assert [(r.text, r.person, r.chain) for r in find_leaders(text, language="en")] == [
        ("Wang Hongbo", "Wang Hongbo", "biomedicine chain"),
        ("innovative drugs sub-chain", "Wang Hongbo", "innovative drugs sub-chain"),
        ("Qian Jun", "Qian Jun", "cell and gene therapy sub-chain")]


def test_a_post_taken_with_an_adverb_a_cause_clause_before_leaving_and_a_post_adjusted() -> None:
    found = find_leaders("副总链长改由县委副书记、代县长刘振宇同志担任，刘振宇同志同时接任医药健康产业链链长。")
    assert ("刘振宇", "chain_leader", "医药健康产业链") in [(r.person, r.role, r.chain) for r in found]
    found = find_leaders("县人大常委会副主任张秀兰同志因到龄退出领导岗位，不再担任医药健康产业链副链长。")
    assert [(r.person, r.role, r.chain) for r in found] == [("张秀兰", "deputy_chain_leader", "医药健康产业链")]
    found = find_leaders("县政协副主席周婉清同志由发制品产业链副链长调整为绿色食品产业链副链长。")
    assert [(r.text, r.person, r.chain) for r in found] == [
        ("周婉清", "周婉清", "绿色食品产业链"), ("发制品产业链副链长", "周婉清", "发制品产业链")]


def test_deputies_counted_then_named_after_a_colon() -> None:
    found = find_leaders("林雅琴副市长任链长。副链长2名：市农业农村局局长方志远，城区区长曾建华。")
    assert [(r.text, r.role) for r in found if r.role == "deputy_chain_leader"] == [
        ("副链长2名", "deputy_chain_leader"), ("方志远", "deputy_chain_leader"), ("曾建华", "deputy_chain_leader")]
    # more names than the count: none of them
    found = find_leaders("副链长2名：市农业农村局局长方志远，城区区长曾建华，市商务局局长温晓帆。")
    assert [r.person for r in found if r.person] == []


def test_a_person_and_an_office_by_post_sharing_a_role() -> None:
    found = find_leaders("由副市长吴家骏担任链长，市发展和改革局局长蔡文涛、陆丰市政府主要负责同志担任副链长。")
    assert ("蔡文涛", "deputy_chain_leader") in [(r.person, r.role) for r in found]
    # a name followed by another clause's subject takes nothing
    found = find_leaders("市发展和改革局局长蔡文涛、市商务局组织企业参加对接会，副市长吴家骏担任链长。")
    assert ("蔡文涛", "chain_leader") not in [(r.person, r.role) for r in found]


def test_a_post_in_quotation_marks_then_by_whom() -> None:
    found = find_leaders(to_simplified("氫能產業鏈的「鏈長」一職，由市委常委、常務副市長林志遠擔任，"
                                       "他今次因公務未有隨團。"))
    assert [(r.person, r.chain) for r in found] == [("林志远", "氢能产业链")]


def test_english_a_chains_own_chief_after_the_person_and_roles_counted_per_chain() -> None:
    text = "Vice-Mayor Li Jun has been the green chemicals chain's chief since April 2024."
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [("Li Jun", "green chemicals chain")]
    text = "Vice-Mayor Li Jun is the tea chain's deputy chief."
    assert [(r.person, r.role) for r in find_leaders(text, language="en")] == [("Li Jun", "deputy_chain_leader")]
    # two per chain is no group
    assert find_leaders("Jingzhou alone appoints two deputy chain chiefs for each of its chains.", language="en") == []


def test_a_registered_name_right_after_the_role_and_what_chain_masters_have() -> None:
    found = find_leaders("链主企业隆中电驱系统有限公司今年出口增长三成。")
    assert [r.person for r in found] == ["隆中电驱系统有限公司"]
    # the firms' payment terms or orders are no firm
    assert find_leaders("也有配套企业反映，链主企业账期普遍在90天以上。") == []
    assert find_leaders("今年链主企业订单饱满。") == []


def test_english_a_post_held_by_a_named_official() -> None:
    text = "At the top sits the general chain leader, a post held by Party Secretary Zhou Haibin."
    assert [(r.person, r.role) for r in find_leaders(text, language="en")] == [("Zhou Haibin", "chief_chain_leader")]
    text = "The chain leader of the battery chain is a post held by Vice Mayor Li Dongsheng."
    assert [(r.person, r.chain) for r in find_leaders(text, language="en")] == [("Li Dongsheng", "battery chain")]


def test_english_people_listed_after_a_plural_role_and_her_deputies_chain() -> None:
    text = ("The lithium battery chain is led by Vice-Mayor Lai Shufen. Her two deputy chain chiefs are Guo Hai, "
            "director of the municipal bureau of industry and information technology, and Chen Xiaoyu, deputy head "
            "of Ganxian district.")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text, language="en")]
    assert ("Guo Hai", "deputy_chain_leader", "lithium battery chain") in found
    assert ("Chen Xiaoyu", "deputy_chain_leader", "lithium battery chain") in found
    # a list that does not open on a name names no holders
    text = "The deputy chain chiefs are mostly bureau heads, and Chen Xiaoyu said so."
    assert [r.person for r in find_leaders(text, language="en") if r.person] == []


def test_english_another_chains_post_in_a_relative_clause() -> None:
    text = ("The new energy storage chain will be led by Vice Governor Wen Xiaohui, who also remains chain chief of "
            "the modern coal chemical and new carbon materials chain.")
    found = [(r.text, r.person, r.chain) for r in find_leaders(text, language="en")]
    assert found == [("Wen Xiaohui", "Wen Xiaohui", "new energy storage chain"),
                     ("chain chief of the modern coal chemical and new carbon materials chain", "Wen Xiaohui",
                      "modern coal chemical and new carbon materials chain")]
    text = ("Xiangtan's Party secretary, Long Weiping, is both the city's general chain chief and chain chief of the "
            "wind power chain.")
    assert [(r.text, r.person) for r in find_leaders(text, language="en")] == [
        ("Long Weiping", "Long Weiping"), ("chain chief of the wind power chain", "Long Weiping")]


def test_english_a_rows_status_mark_is_no_part_of_its_chain() -> None:
    text = ("| No. | Chain | Chain chief | Chain masters |\n|---|---|---|---|\n"
            "| 1 | New energy storage (new) | Wen Xiaohui, Vice Governor | 3 |\n")
    assert {r.chain for r in find_leaders(text, language="en")} == {"new energy storage chain"}


def test_english_a_verb_before_a_chain_is_no_part_of_its_name() -> None:
    text = ("Ganzhou aims to lift NEV chain revenue to 150 billion yuan. "
            "Guo also serves as deputy chain chief of the NEV chain.")
    assert {r.chain for r in find_leaders(text, language="en")} == {"NEV chain"}


def test_a_sections_chain_heading_gives_its_chain_to_prose_and_firm_lists_below() -> None:
    text = ("二、名单\n（二）铝基新材料产业链\n副市长卢静怡任链长，接替已到龄退休的原链长、市政协副主席王德林。\n"
            "链主企业：\n5. 渑池县豫西铝业有限公司\n（三）苹果产业链\n该链由市人大常委会副主任侯立新挂帅。\n"
            "链主企业：\n8. 灵宝市高山果业集团有限公司\n")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("卢静怡", "铝基新材料产业链"), ("王德林", "铝基新材料产业链"), ("渑池县豫西铝业有限公司", "铝基新材料产业链"),
        ("侯立新", "苹果产业链"), ("灵宝市高山果业集团有限公司", "苹果产业链")]
    # a summary after the last section (a blank line, then prose) is no part of it
    text = ("四、生物医药产业链\n\n链长不变。副链长由1名增至2名。\n\n"
            "本次调整共涉及链长3名、副链长3名。新任链长为副市长韦振华同志。\n")
    summary = text.index("本次")
    assert [(r.text, r.chain) for r in find_leaders(text) if r.count and r.start > summary] == [
        ("链长3名", None), ("副链长3名", None)]


def test_a_chain_master_described_before_its_registered_name() -> None:
    found = find_leaders(to_simplified("新能源汽車鏈的鏈主，是總部在西安、2019年在港上市的"
                                       "秦川新能源汽車集團股份有限公司（下稱「秦川汽車」）。"))
    assert [(r.person, r.chain) for r in found] == [("秦川新能源汽车集团股份有限公司", "新能源汽车链")]
    # a description of what chain masters are names none
    assert find_leaders("链主企业是产业链上下游的龙头企业。") == []


def test_a_chains_count_of_chain_masters_then_the_firms_after_a_colon() -> None:
    text = ("四川第二批省级链主企业共27家，分布在动力电池产业链等15条产业链。"
            "动力电池链上有两家：宜宾的蜀能动力电池有限公司和遂宁的天府锂材科技股份有限公司。")
    found = [(r.text, r.count, r.chain) for r in find_leaders(text) if r.start > text.index("动力电池链上")]
    assert found == [("两家", 2, "动力电池产业链"), ("蜀能动力电池有限公司", None, "动力电池产业链"),
                     ("天府锂材科技股份有限公司", None, "动力电池产业链")]
    # as many firms as the count says, or none
    text = ("四川第二批省级链主企业共27家，分布在动力电池产业链等15条产业链。"
            "动力电池链上有三家：宜宾的蜀能动力电池有限公司和遂宁的天府锂材科技股份有限公司。")
    assert [r for r in find_leaders(text) if r.start > text.index("动力电池链上")] == []


def test_a_firm_whose_name_holds_a_word_opening_on_a_maker_suffix_and_a_pool_chosen_from() -> None:
    found = find_leaders("链主企业中汽鲁泰商用车有限公司1—10月整车产量达到5.6万辆。")
    assert [r.person for r in found] == ["中汽鲁泰商用车有限公司"]
    # a kind of maker before the name is still no part of it
    found = find_leaders("该链的链主企业整车厂湘江智行汽车有限公司今年产量翻番。")
    assert [r.person for r in found] == ["湘江智行汽车有限公司"]
    found = find_leaders("县里从全县38家规上茶企中遴选出3家链主企业：云南兴海茶业集团有限公司、"
                         "勐海古树源茶业有限公司。")
    assert [r.person for r in found if r.person] == ["云南兴海茶业集团有限公司", "勐海古树源茶业有限公司"]


def test_a_leaver_moved_to_a_new_post_and_a_dai_name() -> None:
    found = find_leaders("原县委书记岩温罕调任西双版纳州委常委，不再担任茶叶产业链链长；新任县委书记孙立峰接任链长。")
    assert ("岩温罕", "茶叶产业链") in [(r.person, r.chain) for r in found]
    # 岩 opens a name only in a person's slot: a rock chain is no one's
    assert [r.person for r in find_leaders("岩石产业链链长由副县长张明担任。")] == ["张明"]


def test_unnamed_firms_counted_into_the_chain_master_role() -> None:
    found = find_leaders("全区累计认定区级链主企业17家，今年有2家入选济南市级链主企业。")
    assert [(r.text, r.count) for r in found] == [("链主企业17家", 17), ("2家", 2)]
    found = find_leaders("去年共有5家入列市级链主企业，分别是华兴机械有限公司、瑞丰电子有限公司。")
    assert [(r.text, r.count) for r in found] == [("5家", 5), ("华兴机械有限公司", None), ("瑞丰电子有限公司", None)]
    # firms counted into something else are no chain masters
    assert find_leaders("今年有2家入选省级专精特新企业名单。") == []


def test_english_one_of_a_counted_set_of_chain_masters_named_after_and() -> None:
    text = ("Changsha has named 63 chain master enterprises. Three of the 63 are foreign-invested, and one of those "
            "three, Midlands Hydraulics (Changsha) Co., is a subsidiary of a British group.")
    assert "Midlands Hydraulics (Changsha) Co." in [r.person for r in find_leaders(text, language="en")]
    # one of a set of suppliers is no chain master
    text = "The city has 12 suppliers, and one of them, Hunan Gear Co., is local."
    assert find_leaders(text, language="en") == []


def test_english_firms_a_list_of_chain_masters_names_with_their_chains() -> None:
    text = ("Shaanxi named 41 chain master enterprises on Monday. Companies on the new list include Xi'an Qinchuan "
            "Aero Components Co., Ltd. in the aerospace chain, Baoji Huatai Titanium Industry Co., Ltd. in the "
            "titanium chain, and Weinan Guangyao Photovoltaic Materials Co., Ltd., one of five added. In the new "
            "energy vehicle chain, the list names Xianyang Fengrun Electric Drive Co., Ltd. and Hanzhong Tianxing "
            "Auto Parts Group, two parts makers.")
    found = [(r.person, r.chain) for r in find_leaders(text, language="en") if r.person]
    assert found == [("Xi'an Qinchuan Aero Components Co., Ltd.", "aerospace chain"),
                     ("Baoji Huatai Titanium Industry Co., Ltd.", "titanium chain"),
                     ("Weinan Guangyao Photovoltaic Materials Co., Ltd.", None),
                     ("Xianyang Fengrun Electric Drive Co., Ltd.", "new energy vehicle chain"),
                     ("Hanzhong Tianxing Auto Parts Group", "new energy vehicle chain")]
    # a list far from any chain master names none
    assert find_leaders("The tender list names Huatai Steel Co. and Qinchuan Glass Co.", language="en") == []


def test_english_counted_chain_masters_of_a_chain_then_the_firms_after_a_colon() -> None:
    text = ("Jinquan joins two existing chain masters in Benxi's biomedicine chain: the state-owned Liaoning Benyao "
            "Pharmaceutical Group and Taihe Biological Products Co., a vaccine maker.")
    found = [(r.person, r.chain) for r in find_leaders(text, language="en") if r.person]
    assert found == [("Liaoning Benyao Pharmaceutical Group", "biomedicine chain"),
                     ("Taihe Biological Products Co.", "biomedicine chain")]


def test_a_registered_firm_named_a_chain_master_after_a_time_and_with_its_kind_before() -> None:
    found = find_leaders("比如，宁德市的闽东锐能新能源科技股份有限公司（简称“锐能科技”）"
                         "去年新认定为锂电新能源产业链链主企业。")
    assert [(r.person, r.chain) for r in found] == [("闽东锐能新能源科技股份有限公司", "锂电新能源产业链")]
    found = find_leaders(to_simplified("台鼎科技在遂寧的子公司遂寧台鼎電路有限公司，"
                                       "2024年底被遂寧市認定為電子電路產業鏈的鏈主企業。"))
    assert [(r.person, r.chain) for r in found] == [("遂宁台鼎电路有限公司", "电子电路产业链")]
    found = find_leaders("车用功率模组厂无锡崇碁半导体有限公司今年被认定为新能源汽车零部件产业链链主。")
    assert [r.person for r in found] == ["无锡崇碁半导体有限公司"]


def test_a_roster_items_status_mark_is_no_name() -> None:
    text = ("（二）医疗器械产业链\n链长：副区长 何婉清（新任。原链长、副区长罗子健已调任区人大常委会工作）\n"
            "链主企业：成都云杉数据科技有限公司、成都天衡智算科技有限公司（新增）、四川星图信息技术股份有限公司\n")
    found = [r.person for r in find_leaders(text)]
    assert "新任" not in found and "成都天衡智算科技有限公司（新增）" not in found
    assert "成都天衡智算科技有限公司" in found and "何婉清" in found
    # a firm's seat in brackets stays part of its name
    found = [r.person for r in find_leaders("链主企业：冠宇（周口）鞋业有限公司、华丰电子有限公司\n")]
    assert found == ["冠宇（周口）鞋业有限公司", "华丰电子有限公司"]


def test_a_registered_firm_after_a_chains_intake_or_after_as_its_chain_master() -> None:
    text = ("链主企业名单公布。橡胶及新材料产业链此次入选的3家企业中，"
            "桂林恒橡科技集团有限公司（简称“恒橡科技”）规模最大。"
            "罗汉果及特色食品产业链新入选的桂林果源生物科技股份有限公司（简称“果源生物”），"
            "是提取企业之一。")
    assert [(r.person, r.chain) for r in find_leaders(text)] == [
        ("桂林恒橡科技集团有限公司", "橡胶及新材料产业链"), ("桂林果源生物科技股份有限公司", "罗汉果及特色食品产业链")]
    text = to_simplified("作為打印及辦公設備產業鏈的鏈主企業，在港上市的"
                         "珠海鼎彩打印科技股份有限公司（下稱「鼎彩科技」）當日與本港一家物流集團簽署合作協議。")
    found = [(r.person, r.chain) for r in find_leaders(text)]
    assert found == [("珠海鼎彩打印科技股份有限公司", "打印及办公设备产业链")]


def test_english_the_deputy_chief_of_the_chain_then_the_person() -> None:
    text = ("Benxi's biomedicine chain has two chain masters. The deputy chief of the chain, Lu Hongyan, who is also "
            "director of the zone's administrative committee, said 31 suppliers had visited.")
    found = [(r.person, r.role, r.chain) for r in find_leaders(text, language="en") if r.person]
    assert found == [("Lu Hongyan", "deputy_chain_leader", "biomedicine chain")]
    # the one a holder replaces takes no hold of the holder's role phrase
    text = ("Vice Governor Wang Xiuyun, who remains chain chief of the tropical agriculture industrial chain, also "
            "serves as chain chief of the biomedicine industrial chain, replacing He Jianlin, who has been moved.")
    found = {r.text: r.person for r in find_leaders(text, language="en")}
    assert found["chain chief of the biomedicine industrial chain"] == "Wang Xiuyun"


def test_english_a_chief_replaced_by_another_after_the_chain_changed_hands() -> None:
    text = ("The locks and hardware chain changed hands in May 2026. Deputy county head Jiang Haibo, who had led it "
            "since 2022, moved to a post in Jinhua city and was replaced by Lou Xinyu, also a deputy county head.")
    found = [(r.person, r.chain) for r in find_leaders(text, language="en")]
    assert found == [("Jiang Haibo", "locks and hardware chain"), ("Lou Xinyu", "locks and hardware chain")]
    # a replacement with no chain's leadership around it is no handover of one
    assert find_leaders("The locks chain grew. Wang Lin was replaced by Zhao Hui as team captain.", language="en") == []


def test_a_chain_office_head_after_the_short_name_the_office_is_announced_by() -> None:
    text = ("管委会副主任金美玉，高新区产业链办公室（以下简称“区链办”）主任刘洪斌及经济发展局负责同志参加走访。")
    found = {r.person: (r.role, r.title) for r in find_leaders(text)}
    assert found["刘洪斌"] == ("official", "高新区产业链办公室主任")
    # an office's short name in brackets, not announced, stays in the title as written
    found = {r.person: r.title for r in find_leaders("市产业集群工作专班办公室（市链办）副主任林华表示，将加快推进。")}
    assert found.get("林华") == "市产业集群工作专班办公室（市链办）副主任"
