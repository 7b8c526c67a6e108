"""Lexicon and model together: the lexicon's rules stay hard, the model fills its gaps.

Category.  Hard rules decide alone: self-harm (→ mental, or destitute for a
五保/特困 person), wrongdoing named (→ complaint), 五保/特困 status
(→ destitute).  Otherwise every category c gets

    log P_model(c) + vote · [c is the lexicon's choice] + score · lexicon_score(c) / best lexicon score

(``weak_vote`` replaces ``vote`` when the lexicon only fell back to
other/inquiry for lack of evidence), the best wins, and TAXONOMY's close calls
still apply to it (an accident → temporary, a fire → temporary).

Urgency.  Self-harm is always urgent; the lexicon's urgent stays urgent; a
resolved hedge (已经解决) still cancels; otherwise the message is urgent when

    P_model(urgent) + partial · min(lexicon urgent weight / lexicon threshold, 1) >= threshold

(``negated_threshold`` instead when the lexicon saw an urgent phrase negated
or in the past: 「没有生命危险」, unless a turn into a new danger follows it: 「没着火 就是房顶
掀了」; ``calm_threshold`` when the writer said 不急
or 开玩笑),
i.e. the model plus the urgent words that were too weak for the lexicon alone
(瘫痪, 独居).  A calm hedge silences scary words, not an emergency: the model has
read the 「不急」 too, and where it alone still finds the message more likely urgent
than not (0.5), the situation outweighs the writer's modesty.  With ``quiet`` the model
alone never makes a message urgent whose final category is not a need
(inquiry, other, complaint): TAXONOMY's inquiry has "no hardship of its own",
and not one tuning row of those categories is urgent, while the model's
false alarms gather there (「家里的顶梁柱没了」 style wording in a question).
The lexicon's own urgency (and self-harm) is not affected.

The numbers are chosen by cross-validation on the tuning data
(benchmarks/triage_cv.py) and travel in the model file.  When the model
decides, the evidence says so: 「模型：与“米缸见底/没人管”相似（0.83）」.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from nlp.model import Prediction, TextModel
from nlp.scoring import RULE_TEXT, CategoryDecision
from nlp.signals import Signals
from nlp.urgency import UrgencyDecision

HARD_RULES = frozenset({"self_harm", "wrongdoing", "destitute_status"})
NON_NEED = ("inquiry", "other")
QUIET = frozenset({"inquiry", "other", "complaint"})  # the model alone never makes these urgent (``quiet``)


@dataclass(frozen=True)
class Settings:
    vote: float = 1.5
    weak_vote: float = 0.0
    score: float = 1.0
    partial: float = 0.3
    threshold: float = 0.34
    negated_threshold: float = 0.9
    calm_threshold: float = 0.5
    quiet: bool = False
    # A long message is also read sentence window by window (nlp/triage.py), and one window makes it urgent at
    # this bar: a letter's emergency sits between its story and its courtesies.  Chosen on the tuning rows
    # (CV.md, thirteenth pass): at 0.6 one calm row of 8,000 turns urgent, at 0.5 three, at 0.4 eight.
    window_threshold: float = 0.6
    # A message that opens or closes with another matter (a question about something else, thanks for last
    # time, an introduction) around an emergency: read whole, the other matter outweighs it (「请问低保年审什么时候
    # 开始？另外，房子着了 俺爹还在里屋」 lost 382 of 7,241 caught urgent tuning rows).  Where the whole reading is at
    # least ``part_gate`` alarming (a tenth of the city messages), the model also reads the message without its
    # questions and thanks, at ``calm_threshold`` (more likely urgent than not), and from its second, third and
    # fourth sentence on, at ``window_threshold`` (nlp/triage.py ``_by_parts``).  Chosen on the tuning rows (CV.md,
    # eighteenth pass): at these bars no calm tuning row and no city message turns urgent.
    part_gate: float = 0.1
    # Below ``part_gate`` read whole, a closing question about applying (「…能不能申请低保？」) may still hide an
    # emergency: the model learned such questions from calm applications (a dialysis about to stop read 0.71 urgent,
    # and 0.03 with 「像我们这种情况能不能申请低保？」 after it).  The message is then read without the question, at this
    # bar: the calm applications' own stories read at most 0.66 (CV.md, nineteenth pass).
    # The same bar reads the sentences after one that closes a matter (「我的腿已经好了。」), from the first not told in
    # its time: calm follow-ups tell how well it ended and read at most 0.63 (「暖气已经修好了。屋里现在二十度，老人也不
    # 冷了。」); emergencies only the model tells were all silenced before (CV.md, twenty-third pass).
    apply_threshold: float = 0.7


@dataclass(frozen=True)
class LexiconView:
    """What the lexicon alone found and decided for one cleaned text."""

    clean: str
    signals: Signals
    urgency: UrgencyDecision
    category: CategoryDecision
    rule: str | None  # the scoring rule that decided the category, if any
    reporter: str
    urgent_threshold: float  # the lexicon's own urgent threshold
    slips: Mapping[str, str] = field(default_factory=dict)  # phrase read through a slip -> as staff see it: 向死（想死）


def model_text(model: TextModel, text: str, pred: Prediction, code: str, p: float) -> str:
    """「模型：与“…”相似（0.83）」 for the evidence line."""
    words = "/".join(model.explain(text, pred, code)) or "训练样本"
    return f"模型：与“{words}”相似（{p:.2f}）"


def combined_category(view: LexiconView, pred: Prediction, s: Settings) -> str:
    """The winning category code (before the close-call rules)."""
    lex = view.category.category
    if view.rule in HARD_RULES:
        return lex
    scores = view.signals.scores
    top = max([v for c, v in scores.items() if c in pred.category] + [0.0])
    vote = s.weak_vote if view.rule == "weak" else s.vote

    def total(code: str) -> float:
        lexical = s.score * scores.get(code, 0.0) / top if top > 0 else 0.0
        return math.log(max(pred.category[code], 1e-9)) + (vote if code == lex else 0.0) + lexical
    # A need of the writer's own told without a single question cue (「我要申请低保」) is a request:
    # TAXONOMY's inquiry is a question, so the model may not make it one.
    asks = view.signals.inquiry > 0 or view.signals.need <= 0
    return max((c for c in pred.category if asks or c != "inquiry"), key=total)


def close_calls(code: str, sig: Signals, urgent: bool) -> tuple[str, str | None]:
    """TAXONOMY's close calls on the combined choice: accident → temporary, fire → temporary, someone of the family lost
    → vagrant while the lexicon finds it *urgent* (走失 is TAXONOMY's word for it; a question about it stays `inquiry`), a
    swindle as it happens → temporary where the model read the victim's fear as `mental` (no crisis lines for it) or
    found no need (`other`)."""
    if code == "medical" and "accident" in sig.rules:
        return "temporary", "accident"
    if code == "housing" and "fire" in sig.rules:
        return "temporary", "fire"
    if code in ("mental", "other") and "swindle" in sig.rules and urgent and not sig.self_harm:
        return "temporary", "swindle"
    if code == "other" and "lost" in sig.rules and urgent:
        return "vagrant", "lost"  # (「我们家老人走丢那事 找到了 … 谢谢你们帮着转发」 is thanks: `other`)
    return code, None


def decide_category(model: TextModel, view: LexiconView, pred: Prediction, s: Settings) -> CategoryDecision:
    """The final category decision, with evidence (the model's when it overruled the lexicon)."""
    lex = view.category
    code, rule = close_calls(combined_category(view, pred, s), view.signals, view.urgency.urgent)
    if code == lex.category:
        return lex
    words = tuple(p for _, p in sorted(view.signals.evidence.get(code, []), key=lambda wp: -wp[0]))
    evidence = ((RULE_TEXT[rule],) if rule else ()) + (model_text(model, view.clean, pred, code, pred.category[code]),)
    secondary = tuple(c for c in (lex.category, *lex.secondary) if c != code and c not in NON_NEED)[:3]
    return CategoryDecision(code, secondary, evidence + tuple(dict.fromkeys(words))[:5])


def urgent_score(view: LexiconView, p_urgent: float, s: Settings, category: str | None = None) -> tuple[bool, float]:
    """(urgent?, combined score) where the lexicon alone said not urgent.

    *category*: the final category code; with ``s.quiet`` a non-need category is never urgent here."""
    sig = view.signals
    if sig.resolved or (s.quiet and category in QUIET):
        return False, 0.0
    # (a time word cancelled by its clause — 「今晚十二点以后」 — is no negated danger: it does not raise the bar)
    negated = any(w > 1.0 for w, _ in sig.cancelled)
    bar = s.negated_threshold if negated and not sig.turned else s.threshold
    if sig.calm or sig.joke:  # the hedge speaks against the urgent words: the model alone may overrule it
        return p_urgent >= max(bar, s.calm_threshold), p_urgent
    score = p_urgent + s.partial * min(sig.urgent / view.urgent_threshold, 1.0)
    return score >= bar, score


def decide_urgent(model: TextModel, view: LexiconView, pred: Prediction, s: Settings,
                  category: str | None = None) -> UrgencyDecision:
    """The final urgency decision: the lexicon's, or the model's (with weak urgent words) where it said no.

    *category*: the final category code (see ``quiet``)."""
    lex = view.urgency
    if lex.urgent:
        return lex
    urgent, score = urgent_score(view, pred.urgent, s, category)
    if not urgent:
        return lex
    words = tuple(dict.fromkeys(p for _, p in sorted(view.signals.urgent_words, key=lambda wp: -wp[0])))
    hedges = view.signals.calm + view.signals.joke
    modest = (f"虽称“{hedges[0]}”",) if hedges else ()  # the caseworker sees that a hedge was overruled
    return UrgencyDecision(True, False, (model_text(model, view.clean, pred, "urgent", min(score, 1.0)),)
                           + words[:4] + modest)
