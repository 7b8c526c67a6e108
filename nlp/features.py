"""Character n-gram features of a normalised text, shared by training and prediction.

The text is the Normalizer's output with steering clauses removed (what the
lexicon sees).  Before cutting n-grams: ASCII digits become ``0`` (「88岁」 and
「75岁」 look alike), every clause break becomes ``|``, and only the first
``MAX_CHARS`` characters are used (every tuning text is shorter, the city
messages used as weak examples are cut to 100; a long letter's gist is at its
start, and the cost per message stays bounded).  Features are
the distinct 1- to 3-character n-grams (binary: presence, not counts), with
n-grams made only of breaks, spaces and digits left out.

Courtesy and contact details are left out first (``strip_formalities``): a
bracketed header (【求助】, [聊天记录], 转发:), a letter's salutation (尊敬的领导:)
or a greeting or the writer's modesty at the start (您好, 在吗, 喂喂, 也不是什么急事), thanks at the end, a phone or ID
number with its label, an address given as a field (地址:…), a calendar date,
the writer's own alarm at the start (急！), the writer's particulars as a
petition gives them (「本人王秀兰，女，62岁，家住…。」), the writer's word that this is not the first time
(「昨天发过一次了，没人回。」), a letter's closing (「望领导重视，盼复。」
「此致 敬礼」 and the signature), an appeal for help at the end
(「这种情况该找谁？」「有人管吗」「求求你们帮帮我」); and the dialect 俺 is read as 我.
(Place names are made generic before, by the caller: nlp/places.py PlaceMask.)
They say nothing about the need, yet the model had learned them — 「谢谢」 ends
more calm messages than urgent ones, formal letters and dated city complaints
are calm — so appending 「，谢谢！」, an ID number or a greeting to an emergency
could tip it below the bar (a metamorphic probe over the 4,750 urgent tuning
rows: 104 lost to 「尊敬的领导：」, 43 to 「2024年12月3日」, 40 to 「，谢谢！」, 22 to
an ID number, 20 to 「（地址：县城光明路12号）」, 12 to 「您好，」, 7 to 「【求助】」, 4
to a phone number; none after: tests/nlp/test_invariance.py).  Kept for the
category model alone, the thanks turned 19 of those emergencies into `other` (a
thank-you note), and the model may not make `other` urgent (nlp/combine.py
``quiet``); without them three short thank-you notes of dev_tune_more11/12 lost
their `other`, and the city messages moved by less than 0.1%.  The lexicon
still reads the whole text.
"""
from __future__ import annotations

import re

from nlp.normalize import SENTENCE

MAX_CHARS = 100
ORDERS = (1, 2, 3)
FEATURES = 21  # version of what prepare() does; a model built for another one must be rebuilt
_CONTACT = re.compile(r"(?:(?:联系|家属|本人|我的|他的|她的)?(?:电话号码|电话|手机号码|手机号|手机|座机|身份证号码|身份证号"
                      r"|身份证|号码)(?:是|为)?[:：]?\s*)?\+?[0-9][0-9\- ]{5,}[0-9Xx]")
_GREETING = re.compile(r"^(?:(?:您好|你好|领导好|领导您好|各位领导好|各位好|同志你好|同志您好|打扰了|打扰一下|在吗|在不在"
                       r"|有人吗|有人在吗|喂+(?=[,.!?。，！？\s])"
                       # an apology for writing (「不好意思打扰了，」: the model had learned it from modest emergencies,
                       # and it made 66 calm tuning rows urgent)
                       r"|(?:不好意思(?:打扰|麻烦)?(?:你们|您|一下)?了?|打扰你们了|打扰您了)(?=[,.!?。，！？\s])"
                       # 「你好 我要求助」: the bot's own first line (the model read 我要求 as a demand: 17 lost)
                       r"|(?:我|俺)?(?:要|想)?求助(?:一下)?(?=[,.!?。，！？\s])"
                       # a plea first (「求求你们了！」 made 221 calm tuning rows urgent: the model learned the plea)
                       r"|(?:求求|求|拜托)(?:你们|您|各位|领导|大家)?(?:了|啦|啊)?(?:帮帮(?:忙|我|俺|我们|俺们)?)?(?=[,.!?。，！？\s])"
                       # voice input's fillers (「那个 就是 …」: 74 lost) and asking whether this is the bureau
                       # (「你好，这里是民政局吗？」: 65 lost; the model had learned the question as a calm inquiry)
                       r"|(?:那个|就是|嗯+|呃+|额)(?=[,.!?。，！？\s])"
                       # not sure this is the place (「不知道找你们对不对，」 made 508 calm tuning rows urgent: the model had
                       # learned it from shy emergencies), or writing for a parent (「我是替我妈发的，」: 59).  Not 「不知道该
                       # 不该说」: it opens complaints about cadres.
                       r"|(?:我|俺)?(?:也)?不知道(?:找你们|找这里|找这儿|问你们|发这里|发这儿|该不该找你们)(?:对不对|对不|行不行|合适不)?"
                       r"(?=[,.!?。，！？\s])"
                       # 「我知道你们也忙，」 (153 calm tuning rows made urgent)
                       r"|(?:我|俺)?(?:知道|晓得)(?:你们|您)(?:也|都)?(?:很|挺|特别)?忙(?:啊|哈|的)?(?=[,.!?。，！？\s])"
                       r"|(?:我是|这是)?替(?:我|俺)(?:妈|爸|娘|爹|奶奶|爷爷|姥姥|姥爷|老伴)(?:发|问|写)的(?=[,.!?。，！？\s])"
                       # an old writer's apology for the typing (「我眼神不好 打字慢 …」: 59 lost)
                       r"|(?:我|俺)?(?:年纪大了|岁数大了|眼神不好|眼睛不好|眼花)?[,\s]*(?:打字慢|打字不好|不会打字|不太会打字"
                       r"|字打得不好|字打的不好|不太会用手机|不会用手机)(?:见谅|请见谅|别见怪)?(?=[,.!?。，！？\s])"
                       r"|(?:请问)?(?:这里|这|你们|你们这)?是(?:不是)?(?:区|县)?(?:民政局|民政|民政办|救助热线|热线|救助站)"
                       r"(?:吗|不|嘛|吧)?(?=[,.!?。，！？\s])"
                       # the writer's modesty before the matter (「也不是什么急事，就是…」: 179 of 5,495 caught urgent
                       # tuning rows lost with it in front).  Only at the start: after the matter it is a verdict on
                       # it (「米缸见底了，不过不急，下个月低保发了就好」), and the model must read it there.  The
                       # lexicon still reads it wherever it is (a calm hedge: the model must then reach 0.5 alone).
                       r"|(?:也|其实|倒)?(?:不是什么急事|不是啥急事|不是什么大事|不是啥大事|没啥大事|没什么大事|不急"
                       r"|不着急|不用急)(?:哈|啊|哦|呀|的)?(?=[,.!?。，！？\s]))[,.!?。，！？\s]*)+")
# (and 「（此消息由家属代发）」, which made 144 calm tuning rows urgent)
_THANKS = re.compile(r"(?:[,.!。，！\s]*(?:谢谢|感谢|多谢|麻烦|拜托|不好意思|打扰|给你们添麻烦|添麻烦|等(?:你们|您)?的?(?:回复|回信|消息|答复)"
                     r"|[(（](?:此(?:消息|条)?)?(?:由)?(?:家属|家人|孩子|儿子|女儿|闺女|孙子|孙女|邻居)?代发[)）]"
                     # a report's and a chat's last words (twenty-third pass, after a calm tuning row: 「特此报告。」 made
                     # 166 urgent, 「（完）」 98; after a caught one: 「收到请回复。」 silenced 87, 「（语音转文字，可能有错字）」
                     # 26, 「你们慢慢看。」 15)
                     r"|特此(?:报告|反映|说明|汇报|请示)|以上(?:情况|内容)?(?:均|全部)?(?:属实|真实)|就这些|就这么多|完毕|[(（]完[)）]"
                     r"|收到(?:请|麻烦)?(?:回复|回个话|回个信)|(?:你们|您)?慢慢看"
                     r"|[(（](?:语音转文字|语音输入|语音转的文字|语音识别)[^()（）]{0,12}[)）])"
                     r"(?:你们|您|领导|大家|各位|啦|了|啊|哈)*"
                     r"[,.!。，！~～\s]*)+$")
# An appeal for help at the end (「这种情况该找谁？」「你们能帮忙吗？」「有人管吗」「求求你们帮帮我」「怎么办啊」): every
# message to a hotline asks for help, and the training messages that end in a question are mostly calm inquiries,
# so the model had learned the question itself — 「桥洞下有人冻着，有人管吗」 read 0.06 urgent.  (Not 没人管: that
# is the need.)
_APPEAL = re.compile(
    r"(?:[,.!?。，！？\s]+(?:"
    r"(?:像?(?:我|俺)?(?:这种|这个)?(?:情况|事)|这种)?(?:该|应该|能|可以|要|得)?(?:找谁|找哪|去哪|怎么办|咋办|怎么弄|咋弄)"
    r"(?:管|帮忙|反映)?"
    r"|(?:你们|您|政府|领导)?(?:能|可以|能不能|可不可以)(?:帮帮|帮|管管|管)(?:个忙|忙|我|俺|我们|俺们|一下)?"
    r"|有人管|有没有人管|谁能管管|谁管管|谁来管管|管不管"
    r"|(?:这个情况|这种情况|这事|这种事|这个)?(?:是不是|是)?(?:归|该)?(?:你们|您们|您|民政局|民政)(?:管|负责)(?:不管)?"  # 87 lost
    r"|(?:你们|您|政府|领导)?(?:能|可以|能不能|可不可以)?(?:派人|派个人|来人|来个人|上门|过来)(?:来)?(?:看看|看一下|一趟|一下)?"  # 114 lost
    r"|(?:please|pls|plz)?\s*help(?:\s*(?:me|us|pls|please))?"  # 「… please help」 (33 lost)
    r"|(?:求求|恳请|请)?(?:你们|您|政府|领导|各位)?(?:帮帮|救救)(?:我|俺|忙|我们|俺们|孩子|他|她)?"
    r"|在线等|急死(?:人|我)?"
    # asking for an answer or a visit (「有消息请回复我」「我在家等你们」: 47 lost, 161 calm rows made urgent)
    r"|有消息(?:请|麻烦)?(?:回复|告诉|通知)(?:我|俺)|(?:请|麻烦)(?:回复|回个话)(?:我|俺)?|(?:我|俺)在家等(?:你们|您|着)?"
    r")(?:吗|不|嘛|吧|啊|呀|呢|哪|了)*)+[,.!?。，！？~～\s]*$")  # 「…怎么办呀 急死了」 (87 lost)
# The writer's own particulars at the start, as a petition gives them (「本人王秀兰，女，62岁，家住下营镇常州村。」
# 「我叫李建国，是邦均镇西塔村的村民。」): the model had learned them — an age, a name — as urgent, and that header
# alone read 0.53 urgent; before a calm message it made 757 of 7,550 calm tuning rows urgent.
_F = r"[^,.;!?。，；！？\n]"
_PROFILE = re.compile(
    r"^\s*(?:本人|我叫)[:：]?\s*(?!实名|举报|反映|申请|想|要)[\u4e00-\u9fff]{2,4}(?:[,.;。，；\s]+(?:"
    r"男|女|汉族|(?:今年)?[0-9一二三四五六七八九十两]+岁|今年[一二三四五六七八九十]+了?|[0-9]{4}年(?:出)?生人?"
    rf"|(?:家住|现住|住在|住){_F}{{1,25}}|是?{_F}{{1,14}}(?:村民|居民|人)|{_F}{{2,14}}(?:村|社区|镇|街道)的"
    r")(?=[,.;!?。，；！？\s]|$))+[,.;!。，；！\s]*")  # each field a whole clause
# The writer's word that this is not the first time (「昨天发过一次了，没人回。」「这是我第三次打电话了，」): it speaks of
# the channel, not the need, yet the model read 没人 and 第三次 as alarm — before a calm tuning row they made 782 and
# 210 of 10,326 urgent.
_RESENT = re.compile(
    r"^\s*(?:(?:(?:我|俺)?(?:昨天|前天|昨晚|上午|下午|早上|刚才|之前|前几天|上周|上次|以前)?(?:已经|都)?"
    r"(?:发过|反映过|问过|打过电话|留过言|报过)(?:一次|两次|三次|好几次|几次|一回|两回|好几回|多次)?了?"
    r"(?:[,，\s]*(?:但是?|可是?)?(?:一直|还是|都|也|到现在)?(?:没人回|没人理|没人回复|没回音|没有回音|没人答复|没有回复"
    r"|没回复|没有人回|没人管|没下文|没消息|没动静))?"
    r"|这(?:已经)?是(?:我|俺)?第[二三四五六七八九十几0-9]+(?:次|回|遍)(?:打电话|反映|发消息|发|留言|问|找你们)?了?"
    r"|(?:再|又)(?:发|问|反映)一(?:次|遍|下))(?=[,.!?:。，！？：\s])[,.!?:。，！？：\s]*)+")
# 「要是再没人管，」 (if it goes on): an appeal that tells only that nobody acts, first or before a threat to petition; the
# model had learned 没人管 as alarm (first, it made 191 of 10,326 calm tuning rows urgent once the lexicon stopped
# reading it as a danger denied, nlp/signals.py ``_STILL_IF``).
_IF_IT_GOES_ON = re.compile(r"(?:要是|如果|假如|若是)(?:再|还)(?:没人管|没有人管|没人问|没人理|不管)(?:的话)?[,，\s]*")
# A letter's closing (「望领导重视，盼复。」「恳请各位领导在百忙之中帮帮我们，万分感谢！」「此致 敬礼」 and the signature after
# it): the city's letters to leaders, calm weak examples for the model, all end so, and the model had learned the
# closing — after an emergency, 「望领导重视，盼复。」 silenced 102 of 4,893 urgent tuning rows and made others `other`;
# 「希望政府能给解决一下。」 179 of 7,241, 「希望能得到政府的帮助。」 124, 「希望尽快给个答复。」 63, 「实在是没办法了。」 40.
_SIGN_OFF = re.compile(r"此致[\s,.!。，！]*(?:敬礼)?[\s\S]{0,40}$")
_CLOSING = re.compile(
    r"(?:[,.!?。，！？\s]+(?:"
    r"盼复|为盼|(?:万分|不胜|非常|十分)?(?:感谢|感激)(?:不尽)?|(?:在此|再次)(?:表示)?(?:感谢|感激)"
    r"|(?:恳请|恳求|请求|希望|盼望|敬请|请|望)(?:各位|有关|相关)?(?:领导|政府|部门|有关部门|相关部门|你们|您)?(?:们)?"
    r"(?:在百忙之中|百忙之中)?(?:抽出时间|抽空)?(?:能|能够|可以)?(?:给予|予以|尽快|早日|早点)?"
    r"(?:给|帮|帮着|派人|派个人)?(?:我们|我|俺们|俺)?"  # 「希望政府能给解决一下」「希望你们能派人来看看」
    r"(?:重视|关注|关心|帮助|帮忙|解决|答复|回复|批复|核实|处理|过问|调查|帮帮我们|帮帮我|帮我们|帮我|想想办法|想办法"
    r"|救助|救济|来看看|看看|给个答复|给个说法|批准)"
    r"(?:一下|解决|处理|为盼|是盼)?"
    r"|(?:希望|盼望)?(?:能|能够)?得到(?:政府|领导|你们|各位|有关部门)?的?(?:帮助|救助|关心|关注|支持)"  # 「希望能得到政府的帮助」
    r"|给(?:我们|我)想想办法"
    r"|祝(?:你们|您|大家|各位|领导)?[^,.!?。，！？]{0,6}(?:快乐|平安|健康|顺利|如意|幸福)|好人一生平安"  # wishes (48, 47 lost)
    r"|(?:你们|您|大家|各位)?辛苦(?:了|啦)"
    r"|(?:我们|我|俺们|俺)?(?:也是|真是|真的是|实在是|实在)没(?:有)?(?:办法|法子)了"  # 「实在是没办法了」
    # a threat to go higher (「要是再没人管，我就去县里上访。」: 177 of 10,326 calm tuning rows made urgent, 我就 read as alarm)
    r"|(?:我们|我|俺们|俺)就?(?:只能|只好|要)?(?:去|到)?(?:县里|市里|区里|省里|北京|上面|信访局|信访办|政府)?"
    r"(?:上访|告状|信访|投诉|找媒体|找记者|打12345)(?:了|去)?)"
    r")+[,.!?。，！？~～\s]*$")
# An address given as a field (「（地址：县城光明路12号）」) and a bracketed header (「【求助】」「【线索上报】」).
# Only where the writer is, as the message's last line or first clause (「…\n下营镇常州村」「下营镇常州村的，…」), made generic
# by nlp/places.py PlaceMask: the model had learned the place from grid workers' reports, and as a last line it made
# 189 of 10,326 calm tuning rows urgent.
# A signature after a dash as the last line (「…\n——王秀兰」): a name, which the model had learned from petitions (50 of
# 10,332 calm tuning rows made urgent).
_SIGNED = re.compile(r"(?:[。!！]|\n)\s*(?:—+|-{2,})\s*[\u4e00-\u9fff]{2,3}[。!！\s]*$")  # (its own line; a name's length)
_PLACE_ONLY = re.compile(r"^\s*(?:某区)?(?:某镇|某乡|某街道)?(?:某村|某社区)?(?<=[镇乡道村区])的?[,，。\s]+"
                         r"|[,，。\s]+(?:—+|-+)?(?:某区)?(?:某镇|某乡|某街道)?(?:某村|某社区)?(?<=[镇乡道村区])的?[。!！\s]*$")
_ADDRESS = re.compile(r"[(（]?(?:详细地址|家庭住址|地址|住址)[:：]\s*[^,.;!?。，；！？()（）\n]{1,40}[)）]?")
_HEADER = re.compile(r"^(?:\s*(?:【[^】]{1,10}】|\[[^\]]{1,10}\]|转发[:：]|#[^#\n]{1,10}#"
                     r"|(?:上报|反映|报告|汇报)一?(?:个|下)(?:情况|事)[:：]"  # 「上报一个情况：」 (33 lost)
                     # a second message's opening (「补充一下：」「接上条，」「刚才忘说了，」: 41, 21 lost, 667 calm rows
                     # made urgent, the model reading 刚才 as now).  Not 「我想反映个事」: it opens complaints about cadres.
                     r"|(?:补充一下|补充|接上条|接着说|刚才忘说了|刚才忘了说|忘了说了?|还有个事忘说了)[:：,，。\s]"
                     r"|关于[^\n,.!?。，！？]{2,30}(?:报告|申请|请示|反映|的信|情况说明)\n))+")  # and a letter's title line
# A letter's salutation (「尊敬的领导：」「张县长您好！」) and a calendar date (「2024年12月3日」「2024-12-03」).
_SALUTATION = re.compile(r"^\s*(?:尊敬的)?[^:：,，.。!！?？\s]{0,8}(?:领导|书记|县长|区长|市长|镇长|局长|主任|同志|工作人员)们?"
                         r"(?:您好|你好|好)?[:：,，!！\s]+")
# The writer's own alarm at the start (「急！」「急急急」「紧急求助：」): TAXONOMY judges the situation, not the tone,
# and the model had learned 急 from 「不急」.
_ALARM = re.compile(r"^\s*(?:十万火急|急急急+|加急|紧急|急)(?:求助|求救|情况)?[:：,，!！\s]+")
# Who sent the writer here (「是村支书让我找你们的。」「打12345那边让我找你们，」: 113 and 16 lost) says nothing of the need.
_REFERRAL = re.compile(r"(?:是|打)?(?:村支书|支书|村书记|村主任|村长|村干部|村里|村委会|社区|居委会|网格员|街道|镇上|镇里|乡里|派出所"
                       r"|医院|12345|热线|市长热线|别人|邻居|朋友)(?:那边|的人)?(?:让|叫|说让)(?:我|俺|我们|俺们)?(?:来)?"
                       r"(?:找|联系|打给)(?:你们|您|民政局|民政|这里|这儿)(?:的)?[,.!。，！\s]*")
_MENTION = re.compile(r"(?:回复\s*)?@[^\s@:：,，]{1,20}[\s:：,，]*")
_DATE = re.compile(r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}[日号]|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}")
_DIGITS = re.compile(r"[0-9]+")
_BREAKS = re.compile(r"[。!?;\n,，、:：；！？\s]+|\.(?:\s+|$)")
_USELESS = frozenset("|0 .-")


def strip_formalities(text: str) -> str:
    """*text* without a bracketed header, a salutation or a greeting at its start, thanks, an appeal for help or a
    letter's closing at its end, phone or ID numbers (with their labels), an address given as a field and calendar
    dates."""
    bare = text
    if _DIGITS.search(bare):  # (the gates skip patterns that cannot match: a tenth of the cost of a message's n-grams)
        bare = _DATE.sub(" ", _CONTACT.sub(" ", bare))
    if "址" in bare:
        bare = _ADDRESS.sub(" ", bare)
    if "—" in bare or "--" in bare:  # (around the place: 「——王秀兰 下营镇常州村」, 「…杨家峪的\n——王秀兰」)
        bare = _SIGNED.sub(" ", _PLACE_ONLY.sub(" ", bare) if "某" in bare else bare)
    if "某" in bare:
        bare = _PLACE_ONLY.sub(" ", bare)
    if "让" in bare or "叫" in bare:
        bare = _REFERRAL.sub(" ", bare)
    if "@" in bare:  # 「回复 @民政热线：」「@民政局 」: the one written to (218 and 67 lost)
        bare = _MENTION.sub(" ", bare)
    bare = _GREETING.sub("", _SALUTATION.sub("", _ALARM.sub("", _HEADER.sub("", bare))))
    bare = _ALARM.sub("", _HEADER.sub("", bare))  # after a greeting: 「在吗？转发：…」「您好 急！…」
    if "过" in bare[:20] or "第" in bare[:20] or "一" in bare[:20]:
        bare = _RESENT.sub("", bare)
    if "本人" in bare or "我叫" in bare:
        bare = _PROFILE.sub("", bare)
        if not bare.strip():
            # the particulars alone tell no need: read whole (a part or a window of a message that is only them) the
            # model read them at 0.57, and before a calm tuning row they made 93 of 10,326 urgent that way
            return ""
    if "要是" in bare or "如果" in bare or "假如" in bare or "若是" in bare:
        bare = _IF_IT_GOES_ON.sub(" ", bare)
    if "此致" in bare:
        bare = _SIGN_OFF.sub("", bare)
    for _ in range(3):  # 「…该找谁？谢谢」「…谢谢，能帮帮我吗」「…望领导重视，盼复。谢谢」
        # the end only (searched from every start they cost more); the earliest start is the whole courtesy
        found = [m for m in (_THANKS.search(bare, max(0, len(bare) - 40)), _APPEAL.search(bare, max(0, len(bare) - 40)),
                             _CLOSING.search(bare, max(0, len(bare) - 50))) if m]
        if not found:
            break
        end = min(found, key=lambda m: m.start())
        bare = bare[:end.start()]
    bare = bare.replace("俺", "我")  # the north's 我: it says where the writer is from, not how urgent it is
    return bare if bare.strip() else text  # 「谢谢」 alone stays what it is


def sentence_windows(text: str, width: int = MAX_CHARS, limit: int = 8) -> list[str]:
    """*text* cut into runs of whole sentences of up to *width* characters each (a longer sentence is a run of
    its own), at most *limit* of them: what the model reads, one by one, of a message longer than it reads."""
    windows: list[str] = []
    current = ""
    for m in SENTENCE.finditer(text):
        if current and len(current) + len(m.group()) > width:
            windows.append(current)
            if len(windows) == limit:
                return windows
            current = ""
        current += m.group()
    if current:
        windows.append(current)
    return windows


# Quotation marks read as spaces: a message forwarded in 「“…”」 kept its formalities and its edges from the model (「“…
# 杨家峪的”」 made 63 of 10,332 calm tuning rows urgent)
_QUOTES = re.compile(r"[“”‘’「」『』\"]")  # (a regex: ``str.translate`` looks up every character, 7 µs a message)


def prepare(text: str) -> str:
    """The string n-grams are cut from: formalities out, bounded, digits folded, clause breaks unified."""
    text = _DIGITS.sub("0", strip_formalities(_QUOTES.sub(" ", text[:2 * MAX_CHARS]))[:MAX_CHARS])
    return "|" + _BREAKS.sub("|", text).strip("|") + "|"


def raw_ngrams(text: str) -> set[str]:
    """All distinct 1- to 3-grams of the prepared *text*, unfiltered (the fast path for look-ups)."""
    s = prepare(text)
    return {*s, *(s[i:i + 2] for i in range(len(s) - 1)), *(s[i:i + 3] for i in range(len(s) - 2))}


def ngrams(text: str, orders: tuple[int, ...] = ORDERS) -> set[str]:
    """Distinct n-grams of the prepared *text* (see the module docstring)."""
    s = prepare(text)
    grams: set[str] = set()
    for n in orders:
        grams.update(s[i:i + n] for i in range(len(s) - n + 1))
    return {g for g in grams if not _USELESS.issuperset(g)}
