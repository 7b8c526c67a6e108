"""Reporter role: a volunteer's third-person report, or a resident's own request.

Volunteer when the writer identifies as a grid worker, cadre, village doctor,
楼长, social worker or registered volunteer (「我是常州村网格员」「作为村医」), or
the message opens with such a role as a by-line (「网格员报告：」「村医巡诊发现」)
and is about someone else, or a clause opens with the role doing a cadre's act
(「社工请教：」「我网格员正往那赶」), or the message reads as an official report
about someone else: a place as its header (「上仓村：聋哑人一名…」「东塔村 李某 …」)
or a report's wording (「建议纳入低保」「先报上来」).  Everyone else — neighbours, teachers, passers-by,
people complaining *about* a grid worker — is a resident (TAXONOMY).
"""
from __future__ import annotations

import re

from nlp.lexicon import RoleLexicon

VOLUNTEER, RESIDENT = "volunteer", "resident"
# Words that, between 「我是」 and the role, show the writer is not the role
# (「我是常州村村民，村委会…」, 「我是低保户」).
_NOT_SELF = re.compile(r"村民|居民|群众|户|家属|老人|患者|病人|孩子|母亲|父亲|儿子|女儿|邻居")
# What may stand before a by-line role that ends in a space: a place, or nothing.
_PLACE_ONLY = re.compile(r"(?:[\u4e00-\u9fff]{0,8}(?:村|社区|镇|街道))?$")
_FIRST_PERSON = re.compile(r"[我俺咱]")
# A place before a role that is someone else's, not the writer's own title: 「俺大伯在马伸桥镇敬老院 去看他」
# (but 「我东塔村治保主任 刚着完火」 is a title).
_OTHERS_PLACE = re.compile(r"(?![我俺咱]们?是?(?:(?!在|的|家)[\u4e00-\u9fff]){0,6}(?:村|社区|镇|街道)$)[^我俺咱]*[我俺咱]")
# The writer names a title that TAXONOMY keeps a resident (teachers, nurses, care workers, neighbours …): a
# report's wording then is theirs (「我是…中心小学校长 … 做了一次摸排」, dev_tune_more13).
_SELF_RESIDENT = re.compile(r"(?:我是|俺是|本人是)[^,.;!?。]{0,14}(?:老师|校长|班主任|护士|邻居|司机|保安|物业|店主|房东)")
# The writer's own household: a report's wording then belongs to their own application or appeal
# (「我户户主刘长江…特申请纳入最低生活保障」「关于我家低保被取消的申诉 … 表上却写着“已入户核查”」).
_OWN_HOUSEHOLD = re.compile(r"我家|我户|俺家|本户|申请人:|申诉人:|转发:")  # 转发: a notice's wording is not the writer's
# What may follow a signature: a phone number, a date, a time (「网格员：田晓静 13672019485 2024年11月22日 8:15」).
_SIGNATURE_TAIL = re.compile(r"(?:[,\s/]*(?:1[3-9][0-9]{9}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}:[0-9]{2}))+[,\s/.。]*$")
# Words before a role that make the message about the role, not by it.
_ABOUT_ROLE = re.compile(r"投诉|举报|告|找")
# What a signature's place may not contain: 「你们管管这个村主任」 ends with a role but is no signature.
_NOT_PLACE = re.compile(r"[个的管找给问告诉举这那你我俺他她咱让叫说]")
# A place as a report's header: 「上仓村：…」「小毛庄村卫生室：…」「东塔村 李某 …」.
_HEADER = re.compile(r"[\u4e00-\u9fff]{1,8}(?:村|社区)(?:委会|卫生室|报)?"
                     r"(?::|[,\s]+(?![\u4e00-\u9fff]{0,2}[俺我咱])[\u4e00-\u9fff]{0,3}(?:某|老汉|大爷|大娘|奶奶|老太|老头|老人|五保户|低保户|特困))")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


class RoleFinder:
    """Decides the reporter role of a normalised text."""

    def __init__(self, lex: RoleLexicon) -> None:
        roles = _alt(lex.roles)
        self._self_id = re.compile(rf"(?:{_alt(lex.self_markers)})([^。!?;\n,]{{0,{lex.self_gap}}}?)(?:{roles})")
        # 「网格员王某报告」「村医：」「府君山社区楼长 六号楼…」 (a space, which the normaliser makes a comma,
        # right after the role ends a by-line too); not 「村会计说得…往上报」 (the role is who spoke)
        self._byline = re.compile(rf"(?:{roles})(?:[,\s]|[^。!?;\n说不没让叫]{{0,12}}?(?:{_alt(lex.report_verbs)}|报(?=[,:])|:))")
        self._byline_chars = lex.byline_chars
        self._third = re.compile(_alt(lex.third_person))
        self._act = re.compile(rf"(?:^|[,.;:!?。\s])(?:我|俺|我们)?(?:[\u4e00-\u9fff]{{2,6}}(?:村|社区))?(?:{roles})(?:{_alt(lex.role_acts)}|报(?=$|[:.。!]))|(?:{roles})(?:上报|反映|报)[.。!]?$") \
            if lex.role_acts else None
        self._report = re.compile(_alt(lex.report_marks)) if lex.report_marks else None
        # The role as a signature, the last short piece (「…建议今晚前来接人。网格员 孙」「——网格员 李」
        # 「…请镇里安排入院评估。北擂鼓台村委会」「——船舱峪村委会 主任 范永刚」「…请派心理老师。社区网格员」
        # 「(社工站)」; a phone number or a date may follow it), or in brackets near the start (「(网格员录入)」
        # 「个案记录(社工 陈某)」), or 「我网格员小李 …」.
        self._signature = re.compile(rf"(?:^|[。.!?\n(—-]|\s)\(?([\u4e00-\u9fff]{{1,6}}?(?=村|社区|居委))?(?:社区|村)?(?:{roles})站?"
                                     rf"(?:[,\s:]*(?:联系人|主任|副主任|书记|委员))?(?:[,\s:]*[\u4e00-\u9fff]{{1,3}})?\)?[。.!]?$")
        # a village's role as the last words after a comma: 「…叫他也没动静 下营镇青山岭村网格员」 (not
        # 「…挤在村委会」「…村干部还没来」: the place must end in 村/社区 and nothing may follow the role)
        self._signed_place = re.compile(rf",([\u4e00-\u9fff]{{2,8}}(?:村|社区))(?:{roles})$")
        self._bracket = re.compile(rf"\((?:{roles})[^()]{{0,5}}\)")
        self._i_role = re.compile(rf"(?:我|俺)(?:{roles})")

    def role(self, text: str) -> tuple[str, tuple[str, ...]]:
        """("volunteer" | "resident", the words that decided it)."""
        for m in self._self_id.finditer(text):
            if not _NOT_SELF.search(m.group(1)):
                return VOLUNTEER, (m.group(),)
        m = self._byline.search(text, 0, self._byline_chars + 16)
        if m and (m[0][-1] in ", \t\n" and (not _PLACE_ONLY.match(text, 0, m.start())
                                              or _OTHERS_PLACE.match(text, 0, m.start()))
                  or _ABOUT_ROLE.search(text, 0, m.start())):
            m = None  # 「投诉花果峪村网格员，…」: a complaint about the role, no by-line
        if m and m.start() < self._byline_chars:
            if m[0][-1] == ":":
                return VOLUNTEER, (m.group(),)  # 「网格员：」 opens a cadre's message, whatever it is about
            third = self._third.search(text, m.end())
            if third:
                return VOLUNTEER, (m.group(), third.group())
        if self._act and (m := self._act.search(text)):
            return VOLUNTEER, (m.group().lstrip(",.;:!?。 \t\n"),)
        tail = _SIGNATURE_TAIL.search(text, max(0, len(text) - 64))  # a signature's tail is short
        signed = text[:tail.start()] if tail else text
        m = self._signature.search(signed, max(0, len(signed) - 16)) \
            or self._signed_place.search(signed, max(0, len(signed) - 16)) \
            or self._bracket.search(text, 0, self._byline_chars) or self._i_role.match(text)
        if m and not (m.lastindex and _NOT_PLACE.search(m.group(1) or "")):
            return VOLUNTEER, (m.group().strip(",.;:!?。—- \t\n()"),)
        header = _HEADER.match(text)
        if header and _FIRST_PERSON.search(header.group()):
            header = None  # 「我家在河西村 低保户 …」 is the writer's own
        if header and header[0][-1] != ":":
            return VOLUNTEER, (header.group(),)  # 「东塔村 李某 …」 names the person reported on
        ordinary = _OWN_HOUSEHOLD.search(text) or _SELF_RESIDENT.search(text)
        report = header or (self._report.search(text) if self._report and not ordinary else None)
        if report and (third := self._third.search(text, report.end() if header else 0)):
            return VOLUNTEER, (report.group(), third.group())
        return RESIDENT, ()
