"""Primary and secondary category from signals, with TAXONOMY's close-call rules.

Order of decision (each rule names itself in the evidence when it decides):
1. self-harm → mental, unless the person is 五保/特困 (→ destitute);
2. wrongdoing named (骗保, 人情保, a bribe, 不作为: a complaint phrase of
   weight >= 5) in a social-assistance context → complaint, unless the message
   is urgent (the writer's emergency is the primary need);
3. 五保/特困 named (not negated) → destitute ("whatever happened to them"),
   unless it is a pure question (a question cue and no need of the writer's own);
4. a question about social assistance with no need of the writer's own and no
   complaint wording → inquiry ("where is my application?" included);
5. too little evidence → inquiry if it asks about social assistance, else other;
   a long letter (LETTER characters or more) whose best category rests on
   topic words alone (学校, 老人, 医院) with no need anywhere is too little too:
   that is how city-level petitions read;
6. 错保 told as envy: complaint wording (weight >= ENVY) and a benefit named only as
   someone else's, with no need of the writer's own (「开大奔吃低保」) → complaint;
7. otherwise the highest score: the primary need (the lexicon weighs a concrete
   need, 房顶塌了一半 4.5, above the description of a person, 独居老人 / 80岁),
   then accident → temporary over medical; fire or disaster → temporary over
   housing; a complaint with no social-assistance context → other (a city
   grievance); a city grievance (other) yields to a social-assistance need
   when the writer asks for help with basic living (hardship words, urgency).
Secondary categories: up to three other needs scoring at least SECONDARY.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nlp.signals import Signals

NON_NEED = frozenset({"inquiry", "other", "complaint"})
MIN_SCORE = 2.0  # below this the best category is only a hint
NEED = 1.5  # need weight that makes a message a request rather than a question
SECONDARY = 3.0  # score of another need kept as a secondary category
WRONGDOING = 5.0  # a complaint phrase this heavy (骗保, 人情保, 不作为) makes a complaint
ENVY = 3.0  # complaint weight that, with no need of the writer's own, outweighs a benefit named (see decide)
LETTER = 150  # characters from which a message reads as a letter/petition
RULE_TEXT = {
    "self_harm": "规则:轻生→心理",
    "wrongdoing": "规则:违规行为→投诉",
    "destitute_status": "规则:五保/特困→特困",
    "inquiry": "规则:无困难的提问→咨询",
    "accident": "规则:事故→急难",
    "fire": "规则:火灾/灾害→急难",
    "lost": "规则:走失→流浪乞讨/走失",
    "swindle": "规则:正在被骗→急难",
    "city": "规则:非民政事项→其他",
    "basic_living": "规则:基本生活求助优先",
    "weak": "规则:无明确需求",
    "envy": "规则:他人不当享受待遇→投诉",
}


@dataclass(frozen=True)
class CategoryDecision:
    category: str
    secondary: tuple[str, ...]
    evidence: tuple[str, ...]


class CategoryScorer:
    """Decides categories from Signals (codes in TAXONOMY order break ties)."""

    def __init__(self, codes: Iterable[str]) -> None:
        self._order = {c: i for i, c in enumerate(codes)}

    def _words(self, sig: Signals, code: str, limit: int = 6) -> tuple[str, ...]:
        best: dict[str, float] = {}
        for weight, phrase in sig.evidence.get(code, []):
            best[phrase] = max(weight, best.get(phrase, 0.0))
        return tuple(p for p, _ in sorted(best.items(), key=lambda kv: -kv[1])[:limit])

    def _ranked(self, sig: Signals) -> list[tuple[str, float]]:
        items = [(c, s) for c, s in sig.scores.items() if s > 0 and c in self._order]
        return sorted(items, key=lambda cs: (-cs[1], self._order[cs[0]]))

    def _secondary(self, sig: Signals, primary: str) -> tuple[str, ...]:
        return tuple(c for c, s in self._ranked(sig) if c not in (primary, "inquiry", "other") and s >= SECONDARY)[:3]

    def _decision(self, sig: Signals, code: str, rule: str | None = None) -> CategoryDecision:
        if code == "inquiry":
            words: tuple[str, ...] = tuple(dict.fromkeys(sig.inquiry_words))[:6]
        elif code == "mental" and rule == "self_harm":
            words = tuple(dict.fromkeys(p for _, p in sig.self_harm_words)) + self._words(sig, code)
        else:
            words = self._words(sig, code)
        evidence = ((RULE_TEXT[rule],) if rule else ()) + tuple(dict.fromkeys(words))
        return CategoryDecision(code, self._secondary(sig, code), evidence)

    def decide(self, sig: Signals, *, urgent: bool, self_harm: bool, report: bool = False) -> CategoryDecision:
        """The category decision for the signals of one text (*report*: a volunteer's report)."""
        destitute = "destitute_status" in sig.rules
        # A volunteer's report is a request for someone else — unless it is only a question.
        has_need = urgent or sig.need >= NEED or (report and sig.inquiry < 3.0)
        if self_harm:
            return self._decision(sig, "destitute", "destitute_status") if destitute else \
                self._decision(sig, "mental", "self_harm")
        # Wrongdoing makes a complaint unless the writer's own need is an emergency now: the primary need is
        # the one most needing a solution (「人情保…俺家面袋子抖落干净了」 is food today first).
        if not urgent and sig.policy and any(w >= WRONGDOING for w, _ in sig.evidence.get("complaint", [])):
            return self._decision(sig, "complaint", "wrongdoing")
        if destitute and (has_need or sig.inquiry < 1.5):
            return self._decision(sig, "destitute", "destitute_status")
        if sig.inquiry >= 2.0 and sig.policy and not has_need and sig.scores.get("complaint", 0.0) < 4.0:
            return self._decision(sig, "inquiry", "inquiry")
        ranked = self._ranked(sig)
        topic_only = bool(ranked) and not sig.concrete.get(ranked[0][0]) and sig.chars >= LETTER
        if not ranked or (not has_need and (ranked[0][1] < MIN_SCORE or topic_only)):
            asks = sig.inquiry >= 1.5 and sig.policy
            return self._decision(sig, "inquiry" if asks else "other", "weak")
        if not has_need and sig.policy and ranked[0][0] not in NON_NEED and sig.scores.get("complaint", 0.0) >= ENVY:
            # 错保 told as envy: a benefit named only as someone else's (「开大奔吃低保」「支书他亲兄弟也吃上低保了」)
            # with complaint wording and no need of the writer's own.
            return self._decision(sig, "complaint", "envy")
        return self._refine(sig, ranked, urgent)

    def _refine(self, sig: Signals, ranked: list[tuple[str, float]], urgent: bool) -> CategoryDecision:
        primary = ranked[0][0]
        if primary == "medical" and "accident" in sig.rules:
            return self._decision(sig, "temporary", "accident")
        if primary == "housing" and "fire" in sig.rules:
            return self._decision(sig, "temporary", "fire")
        if primary == "complaint" and not sig.policy:
            return self._decision(sig, "other", "city")
        if primary == "other" and (urgent or sig.hardship >= 2.0):
            needs = [(c, s) for c, s in ranked if c not in NON_NEED and s >= MIN_SCORE]
            if needs:
                return self._decision(sig, needs[0][0], "basic_living")
        return self._decision(sig, primary)
