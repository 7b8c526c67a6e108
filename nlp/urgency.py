"""Urgency (急难) and self-harm decisions from collected signals.

* Self-harm: the self-harm weight (means weigh more than feelings) reaches its
  threshold → self_harm=True and urgent, whatever hedges say.
* Otherwise urgent when the urgent weight reaches the threshold, unless the
  writer says it is not urgent (calm hedge: 不急, 有空再说), that it was a joke or
  a test (开玩笑) or that it is over (resolved hedge: 已经解决) — except that urgent words
  after a turn that follows a calm hedge (「不急 … 就是从前天就没开火了」) count on their own, and
  that a calm or joke hedge cannot silence urgent words weighing ``hedge_limit`` thresholds or more
  (an emergency told in full: 「不急哈 … 中风 … 先交两万押金 … 今天不交齐就只能保守治疗」).  The lexicon alone
  cannot tell a scary word from an emergency told with 「不急」; nlp/combine.py
  lets the model overrule a calm hedge.  Negated phrases and phrases in a past-tense
  clause were already left out by signals.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from nlp.signals import Signals


@dataclass(frozen=True)
class UrgencyDecision:
    urgent: bool
    self_harm: bool
    evidence: tuple[str, ...]  # what decided it; the cancelling hedge/negation when not urgent


def _top(words: list[tuple[float, str]], limit: int = 6) -> tuple[str, ...]:
    """Distinct phrases, heaviest first."""
    seen: dict[str, float] = {}
    for weight, phrase in words:
        seen[phrase] = max(weight, seen.get(phrase, 0.0))
    return tuple(p for p, _ in sorted(seen.items(), key=lambda kv: -kv[1])[:limit])


def decide_urgency(sig: Signals, *, threshold: float, self_harm_threshold: float,
                   hedge_limit: float = float("inf")) -> UrgencyDecision:
    """Urgent / self-harm, with the words that decided it.

    *hedge_limit*: urgent weight, in multiples of *threshold*, that a calm or joke hedge cannot silence."""
    if sig.self_harm >= self_harm_threshold:
        return UrgencyDecision(True, True, ("轻生/自伤",) + _top(sig.self_harm_words + sig.urgent_words))
    if sig.urgent < threshold:
        near_miss = sig.urgent + sum(w for w, _ in sig.cancelled) >= threshold
        return UrgencyDecision(False, False, _top(sig.cancelled) if near_miss else ())
    hedges = sig.calm + sig.joke + sig.resolved
    if hedges and not sig.resolved and (sig.after_calm_turn >= threshold or sig.urgent_signs >= hedge_limit * threshold):
        # 「不急哈 … 就是俺家从前儿个就没开火了」: the hedge is modesty before the matter, not about it;
        # and an emergency told in full (two strong signs) is urgent whatever the hedge says
        return UrgencyDecision(True, False, _top(sig.urgent_words) + (f"虽称“{hedges[0]}”",))
    if hedges:
        return UrgencyDecision(False, False, tuple(dict.fromkeys(hedges)))
    return UrgencyDecision(True, False, _top(sig.urgent_words))
