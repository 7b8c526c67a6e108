"""Turn phrase and pattern hits into weighted signals: nesting, negation and past tense applied.

* Nesting: a hit lying inside a longer hit adds only the entries whose group
  the longer one lacks (「独居老人」 counts once for elderly, but 「纳入低保」
  (a request) does not hide the topic word 低保 inside it); a shadow phrase
  (「火灾隐患」) hides everything inside it.
* Repetition: each phrase counts once per group, however often it occurs.
* Negation: a negator right before a negatable phrase cancels it
  (「没有生命危险」「不是五保」), except in an A-not-A question (「是不是」「有没有」).
* A-not-A: a phrase that begins with 没有 right after 有 is the question
  「有没有钱」「有没有人管」, not the lack itself: its need, hardship and
  urgent entries do not count (dev_tune_more3).
* Mild: a clause that plays its own matter down (「房子还行」「天天凑合」
  「有空帮忙问问」) loses its urgent phrases, and only its own: unlike a calm
  hedge (「不急」), it says nothing of the rest of the message, where
  「老人三天没吃饭了」 still counts.
* Not now: in a clause that speaks of another time — the past (「去年」
  「以前」), habits (「平时」「暑假」) or the future (「以后」「怕」) — urgent
  phrases do not count, and category need phrases count half and are not a
  current need.  Unless the clause also says the matter goes on until now
  (「从上周就没吃的了」「上个月起瘫在床上，到现在也没人管」): a hardship that
  began in the past and lasts is today's.
* A fire put out (「火灭了」) resolves nothing in a message that tells a night without a roof (「今晚不知道睡哪」), nor a
  roof found (「现在挤在邻居家」) in one that tells hunger now: the one danger is over, the other is not.
* A story, then now: from a past time (「前年」「2019年」) to the clause of the next word of now (「现在」「这两天」
  「前天」), urgent phrases are that time's story, neither counted nor a danger denied: long letters tell a family's
  history first (「我老头子前年脑出血 在ICU躺了十二天 医生都下了病危了 现在半边身子不利索」 in a complaint about
  favouritism).  With no word of now the writer has not said where the story ends, and only the clause rule applies.
* Past and over: self-harm talk counts in every clause, except news of someone
  else's past attempt — a past clause, or a sentence told from a year or a while ago (``_long_ago``), naming another
  person, when the message says they came through (「我老公去年冬天喝农药被救过来了 现在挺好」「上个月喝药的那个小伙子 现在出院
  了 人挺好的」) or the phrase ends in a death (「前夫前年上吊没了」).  The writer's own past talk still counts, also when the
  writer is named after the other person (「我老伴没了那阵子 我一时想不开…」): a caseworker, not a hedge, decides that their
  danger has passed.
* News: in a clause told from the news or a video (「看新闻说有个弃婴…」「刷到新闻说有人跳楼了」), and in the clause
  after it when that tells the story or goes on with someone far away (``_news_scope``), urgent
  and self-harm phrases are somebody else's story and do not count; the writer's own words in another
  clause still do (dev_tune_more17; every tuning row framed as news is not urgent).  They are no danger the
  writer denied either (they raised the model's bar: 「前两天看新闻说有个老人冻死了，」 before a caught urgent
  tuning row silenced 879 of 7,241), and a message that opens with the news has the model judge the urgency of
  what follows it (``story_end``); the story's cold does not spoil warm weather.
* Warm weather: rough-sleeping phrases do not count in a message that speaks of warm weather and names
  no cold and no child (urgency.toml [warm]; LABELLING.md: sleeping rough in warm weather and well).
* Resolved, then a turn: a resolved hedge (「已经解决了」「火灭了」) speaks for the whole message,
  unless a later clause opens with a turn (「可是」「但是」「这回」「今晚」): 「老人找着了 可是冻得不行
  家里没人」 is a new danger, so an urgent phrase after the turn counts afresh and those before
  it count as past (spec probes).  So does the next sentence when the hedge's own sentence names
  the matter it closes: 「上次低保的事已经解决了,谢谢。老人三天没吃饭了」 thanks for an old matter before
  telling a new one (a metamorphic probe: that thank-you silenced 3,749 urgent tuning rows).  A turn with
  no urgent phrase after it (「已经解决了，就是想反映一下」) changes nothing.  Likewise a negated or past urgent phrase before such a turn
  (「没着火 也没人伤着 就是刚才…房顶掀了一半」) does not raise the model's bar (nlp/combine.py),
  and a calm hedge before such a turn (「不急哈 等你们有空再说 就是俺家从前儿个就没开火了」) does not
  silence what follows it when that alone reaches the urgent threshold (nlp/urgency.py).
* An old matter closed: a resolved hedge in clauses that open in an earlier time (「上回老伴犯病抢救过来了。」
  「以前俺娘也病过，已经好了。」) closes only them when the rest tells something: told first, the model judges the
  urgency of what follows alone (``story_end``), and the old matter's own urgent words are over, not a danger denied;
  elsewhere, when an urgent or self-harm phrase lies outside them (a metamorphic probe: that sentence before a
  caught urgent tuning row silenced 5,778 of 7,241, now 12).  After the message it must name its matter
  (「上回低保的事已经解决了。」): a bare 「上次的事」 speaks of what was just told, and so does a report's 「上次反映的…」.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from nlp import lexicon as lx
from nlp.matcher import Hit, RegexSet
from nlp.normalize import CLAUSE_SPLIT, SENTENCE_END

_WINDOW = 6  # characters before a phrase searched for a negator
PAST_FACTOR = 0.5
_NO_WARM = lx.Warm()
SCOPE = 12  # characters on each side of a clause-scoped hedge (not now, mild) that it speaks of
_SURVIVOR_SPAN = 24  # characters before a past self-harm phrase searched for the one it happened to
_WRITER = re.compile(r"我|俺")
_WRITER_SUBJECT = re.compile(r"(?:我|俺)(?![们家的])")


# A round of visits, all well but one: 「老赵老钱在敬老院都好着呢 … 就刘德顺不对 昨天挂门把手上的饭今天还原样挂着」
# (dev_tune_more146).  The one named opens what follows, as a turn does; 就 alone does not (「…好好的,就想问问…」).
_ONE_NOT_RIGHT = r"就(?=[^,.;!?。]{1,5}?(?:不对|不大对|不太对))"
# A pupil named by her year or age before the word for her (「上个月那个跳河的初二女孩」, dev_tune_more152).
_GRADE = r"初[一二三]|高[一二三]|[一二三四五六]年级|[0-9一二三四五六七八九十]{1,3}岁"
_SURNAME = "[李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎常武乔贺龚]"  # common surnames


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of literal *words*, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


class Found(NamedTuple):
    """A phrase or pattern match with what it contributes (a tuple: cheaper than a dataclass)."""

    phrase: str
    start: int
    end: int
    entries: tuple[lx.Entry, ...]


@dataclass
class Signals:
    """Everything the decisions need, accumulated from the hits of one text."""

    chars: int = 0  # length of the text
    scores: dict[str, float] = field(default_factory=dict)
    concrete: dict[str, float] = field(default_factory=dict)  # per category: need/request/status weight
    evidence: dict[str, list[tuple[float, str]]] = field(default_factory=dict)
    need: float = 0.0  # category need phrases + hardship words (a request, not a question)
    hardship: float = 0.0  # hardship words only (没钱, 困难, 揭不开锅 ...)
    inquiry: float = 0.0
    inquiry_words: list[str] = field(default_factory=list)
    policy: bool = False  # names social assistance at all (民政, 救助, a social category's phrase)
    rules: set[str] = field(default_factory=set)
    urgent: float = 0.0
    urgent_words: list[tuple[float, str]] = field(default_factory=list)
    self_harm: float = 0.0
    self_harm_words: list[tuple[float, str]] = field(default_factory=list)
    calm: list[str] = field(default_factory=list)
    joke: list[str] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)
    cancelled: list[tuple[float, str]] = field(default_factory=list)  # negated / past urgent phrases
    told: list[str] = field(default_factory=list)  # urgent phrases of the news or an old matter told first (no bar)
    turned: bool = False  # an urgent phrase follows a turn after the last cancelled one (see the docstring)
    after_calm_turn: float = 0.0  # urgent weight after a turn that follows the last calm / joke hedge
    calm_turn: int = -1  # where that turn starts, or -1
    fresh: int = -1  # where the sentences after a closed matter begin (the model reads from there), or -1
    # where a message that opens with the news (「前两天看新闻说有个老人冻死了，」), an old matter closed (「上回老伴
    # 犯病抢救过来了。」) or another time (「去年你们给俺家办过临时救助。」) goes on, or -1: the model judges the urgency
    # of what follows (quiet if that alone is chatter), and the category of it all
    story_end: int = -1
    # where a turn after a resolved hedge opens what may be a new matter (「我的腿已经好了，但是…」), or -1: the hedge
    # still speaks for the whole message, but the model may read what follows the turn alone (nlp/triage.py)
    reopened: int = -1
    reopened_by_sentence: bool = False  # ... opened by a later sentence, with no turn (read at a higher bar)
    # where a last sentence that closes an old matter or someone else's begins (「…请尽快联系人来。上回老伴犯病抢救过来
    # 了。」), or -1: the model reads the message without it
    closing: int = -1
    urgent_signs: float = 0.0  # urgent weight with overlapping phrases (米缸见底 / 见底了) counted once, the heaviest;
    # set only when a calm / joke hedge is present


class SignalCollector:
    """Collects Signals from the hits of the lexicon matcher and patterns."""

    def __init__(self, entries: Mapping[str, tuple[lx.Entry, ...]], patterns: Iterable[lx.Pattern],
                 negators: Iterable[str], gap: Iterable[str],
                 news_others: Iterable[str] = (), news_deaths: Iterable[str] = (),
                 turns: Iterable[str] = (), warm: lx.Warm = _NO_WARM, found: Iterable[str] = (),
                 ends_one_danger: Iterable[tuple[str, str]] = (),
                 char_weight: Callable[[str], float] | None = None, cache_dir: Path | None = None) -> None:
        self._entries = entries
        self._patterns = tuple(patterns)
        # Only the patterns whose needed strings a text has are searched, piece by piece (matcher.RegexSet): most of
        # the ~200 patterns, for most texts, are not searched at all.
        self._regex_set = RegexSet((p.source for p in self._patterns), char_weight, cache_dir)
        self._negation = re.compile(rf"(?:{_alt(negators)})(?:{_alt(gap)})?$")
        # News of someone else's past attempt (see the module docstring); an empty list matches nothing.
        # (「@所有人」 is everyone, not 有人 someone: in a group chat's mention it made the writer's own past talk news)
        # (nor is the one the writer writes for: 「我是替我妈发的，…要是喝农药死了…」 is the mother's own talk)
        self._other_person = re.compile(rf"(?<![替帮代][我俺])(?:{_alt(news_others)})".replace("有人", "(?<!所)有人")
                                        if news_others else r"(?!x)x")
        # ... or named right after it, as the one who did it (「上个月西塔村喝药的那个小伙子 现在出院了」).
        # (「上个月喝药那个小伙子」 names him without 的: dev_tune_more110; 「去年闹着要跳河那小伙」 without 个: more124)
        # (and a pupil by her year or age: 「上个月那个跳河的初二女孩」, dev_tune_more152; and after the rescue, 「去年喝药被救回来的
        # 那个孩子」: 3 calm tuning rows, no urgent one, dev_tune_more226; and by what she is, 「喝农药被救回来的留守媳妇」, more230;
        # and by her surname, 「上个月那个因为被骗喝药的李大娘 抢救过来以后…」, more245)
        self._other_after = re.compile(rf"(?:被(?:抢救|救|劝)(?:回来|过来|下来|上来)?)?(?:了)?(?:的(?:那个|那位|这个)?|那个|那位|那)(?:{_GRADE})?(?:留守|外地|外来|独居|年轻|{_SURNAME})?(?:{_alt(news_others)})" if news_others
                                       else r"(?!x)x")
        # After a comma only an unmistakable death: 「说要跳河,走了」 is a threat and a disappearance.
        self._died = re.compile(rf"了?(?:{_alt(news_deaths)})|,(?:没救过来|没抢救过来|人没了|去世了|过世了)"
                                if news_deaths else r"(?!x)x")
        self._warm = warm
        self._outdoors = re.compile(warm.outdoors)
        # 可 opens a turn, 可以 / 可能 do not.
        self._turn = re.compile(rf"(?:^|(?<=[,.;!?。:\n]))(?:{_alt(turns)}|{_ONE_NOT_RIGHT})(?![以能怜否])" if turns
                                else r"(?!x)x")
        self._found = frozenset(found)  # resolved hedges that close a search only (urgency.toml [hedges] found)
        # resolved hedges that end one danger, and the urgent phrases of another they leave (urgency.toml [hedges])
        self._ends_one_danger = tuple((re.compile(ends), re.compile(leaves)) for ends, leaves in ends_one_danger)

    def negator_before(self, text: str, start: int) -> str | None:
        """The negator ending right before *start* (same clause), if it is a real negation."""
        window = CLAUSE_SPLIT.split(text[max(0, start - _WINDOW):start])[-1]
        m = self._negation.search(window)
        if m is None:
            return None
        at = start - len(window) + m.start()  # where the negator starts in text
        if at > 0 and at + 1 < len(text) and text[at - 1] == text[at + 1]:
            return None  # A-not-A question: 是不是, 有没有, 急不急
        return m.group()

    def found(self, text: str, hits: Iterable[Hit]) -> list[Found]:
        """Literal hits and pattern matches, ordered by start then longest first."""
        entries = self._entries
        out = [Found(h.phrase, h.start, h.end, entries[h.phrase]) for h in hits]
        patterns, gates = self._patterns, self._regex_set.gates
        for i in self._regex_set.matching(text, set(text)):  # (in the patterns' order: ties in the sort keep it)
            entries = patterns[i].entries  # (the gate's regex: compiled once, when first matched)
            out += [Found(m.group(), m.start(), m.end(), entries) for m in gates[i].regex.finditer(text)]
        return sorted(out, key=lambda f: (f.start, -f.end))

    def _named_before(self, text: str, at: int) -> bool:
        """Whether another person is named in the sentence just before *at*, the one whose past attempt the phrase
        tells; or further back (「那个寡妇王姐 上个月因为婆家分地的事想不开喝过农药」, dev_tune_more104) with the writer
        not named after them (「俺哥前年走了以后家里就剩俺自己 俺一时想不开…」 tells the writer's own past)."""
        near = max((m.end() for m in self._other_person.finditer(text, _in_sentence(text, at - SCOPE, at), at)), default=-1)
        if near >= 0 and not _WRITER_SUBJECT.search(text, near, at):
            return True  # (not when the writer follows them: 「我老伴没了那阵子 我一时想不开喝过农药」 is the writer's own)
        last = max((m.end() for m in self._other_person.finditer(text, _in_sentence(text, at - _SURVIVOR_SPAN, at),
                                                                   at - SCOPE)), default=-1)
        return last >= 0 and not _WRITER.search(text, last, at)

    def collect(self, text: str, hits: Iterable[Hit]) -> Signals:
        """Signals of *text* from its phrase *hits* (and the lexicon's patterns)."""
        sig = Signals(chars=len(text))
        found = self.found(text, hits)
        for ends, leaves in self._ends_one_danger:
            if any(leaves.search(f.phrase) and any(e.kind == lx.URGENT for e in f.entries) for f in found):
                # such an end resolves nothing in a message that tells the other danger (a fire put out, and no roof
                # for tonight)
                found = [f for f in found if not (ends.search(f.phrase)
                                                  and all(e.kind == lx.HEDGE_RESOLVED for e in f.entries))]
        past = _past_scopes(_clauses_with(text, found, lx.HEDGE_NOT_NOW), _clauses_with(text, found, lx.HEDGE_ONGOING))
        runs = _story_runs(text)
        mild = [scope for _, scope, _ in _clauses_with(text, found, lx.HEDGE_MILD)]
        news_clauses = _clauses_with(text, found, lx.HEDGE_NEWS)
        news = [_news_scope(text, clause, scope) for clause, scope, _ in news_clauses]
        (closed, sig.fresh, sig.story_end, sig.reopened, sig.reopened_by_sentence,
         sig.closing) = self._closed_by_resolution(text, found)
        # (an old matter closed says nothing of who came through in the rest: 「上回老伴犯病抢救过来了。」; it speaks
        # only for its own clauses: 「前年俺儿子误吃了耗子药 抢救过来了 …就是…」)
        came_through = [f.start for f in found if any(e.kind == lx.HEDGE_SURVIVED for e in f.entries)]
        survived_in = [(a, b) for a, b in closed or () if any(a <= at < b for at in came_through)]
        survived = any(not (closed and any(a <= at < b for a, b in closed)) for at in came_through)
        if sig.fresh < 0 and sig.story_end < 0:
            sig.story_end = _story_told_first(text, found, news_clauses, news, past)
            if 0 <= sig.closing <= sig.story_end:
                sig.story_end = -1  # (a story first, then only a sentence that closes another matter: nothing follows)
        warm = self._warm.applies(text[max(sig.story_end, 0):])  # (the cold of the news story is not today's)
        active: list[Found] = []  # earlier hits that may contain the current one
        counted: set[tuple[str, tuple[str, str, str]]] = set()
        last_cancel, last_calm = -1, -1  # where the last cancelled phrase starts, the last calm / joke hedge ends
        urgent_at: list[tuple[int, int, float]] = []  # (start, end, weight) of the counted urgent phrases
        for hit in found:
            cancelled_before, urgent_before = len(sig.cancelled), sig.urgent
            active = [a for a in active if a.end >= hit.end]
            covered = {e.group for a in active for e in a.entries}
            if any(g[0] == lx.SHADOW for g in covered):
                if (lx.SHADOW, lx.FIGURE, "") in covered:
                    # an alarm word inside a figure of speech (「穷得都快揭不开锅了」) is cancelled like a negated
                    # one: the model, which reads the alarm word alone, must clear the higher bar (nlp/combine.py)
                    sig.cancelled += [(e.weight, hit.phrase) for e in hit.entries
                                      if e.kind in (lx.URGENT, lx.SELF_HARM)]
                continue
            negator = self.negator_before(text, hit.start) if any(e.negatable for e in hit.entries) else None
            if negator and negator.startswith("没") and "没" in hit.phrase:
                # 没 before a phrase that has its own 没 is no double negative but the end of the clause before it,
                # its comma lost: 「家里饭没有 两天没吃」 glued to 「家里饭没有两天没吃」 (dev_tune_more36)
                negator = None
            in_run = any(a <= hit.start < b for a, b in runs)
            in_past = any(a <= hit.start < b for a, b in past)
            in_mild = any(a <= hit.start < b for a, b in mild)
            in_news = any(a <= hit.start < b for a, b in news)
            asked = hit.start > 0 and text[hit.start - 1] == "有" and hit.phrase.startswith("没有")
            # 「这种情况算不算急难？」「急不急」「着急不着急」「是不是急事」: asking whether it is urgent (A-not-A) is no calm hedge
            # (read as one, 「算不算急难？」 after a caught urgent tuning row silenced 1,085 of 7,241)
            questioned = hit.phrase[:1] == "不" and any(  # (「着急不着急」: the A two characters long)
                k <= hit.start and text[hit.start - k:hit.start] == text[hit.start + 1:hit.start + 1 + k] for k in (1, 2))
            for entry in hit.entries:
                if closed is not None and entry.kind == lx.HEDGE_RESOLVED:
                    continue  # the resolution reaches only to the turn
                if closed is not None and entry.kind == lx.URGENT and any(a <= hit.start < b for a, b in closed):
                    if hit.start < sig.story_end or 0 <= sig.closing <= hit.start:
                        # an old matter told first, or last: over, and no danger denied either
                        sig.told.append(hit.phrase)
                    else:
                        sig.cancelled.append((entry.weight, hit.phrase))  # resolved; only the new matter counts
                    continue
                key = (hit.phrase, entry.group)
                if entry.group in covered or key in counted:
                    continue
                if asked and (entry.need or entry.kind in (lx.URGENT, lx.HARDSHIP)):
                    continue
                if entry.kind == lx.HEDGE_JOKE and _testing_first(text, hit.start, found):
                    continue
                if entry.kind == lx.HEDGE_CALM and (
                        questioned or _OFFICIALS_SAY.search(text, max(0, hit.start - _SAYER_SPAN), hit.start)
                        or _OTHER_MATTER_WAITS.search(text, max(0, hit.start - _SAYER_SPAN), hit.start)
                        or _in_another_matter(text, hit.start)):
                    continue
                if entry.kind == lx.SELF_HARM and (
                        survived or any(a <= hit.start < b for a, b in survived_in) or self._died.match(text, hit.end)) \
                        and (in_past or _long_ago(text, hit.start)) \
                        and (self._named_before(text, hit.start) or self._other_after.match(text, hit.end)):
                    sig.cancelled.append((entry.weight, hit.phrase))
                    continue
                if in_run and entry.kind == lx.URGENT and not in_past:
                    sig.told.append(hit.phrase)  # a story of another time, told before the writer says how it is now
                    continue
                if in_news and entry.kind in (lx.URGENT, lx.SELF_HARM):
                    sig.told.append(hit.phrase)  # somebody else's story: neither counted nor a danger denied
                    continue
                if warm and entry.kind == lx.URGENT and self._outdoors.fullmatch(hit.phrase):
                    sig.cancelled.append((entry.weight, hit.phrase))
                    continue
                if entry.negatable and negator is not None:
                    if entry.kind in (lx.URGENT, lx.SELF_HARM):
                        sig.cancelled.append((entry.weight, negator + hit.phrase))
                    continue
                counted.add(key)  # (only here: a phrase cancelled in the news or negated may count where it recurs)
                if entry.kind == lx.URGENT and in_past and (hit.start < sig.story_end or _STILL_IF.search(text, 0, hit.start)):
                    sig.told.append(hit.phrase)  # a story of another time told first: no danger denied (nor by 要是再没人管)
                    continue
                _add(sig, entry, hit.phrase, in_past, in_mild)
            active.append(hit)
            if len(sig.cancelled) > cancelled_before and hit.start >= sig.fresh:
                last_cancel = hit.start  # (what a closed matter left behind does not raise the model's bar)
            if sig.urgent > urgent_before:
                urgent_at.append((hit.start, hit.end, sig.urgent - urgent_before))
            if any(e.kind in (lx.HEDGE_CALM, lx.HEDGE_JOKE) for e in hit.entries) and (sig.calm or sig.joke):
                last_calm = hit.end
        if last_cancel >= 0:
            turn = self._turn.search(text, last_cancel)
            sig.turned = turn is not None and any(at >= turn.start() for at, _, _ in urgent_at)
        if last_calm >= 0 and (turn := self._turn.search(text, last_calm)):
            sig.after_calm_turn = sum(w for at, _, w in urgent_at if at >= turn.start())
            sig.calm_turn = turn.start()
        if sig.calm or sig.joke:  # only a hedge's limit reads it (nlp/urgency.py)
            sig.urgent_signs = _distinct_weight(urgent_at)
        return sig

    def _closed_by_resolution(self, text: str, found: list[Found]) -> Closure:
        """What the last resolved hedge closes, when not the whole message (see ``Closure``).  It closes up to a turn
        followed by an urgent phrase; up to the next sentence when its own sentence names the matter it closes
        (「上次低保的事已经解决了,谢谢。」), or when a later sentence tells a danger in a time of its own; only the
        clauses from an earlier time on (「上回老伴犯病抢救过来了。」) when the rest tells something new."""
        resolved = [f for f in found if any(e.kind == lx.HEDGE_RESOLVED for e in f.entries)]
        return self._closed(text, found, resolved) if resolved else _ALL_CLOSED

    def _closed(self, text: str, found: list[Found], resolved: list[Found]) -> Closure:
        hedge, start, end, _ = max(resolved, key=lambda f: f.end)
        sentence = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
        stop = SENTENCE_END.search(text, end)
        after = stop.end() if stop else len(text)
        turn = self._turn.search(text, end)
        alarm = turn is not None and any(f.start >= turn.start() and any(e.kind == lx.URGENT for e in f.entries)
                                         for f in found)
        if turn and turn.start() < after and (alarm or len(text) - turn.end() >= _TURN_TELLS):
            after = turn.start()  # 「上次低保的事已经解决了，但是…」: a turn ends the old matter as a full stop would
        if sentence and not text[after:].strip() and _another_matter_closed(text, sentence, start) and any(
                f.end <= sentence and any(e.kind in _TELLS or e.need for e in f.entries) for f in found):
            # The last sentence closes an old matter or someone else's, not the emergency told before it (「…请尽快联系人
            # 来。上回老伴犯病抢救过来了。」 after a caught urgent tuning row: 6,356 of 7,242 lost; 「我爸前天走丢了，晚上
            # 自己回来了。」 6,338): it closes its own sentence, and what a resolved hedge before it closes.
            before = [f for f in resolved if f.end <= sentence]
            told = [f for f in found if f.end <= sentence]
            closure = self._closed(text[:sentence], told, before) if before else Closure((), -1)
            return closure if closure.spans is None else closure._replace(spans=(*closure.spans, (sentence, after)),
                                                                          closing=sentence)
        if _MATTER.search(text, sentence, end) and text[after:].strip():
            # the sentences after are not about it: the model reads them alone; after a turn only their urgency (「着火
            # 那事已经过去了 房子也修好了 就是想问问那次的临时救助啥时候能发下来」 is still `temporary`)
            return Closure(((0, after),), -1, after) if turn and after == turn.start() else Closure(((0, after),), after)
        if (earlier := _earlier(text, sentence, start)) and (
                text[after:].strip() or _MATTER.search(text, earlier.end() + 1, end)):
            # An old matter closed: 「上回老伴犯病抢救过来了。」 before the message, or after it when named (「上回低保的
            # 事已经解决了。」; a bare 「上次的事」 speaks of what was just told).  It closes its own clauses only (a
            # resolved hedge before them still speaks for what it closes) when the rest tells something: an urgent or
            # self-harm phrase anywhere, or anything after it when it opens the message (the model judges the urgency
            # of that alone: 「…。农药我买回来了 藏在柴房里了」), or all that was told before it, named.
            before = [f for f in resolved if f.end <= earlier.start()]
            closure = self._closed(text, found, before) if before else Closure((), -1)
            if closure.spans is None:
                return closure
            spans = (*closure.spans, (earlier.start(), after))
            first = not text[:spans[0][0]].strip()
            if first and text[after:].strip():
                return Closure(spans, closure.fresh, after)
            if any(not any(a <= f.start < b for a, b in spans) and any(e.kind in _SPEAKS for e in f.entries)
                   for f in found) or not (first or text[after:].strip()):
                return Closure(spans, closure.fresh)
            return _ALL_CLOSED  # 「去年我想不开喝过药，抢救过来了，现在好多了」: the old matter is the message
        if alarm:
            return Closure(((0, turn.start()),), -1)
        if stop and any(f.start >= after and any(e.kind in _SPEAKS for e in f.entries)
                        and not _retold(text, after, f.start) for f in found):
            # A sentence that closes a matter, then a danger told in a later sentence, not in the old matter's time
            # (「我的腿已经好了。现在是我老伴，瘫在床上三天没吃东西了」): before a caught urgent tuning row 「我的腿已经好
            # 了。」 silenced 5,725 of 7,242.  The old matter is told first: the model judges the urgency of the rest.
            return Closure(((0, after),), -1, after)
        if turn and len(text) - turn.end() >= _TURN_TELLS:
            return Closure(None, -1, reopened=turn.start())  # (maybe a new matter only the model can tell)
        if hedge in self._found and (clause := CLAUSE_SPLIT.search(text, end)) and any(
                f.start >= clause.end() and any(e.kind == lx.URGENT for e in f.entries)
                and not (stop and f.start >= after and _retold(text, after, f.start)) for f in found):
            # A search ended, and what was found with the person is a danger of its own: 「我们下去找着了 头上都是血
            # 还有气」 (dev_tune_more39) — the next clause opens the new matter as a turn would.
            return Closure(((0, clause.end()),), -1)
        if stop:
            # A sentence that closes a matter, then later sentences with no urgent phrase: a new matter only the model
            # can tell (「我的腿已经好了。俺爹骑摩托栽沟里了 …颅内出血 要开颅」) is read from the first one not retold, as
            # after a turn.  Before, 「我的腿已经好了。」 first silenced 1,200 of the 7,242 caught urgent tuning rows.
            for at in (after, *(m.end() for m in SENTENCE_END.finditer(text, after))):
                if len(text) - at < _TURN_TELLS:
                    break
                end = SENTENCE_END.search(text, at)
                if not _retold(text, after, min(at + _OPENING, end.start() if end else len(text))):
                    return Closure(None, -1, reopened=at, by_sentence=True)
        return _ALL_CLOSED  # 「已经解决了，就是想反映一下」: nothing new


class Closure(NamedTuple):
    """What a resolved hedge closes: *spans*, where urgent phrases are over (None: the whole message, and the model
    may not overrule it); *fresh*, where a new matter begins that the model reads alone, or -1; *story_end*, where
    the message goes on after an old matter told first, or -1 (the model judges the urgency of what follows)."""

    spans: tuple[tuple[int, int], ...] | None
    fresh: int
    story_end: int = -1
    reopened: int = -1  # where a turn after a resolved hedge closing the whole message opens something told, or -1
    by_sentence: bool = False  # ... a later sentence, not a turn
    closing: int = -1  # where a last sentence closing another matter begins (the model reads what comes before), or -1


_ALL_CLOSED = Closure(None, -1)
_OPENING = 6  # characters that open a sentence, where a time word tells it in the old matter's time (「昨晚冻裂了，…」)
_TURN_TELLS = 8  # characters after a turn that tell something, not a remark on the old matter (「就是想反映一下」)
_SPEAKS = (lx.URGENT, lx.SELF_HARM)
_TELLS = (lx.URGENT, lx.SELF_HARM, lx.HARDSHIP)  # ... or a need: what a message before a closing sentence must tell


def _distinct_weight(spans: list[tuple[int, int, float]]) -> float:
    """Summed weight of (start, end, weight) spans, overlapping ones counted once at their heaviest:
    two phrases over the same words are one sign, not two."""
    total, end, heaviest = 0.0, -1, 0.0
    for start, stop, weight in sorted(spans):
        if start < end:
            end, heaviest = max(end, stop), max(heaviest, weight)
            continue
        total, end, heaviest = total + heaviest, stop, weight
    return total + heaviest


_Span = tuple[int, int]


def _clauses_with(text: str, found: Iterable[Found], kind: str) -> list[tuple[_Span, _Span, _Span]]:
    """(clause, scope, hedge) of every hedge of *kind*: the clause holding it, the part of that clause within
    ``SCOPE`` characters of it, and the hedge itself.  Voice input often comes without any punctuation, and a
    whole message is then one clause: 「…她平时耳朵是背但是今天敲门没人开…」 must not lose its emergency to 平时."""
    spans: list[tuple[_Span, _Span, _Span]] = []
    for hit in found:
        if any(e.kind == kind for e in hit.entries):
            left = max((m.end() for m in CLAUSE_SPLIT.finditer(text, 0, hit.start)), default=0)
            right_match = CLAUSE_SPLIT.search(text, hit.end)
            right = right_match.start() if right_match else len(text)
            scope = (max(left, hit.start - SCOPE), min(right, hit.end + SCOPE))
            if kind == lx.HEDGE_NOT_NOW and right_match and _TIME_ONLY.fullmatch(text[left:hit.start] + text[hit.end:right]):
                # a clause that is only a time (「去年12月6号 我家电褥子着火」「前年腊月 俺爹摔了」) dates the next one
                after = CLAUSE_SPLIT.search(text, right_match.end())
                right = after.start() if after else len(text)
                scope = (scope[0], right)
            spans.append(((left, right), scope, (hit.start, hit.end)))
    return spans


# What a clause may hold besides a not-now word to be only a time: dates, seasons, months, parts of the day.
_TIME_ONLY = re.compile(r"[\d一二三四五六七八九十两几零〇年月号日底初中旬头冬夏春秋天腊正会儿时候的个前后半多上下午晚夜里那]*")


def _past_scopes(past: list[tuple[_Span, _Span, _Span]], ongoing: list[tuple[_Span, _Span, _Span]]) -> list[_Span]:
    """The scopes of the not-now hedges, less what a since-then-and-still marker of their clause brings to now.
    A marker at or before the hedge (「从上周就没吃的了」「自从去年…」) brings the whole clause; one after it
    brings only what follows it: in 「去年腊月着火那回村里说给报临时救助到现在也没信」 the fire stays last
    year's, and 到现在 speaks of the aid."""
    scopes = []
    for clause, (a, b), (_start, end) in past:
        later = [o_start for o_clause, _, (o_start, _) in ongoing if o_clause == clause]
        if any(o_start < end for o_start in later):
            continue
        cut = min(later, default=b)
        if a < min(b, cut):
            scopes.append((a, min(b, cut)))
    return scopes


# A named matter (「上次低保的事」「那个问题」): a resolved hedge in a sentence that names the
# matter it closes speaks for that matter, not for what the next sentences tell (nlp/signals.py docstring).
_MATTER = re.compile(r"(?:的|那|这)(?:件|个)?(?:事|问题)")
# A sentence that opens in an earlier time (「上回」「去年」): a resolved hedge in it closes that old matter only.
_EARLIER = re.compile(r"\s*(?:上回|上次|上一回|上一次|那回|那次|去年|前年|前些年|以前|之前|上个月|上月)"
                      r"(?![^,.;!?。]{0,6}?(?:报|反映|说|讲|提|问|打电话|联系|找你们|跟你们))")


# The old matter's own time (「当时」「那天」「昨晚」) in a sentence after its resolution: the sentence tells how it went
# (「问题已经解决了。当时孩子三天没吃饭，多亏了你们。」), not a new matter.
_RETOLD = re.compile(r"当时|当天|那天|那晚|那夜|那会|那时|那阵|那两|那几|昨天|昨晚|昨儿|昨夜|前天|前晚|前几天|前些天|前两天|"
                     r"之前|上周|上礼拜|上星期|上回|上次|去年|一开始|刚开始")


# ... or opens on whoever the old matter was about (「上次报的那个流浪汉已经安置了。他在桥洞里睡了好几天 冻得不行」),
# unless it happens again (「钱已经还上了。他又来了，拿着刀在门口堵着」).
_ABOUT_THEM = re.compile(r"\s*(?:他|她|它)(?!们)(?![^,.;!?。]*?[又再])")


# ... but a danger of the old matter's time that goes on until now is today's (「我的腿已经好了。昨晚老伴出去到现在还
# 没回来」: 1,281 lost of 7,242 before, 1,200 since).  Not 一直 or 还没: 「前几天家里一直断顿，村里送了米面」 is over.
_STILL = re.compile(r"到现在|至今|到今天|现在还|这会儿还")


def _retold(text: str, after: int, at: int) -> bool:
    """Whether the sentence of *at* (from *after* on) tells the old matter: in its time, or of whom it was about."""
    sentence = max((m.end() for m in SENTENCE_END.finditer(text, after, at)), default=after)
    stop = SENTENCE_END.search(text, at)
    if _STILL.search(text, sentence, stop.start() if stop else len(text)):
        return False
    return _RETOLD.search(text, sentence, at) is not None or _ABOUT_THEM.match(text, sentence) is not None


# Whom a closing sentence is about, when it opens on someone of the writer's own (「我爸前天走丢了，晚上自己回来了。」) or on
# the writer's own body (「我的腿已经好了。」).
_OWN_SUBJECT = re.compile(r"\s*(?:我|俺)(?:的|家)?(?P<who>爸|妈|爹|娘|老伴|老公|老头|媳妇|老婆|男人|儿子|闺女|女儿|孙子|孙女|爷爷|"
                          r"奶奶|姥姥|姥爷|哥|姐|弟|妹|腿|腰|胳膊|手|脚|眼睛|病|伤)")
# ... but not a bare word back to the matter just told (「上次的事」「那个事」)
_BACK = re.compile(r"\s*(?:上回|上次|上一回|上一次|那回|那次)?(?:的|那|那个|那件|这个|这件|说的|反映的|报的)?(?:事|事儿|问题|情况)")


def _another_matter_closed(text: str, sentence: int, start: int) -> bool:
    """Whether the sentence from *sentence* (its resolved hedge at *start*) is about another matter than the text before
    it: it opens in an earlier time (「上回…」), or on someone of the writer's own not named before."""
    if _BACK.match(text, sentence):
        return False  # 「上次的事已经解决了」 after a matter told speaks of it (「前天俺爹走丢了 找了一宿。」)
    if _ANOTHER_MATTER.match(text, sentence):
        return True  # marked so: a report's next item (「…现暂由本人陪同在路边。另：上周转介的流浪人员已由救助站接走」)
    if _earlier(text, sentence, start):
        return True
    subject = _OWN_SUBJECT.match(text, sentence, start)
    return subject is not None and subject.group("who") not in text[:sentence]


def _earlier(text: str, sentence: int, start: int) -> re.Match[str] | None:
    """The earlier time that opens a clause of the sentence from *sentence* up to *start* (「以前俺娘也病过，已经好了」)."""
    for at in (sentence, *(m.end() for m in CLAUSE_SPLIT.finditer(text, sentence, start))):
        if m := _EARLIER.match(text, at):
            return m
    return None


# An official's 「不急」 is no hedge of the writer's but what they complain of (「找了好几回，村里说不急，让等着。」):
# read as one after a caught urgent tuning row, it silenced 487 of 7,241.  The person's own or a doctor's 「他说不急」
# still is one (m31c-073, m37a-032).
_OFFICIALS_SAY = re.compile(r"(?:村里|村委会?|村干部|干部|书记|支书|村长|主任|镇里|镇上|乡里|街道|社区|民政局?|工作人员|"
                            r"领导|网格员|上面)(?:的人)?(?:就|都|还|总|老|只|光)?(?:说|讲|回复|答复|回话|告诉(?:我|俺)们?)"
                            r"(?:了|的是)?[,:]?(?:先|还|也|再)?$")
_SAYER_SPAN = 24  # characters before a calm hedge that can hold the longest of them (a window, not the whole text)
# ... and so is a named other matter that can wait (「低保的事不急，先把眼前这事办了。」, 「房子的事不着急，」 before an
# emergency: 766 and 487 of 7,241 lost); 「这事不急」 is the message's own matter.
# 「要是再没人管，…」「如果还没人管…」: if it goes on — an appeal that tells the neglect is now, not a danger denied
# (first, it silenced 502 of the 7,242 caught urgent tuning rows: the cancelled 没人管 raised the model's bar)
_STILL_IF = re.compile(r"(?:要是|如果|假如|若是)(?:再|还)$")
_OTHER_MATTER_WAITS = re.compile(r"[^\W\d_]{2,}的事儿?(?:倒|先|可以|都)?$")
# A later sentence the writer marks as another matter (「另外有空的时候帮我问问低保年审的事。」 after a caught urgent
# tuning row silenced 1,295 of 7,241): its calm hedge speaks for that matter only.
ANOTHER_MATTER = r"另外|还有个事|还有件事|还有一件事|还有一个事|还有个情况|对了|再就是|再一个"  # (nlp/triage.py too)
_ANOTHER_MATTER = re.compile(rf"\s*(?:{ANOTHER_MATTER}|顺便|另[:：])")  # 另：, a report's next item (dev_tune_more292)


def _in_another_matter(text: str, at: int) -> bool:
    """Whether *at* lies in a sentence, not the first, that opens with the writer's mark of another matter."""
    sentence = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
    return sentence > 0 and _ANOTHER_MATTER.match(text, sentence) is not None


def _story_told_first(text: str, found: list[Found], news_clauses: list[tuple[_Span, _Span, _Span]],
                      news: list[_Span], past: list[_Span]) -> int:
    """Where the message goes on after a story told first, or -1: the news (「前两天看新闻说有个老人冻死了，」), or a
    first sentence in an earlier time with nothing urgent in it (「去年你们给俺家办过临时救助。」 before a caught urgent
    tuning row: 135 of 7,241 lost; 「去年冬天也是这样。」 125)."""
    if news_clauses and not text[:news_clauses[0][0][0]].strip():
        return max(news_clauses[0][0][1], news[0][1])
    if (first := _EARLIER.match(text)) and (stop := SENTENCE_END.search(text, first.end())) \
            and len(text) - stop.end() >= _TOLD_IN_FULL \
            and not any(f.start < stop.start() and any(e.kind == lx.SELF_HARM or (
                e.kind == lx.URGENT and not any(a <= f.start < b for a, b in past)) for e in f.entries) for f in found):
        return stop.end()  # (its urgent phrases, if any, are of that time: 「前年俺家房子塌过一回。」)
    return -1


# A story told in the past, then now: from a past time (「前年」「2019年」) to the first word that brings the story to now
# (「现在」「这两天」), the urgent phrases are that time's (long letters: 「我老头子前年脑出血 在ICU躺了十二天 医生都下了病危
# 了 现在半边身子不利索」).  Without a word of now, the writer has not marked where the story ends: nothing changes.
_THEN = re.compile(r"去年|前年|前些年|前几年|早些年|那几年|那些年|那两年|那年(?!轻)|当年|几年前|多年前|[两三四五六七八九十]年前|小时候|"
                   r"(?:19|20)\d{2}年(?!\d{1,2}月\d{1,2}[日号])|[一二]〇[一二三四五六七八九〇]{2}年|二零[一二三四五六七八九零]{2}年")
# (从上礼拜 and the like, since last week: 「去年低保复核说材料不全给停了 … 从上礼拜起家里就断顿了」, dev_tune_more251, ends last year's story)
_NOW = re.compile(r"现在|目前|如今|眼下|这会|此刻|今天|今儿|今早|今晚|刚才|刚刚|这两天|这几天|这些天|这阵|最近|近来|昨天|昨晚|昨儿|"
                  r"前天|前儿|至今|一直|还在|今年|这个月|本月|这周|这礼拜|这回|这次|从上礼拜|从上个礼拜|从上周|从上星期")


# ... and a while ago, for someone else's attempt that they came through (「那小伙子前阵子欠网贷又欠亲戚 闹着要跳楼 后来…
# 人挺好的」, dev_tune_more123)
_LONG_AGO = re.compile(rf"{_THEN.pattern}|前阵子|前段时间|前些日子|前一阵|上个月|上月")
_RECALLED = re.compile(r"梦见|梦到|想起|想到|记得|回想")  # ... but a past recalled or dreamt now tells of now


_CLAUSE_OR_SPACE = re.compile(rf"{CLAUSE_SPLIT.pattern}|\s+")


def _story_runs(text: str) -> list[_Span]:
    """The spans from each past time that opens a story to the clause of the next word of now."""
    runs = []
    at = 0
    while (then := _THEN.search(text, at)) is not None:
        clause = max((m.end() for m in _CLAUSE_OR_SPACE.finditer(text, 0, then.start())), default=0)
        if _RECALLED.search(text, clause, then.start()):
            at = then.end()  # (「又梦见那年发大水了 醒过来我已经站在阳台上」: a dream of that year, told now)
            continue
        now = _NOW.search(text, then.end())
        if now is None:
            break
        # (the run ends where the clause of the word of now begins: 「米缸前天就见底了」 is today's)
        end = max((m.end() for m in _CLAUSE_OR_SPACE.finditer(text, then.end(), now.start())), default=then.end())
        runs.append((then.start(), end))
        at = now.end()
    return runs


def _testing_first(text: str, at: int, found: list[Found]) -> bool:
    """Whether the joke or test hedge at *at* is a first sentence of its own, with nothing urgent in it, before a
    message told in full (「测试一下\n」「先测试一下能不能发出去。」「上条发错了，别当真。」 before a caught urgent tuning
    row: 275, 281 and 238 of 7,241 lost): people try the channel first.  A joke after the alarm (「着火了着火了，
    开玩笑的」) or in the same run of words (「别当真啊 俺就随便说说 …」) is still one."""
    stop = SENTENCE_END.search(text, at)
    if stop is None or SENTENCE_END.search(text, 0, at) or len(text) - stop.end() < _TOLD_IN_FULL \
            or not _TRYING.search(text, 0, stop.start()):
        return False
    return not any(f.start < stop.start() and any(e.kind in _SPEAKS for e in f.entries) for f in found)


_TOLD_IN_FULL = 15  # characters after a first sentence that tried the channel: a message, not a test's sample
# A test of the channel or a word about the last message; not the writer's modesty about this one (「别当真啊 就随便发发
# \n俺家从前天就断顿了」 is shame, and staff are shown 「虽称“别当真”」)
_TRYING = re.compile(r"测试|上一?条|刚才那条|发错")


# What a news hedge's next clause opens with when it tells the story: 说 and the like, or someone unnamed (「刷到个视频 一个
# 农民工大哥讨薪不成…」「看到一条新闻,有个大学生跳楼了」, dev_tune_more168: 3 calm tuning rows lost their alarm, 2 of them the
# crisis lines too; no urgent one changed)
_TOLD = re.compile(r"[,.;!?。:]*(?:说|讲|报道|内容是|(?=有个|一个))")


def _long_ago(text: str, at: int) -> bool:
    """Whether *at*'s sentence tells of a year or a while gone before it, beyond a past hedge's reach (「去年腊月俺们村有个
    后生打工要不着钱喝了药 好在救过来了」, dev_tune_more115 and more120); not a month to come (「下个月过门 … 昨天喝了农药」)."""
    return _LONG_AGO.search(text, _in_sentence(text, 0, at), at) is not None


def _in_sentence(text: str, start: int, at: int) -> int:
    """*start*, or the start of *at*'s sentence when that is later: 「我是文昌街道的居民。去年吃过安眠药…」 names no one
    else before the writer's own past."""
    return max(start, 0, *(m.end() for m in SENTENCE_END.finditer(text, max(start, 0), at)))


def _news_scope(text: str, clause: tuple[int, int], scope: tuple[int, int]) -> tuple[int, int]:
    """A news hedge's scope, reaching into the next clause when that clause tells the story
    (「刚刷到个视频,说有个刚出狱的人冻死在桥洞里」), and one clause further when the story is of someone far away
    (「刷视频看到外省有人住烂尾楼,冬天冻死在里头了」「刷到个新闻,外省有个老人冻死在公交站亭里了」, dev_tune_more101 to
    more106), and two when it goes on; 「看新闻说有人跳楼,我也不想活了」 and 「…外地有个老人冻死了,隔壁王奶奶三天没吃饭了」 keep their second clause."""
    if scope[1] < clause[1]:  # a story told without a pause (voice input) runs on until the writer or someone here
        here = _HERE_WORD.search(text, scope[1], clause[1])
        scope = scope[0], min(here.start() if here else clause[1], scope[1] + _NEWS_REACH)
    told, end = _TOLD.match(text, clause[1]), clause[1]
    if told is not None:
        end = _clause_end(text, told.end())
        scope = scope[0], end
    for _ in range(2):  # (「刷到个视频说南方哪个窑厂解救出来十几个智障工人,干了好几年一分钱没给,还挨打」, dev_tune_more147)
        at = _clause_after(text, end)
        if at >= len(text) or _HERE.match(text, at) or not (_FAR_AWAY.search(text, scope[0], end) or _FAR_AWAY.match(text, at)):
            break
        end = _clause_end(text, at)
        scope = scope[0], end
    return scope


def _clause_end(text: str, at: int) -> int:
    """Where the clause that goes on at *at* ends (``len(text)`` when it is the last)."""
    split = CLAUSE_SPLIT.search(text, at)
    return split.start() if split else len(text)


def _clause_after(text: str, at: int) -> int:
    """Where the clause after the one ending at *at* begins (``len(text)`` when there is none)."""
    split = CLAUSE_SPLIT.match(text, at)
    return split.end() if split else len(text)


_FAR_AWAY = re.compile(r"外省|外地|国外|外国|别的省|别省|南方|北方")
_HERE_WORDS = "我|俺|咱|自己|这边|这里|隔壁|邻居|村里|楼上|楼下|对门"  # the writer or someone here
_HERE_WORD = re.compile(_HERE_WORDS)
_HERE = re.compile(rf"\s*(?:{_HERE_WORDS})")
# Characters past a news hedge's own reach (SCOPE) that its story may run on in a clause without a pause, until the writer or
# someone here (「今天看新闻说马伸桥有个老头被卖保健品的骗了二十万想不开跳河了」, dev_tune_more171: 4 calm tuning rows lost their
# alarm or their crisis lines, no urgent one changed)
_NEWS_REACH = 18


def _add(sig: Signals, entry: lx.Entry, phrase: str, in_past: bool, in_mild: bool = False) -> None:
    kind, weight = entry.kind, entry.weight
    if kind == lx.CATEGORY:
        weight = weight * PAST_FACTOR if in_past and entry.need else weight
        sig.scores[entry.target] = sig.scores.get(entry.target, 0.0) + weight
        sig.evidence.setdefault(entry.target, []).append((weight, phrase))
        if entry.section != "topic":
            sig.concrete[entry.target] = sig.concrete.get(entry.target, 0.0) + weight
        sig.policy = sig.policy or entry.target not in ("other", "complaint")
    if entry.need and not in_past:
        sig.need += weight
        sig.hardship += weight if kind == lx.HARDSHIP else 0.0
    if kind == lx.INQUIRY:
        sig.inquiry += weight
        sig.inquiry_words.append(phrase)
    elif kind == lx.POLICY:
        sig.policy = True
    elif kind == lx.RULE:
        # (an accident in a past clause left an illness to treat: 「十年前打药中毒落下个肺纤维化」 is medical, and TAXONOMY's
        # accident → temporary is for one that just happened; 21 tuning rows gained their category, 2 lost it)
        if not (in_past and entry.target == "accident"):
            sig.rules.add(entry.target)
    elif kind == lx.URGENT:
        if in_past or in_mild:
            sig.cancelled.append((weight, phrase))
        else:
            sig.urgent += weight
            sig.urgent_words.append((weight, phrase))
    elif kind == lx.SELF_HARM:
        sig.self_harm += weight
        sig.self_harm_words.append((weight, phrase))
    elif kind == lx.HEDGE_CALM:
        sig.calm.append(phrase)
    elif kind == lx.HEDGE_JOKE:
        sig.joke.append(phrase)
    elif kind == lx.HEDGE_RESOLVED:
        sig.resolved.append(phrase)
