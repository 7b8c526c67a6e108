"""Reporter role: a volunteer's third-person report, or a resident's own request.

Volunteer when the writer identifies as a grid worker, cadre, village doctor,
楼长, social worker or registered volunteer (「我是常州村网格员」「作为村医」), or
the message opens with such a role as a by-line (「网格员报告：」「村医巡诊发现」)
and is about someone else.  Everyone else — neighbours, teachers, passers-by,
people complaining *about* a grid worker — is a resident (TAXONOMY).
"""
from __future__ import annotations

import re

from nlp.lexicon import RoleLexicon

VOLUNTEER, RESIDENT = "volunteer", "resident"
# Words that, between 「我是」 and the role, show the writer is not the role
# (「我是常州村村民，村委会…」, 「我是低保户」).
_NOT_SELF = re.compile(r"村民|居民|群众|户|家属|老人|患者|病人|孩子|母亲|父亲|儿子|女儿|邻居")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


class RoleFinder:
    """Decides the reporter role of a normalised text."""

    def __init__(self, lex: RoleLexicon) -> None:
        roles = _alt(lex.roles)
        self._self_id = re.compile(rf"(?:{_alt(lex.self_markers)})([^。!?;\n,]{{0,{lex.self_gap}}}?)(?:{roles})")
        self._byline = re.compile(rf"(?:{roles})[^。!?;\n]{{0,12}}?(?:{_alt(lex.report_verbs)}|:)")
        self._byline_chars = lex.byline_chars
        self._third = re.compile(_alt(lex.third_person))

    def role(self, text: str) -> tuple[str, tuple[str, ...]]:
        """("volunteer" | "resident", the words that decided it)."""
        for m in self._self_id.finditer(text):
            if not _NOT_SELF.search(m.group(1)):
                return VOLUNTEER, (m.group(),)
        m = self._byline.search(text, 0, self._byline_chars + 16)
        if m and m.start() < self._byline_chars:
            third = self._third.search(text, m.end())
            if third:
                return VOLUNTEER, (m.group(), third.group())
        return RESIDENT, ()
