"""The one entry point: Triager(gazetteer).classify(text) -> Triage.

Long texts (a Telegram message is at most 4,096 characters; anything may be
passed): sensitive spans are searched in the WHOLE text (masking must miss
nothing, and the regexes are linear); category, urgency, place and role see
the first ``SCAN_CHARS`` = 20,000 characters, i.e. every real message whole;
keywords come from the first 1,000 characters (lexicon/keywords.toml
``max_chars``), since jieba segmentation is the slow part.
"""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from nlp.combine import NON_NEED, QUIET, LexiconView, Settings, decide_category, decide_urgent, urgent_score
from nlp.echo import without_echo
from nlp.features import MAX_CHARS, sentence_windows
from nlp.homophones import SoundMap
from nlp.keywords import KeywordExtractor
from nlp.lexicon import Lexicon, load_lexicon
from nlp.matcher import PhraseMatcher
from nlp.model import MODEL_PATH, Prediction, TextModel
from nlp.normalize import SENTENCE, Normalizer
from nlp.pinyin_input import PinyinInput
from nlp.places import Gazetteer, PlaceFinder, PlaceMask
from nlp.roles import RESIDENT, VOLUNTEER, RoleFinder
from nlp.scoring import RULE_TEXT, CategoryDecision, CategoryScorer
from nlp.sensitive import SensitiveSpan, find_sensitive
from nlp.signals import ANOTHER_MATTER, SignalCollector, Signals
from nlp.slips import SlipFinder
from nlp.steering import SteeringFilter
from nlp.tokenizer import DomainTokenizer, default_cache_dir, digest, read_cache, write_cache
from nlp.urgency import UrgencyDecision, decide_urgency

log = logging.getLogger(__name__)
SCAN_CHARS = 20_000
# A sentence about another matter than an emergency beside it: a question, thanks (``_by_parts``).
_OTHER_MATTER = re.compile(r"\?[。!?;\n]*$|谢谢|感谢")
# The writer's own mark that another matter begins (「另外，」「还有个事，」).
_NEW_MATTER = re.compile(rf"(?:{ANOTHER_MATTER}|顺便说一下|顺便说下)[,:]?")
# A closing question about applying (「像我们这种情况能不能申请低保？」「需要准备什么材料？」「算不算急难？」): the
# writer asks for help with the matter told, and says nothing of how bad it is.  The model learned such questions from
# calm applications, and an emergency read with one lost its urgency (615 and 651 of 7,241 caught urgent tuning rows).
_APPLY = r"(?:申请|办理|给办|能办|可以办|材料|手续|条件|够不够|符合|算(?:不算)?(?:急|紧急)|属不属于|能不能算)[^。!?;\n]*\?[。!?;\n]*$"
_APPLY_END = re.compile(_APPLY)
# The family's standing told last (「家里就靠低保过日子，一个月八百多。」「俺们家是低保户。」): background, not the need
# (after a caught urgent tuning row the first silenced 373 of 7,241).
_STANDING = r"[^?]*(?:低保户|五保户|特困户|贫困户|靠低保|吃低保|享受低保|领低保|低保金|(?:一个月|每月)[^?]{0,6}(?:块|元))[^?]*$"
# A closing sentence about another matter: a question that opens with asking or that the writer marks as another
# matter (「请问…？」「另外想问一下…？」「另外…？」), thanks (「上回你们送的米面俺们都收到了，谢谢。」), a question about
# applying (``_APPLY``), or the family's standing (``_STANDING``).  (Not any closing 「另外…」: 「…她是住院了，她闺女在
# 医院陪着。另外她说出院后想申请社区助餐」 read without it is a hospital emergency.  Nor any closing question: 「前天
# 炉子灭了冻了一宿…这会儿炕热乎着呢。往后冬天的煤有没有补贴？」 read without it is a cold night, and it was over.)
_CLOSING_MATTER = re.compile(r"(?:(?:另外|还有|对了|顺便)?,?(?:请问|想问|问一下|我想问|咨询一下)|另外|还有个事|还有件事|还有一件事"
                             r"|还有一个事|对了|顺便)[^。!?;\n]*\?[。!?;\n]*$|.*(?:谢谢|感谢)|[^。!?;\n]*" + _APPLY
                             + "|" + _STANDING)
_RULE_OF = {text: rule for rule, text in RULE_TEXT.items()}

CATEGORY_LABELS: dict[str, str] = {
    "subsistence": "最低生活保障/低收入",
    "destitute": "特困人员救助供养",
    "temporary": "临时救助/急难",
    "medical": "医疗救助",
    "education": "教育救助",
    "housing": "住房救助",
    "employment": "就业救助",
    "disability": "残疾人补贴",
    "child": "儿童关爱",
    "elderly": "老年人关爱",
    "vagrant": "流浪乞讨人员",
    "mental": "心理援助",
    "complaint": "投诉举报",
    "inquiry": "政策咨询",
    "other": "其他/非民政事项",
}
# One-word names for the evidence line shown to staff.
CATEGORY_SHORT: dict[str, str] = {
    "subsistence": "低保", "destitute": "特困", "temporary": "临时救助", "medical": "医疗",
    "education": "教育", "housing": "住房", "employment": "就业", "disability": "残疾",
    "child": "儿童", "elderly": "养老", "vagrant": "流浪", "mental": "心理",
    "complaint": "投诉", "inquiry": "咨询", "other": "其他",
}


@dataclass(frozen=True)
class Triage:
    """The classification of one message."""

    category: str
    secondary: tuple[str, ...]
    urgent: bool
    town: str | None
    village: str | None
    keywords: tuple[str, ...]
    category_evidence: tuple[str, ...]  # words/rules that decided the category
    urgent_evidence: tuple[str, ...]  # words/rules that decided urgency, or what cancelled it
    self_harm: bool  # suicide / self-harm talk: the bot gives crisis numbers at once
    reporter: str  # "volunteer" | "resident"
    sensitive: tuple[SensitiveSpan, ...]

    @property
    def crisis(self) -> bool:
        """The writer (or someone they report) may be in danger of their life from their own mind: self-harm
        talk the lexicon names, or an urgent message the combined decision puts under `mental` (「我想不开了
        药都买好了」 reaches it through the model alone).  The bot gives crisis lines at once for either."""
        return self.self_harm or (self.urgent and self.category == "mental")

    def as_dict(self) -> dict:
        """JSON-ready dict of every field (plus ``category_label``)."""
        d = asdict(self)
        d["category_label"] = CATEGORY_LABELS.get(self.category, self.category)
        for key in ("secondary", "keywords", "category_evidence", "urgent_evidence"):
            d[key] = list(d[key])
        d["sensitive"] = [dict(s) for s in d["sensitive"]]
        return d

    def evidence_text(self) -> str:
        """One line for staff, e.g. 「急难：没饭吃、瘫痪在床、没人管；低保：低保、停发」."""
        parts = []
        if self.urgent and self.urgent_evidence:
            parts.append("急难：" + "、".join(self.urgent_evidence))
        words = [w for w in self.category_evidence if not w.startswith("规则:")] or list(self.category_evidence)
        parts.append(f"{CATEGORY_SHORT.get(self.category, self.category)}：" + ("、".join(words) or "无"))
        return "；".join(parts)


def _tokenizer_words(lex: Lexicon, gazetteer: Gazetteer) -> list[str]:
    """Words our jieba must keep whole: vocabulary, short lexicon phrases, place names."""
    words = list(lex.keywords.vocabulary)
    words += [p for p in lex.content_phrases() if 2 <= len(p) <= 6 and p.isalpha() and not p.isascii()]
    for town, villages in gazetteer.towns.items():
        words += [town, *villages]
    return words


class Triager:
    """Builds the tokenizer, dictionary and lexicons once; classifies texts fast."""

    def __init__(self, gazetteer: Gazetteer, *, lexicon_dir: Path | None = None, cache_dir: Path | None = None,
                 model_path: Path | None = MODEL_PATH) -> None:
        """*model_path*: the n-gram model (nlp/model.py); None, or a missing file, means lexicon only."""
        lex = load_lexicon(lexicon_dir)
        unknown = set(lex.categories) - set(CATEGORY_LABELS)
        if unknown:
            raise ValueError(f"lexicon names unknown categories: {sorted(unknown)}")
        self._lex = lex
        self._normalizer = Normalizer()
        self._steering = SteeringFilter(lex.steering_patterns, lex.steering_keys)
        self._matcher = PhraseMatcher(lex.entries)
        self._scorer = CategoryScorer(CATEGORY_LABELS)
        self._roles = RoleFinder(lex.roles)
        cache_dir = cache_dir or default_cache_dir()
        self.sounds = SoundMap.load(cache_dir)  # None without pypinyin: no homophone matching
        self._places = PlaceFinder(gazetteer, lex.place_aliases, lex.places_outside, self.sounds)
        self._place_mask = PlaceMask(gazetteer)
        words = _tokenizer_words(lex, gazetteer)
        self.tokenizer = DomainTokenizer(words, cache_dir)
        freq = self.tokenizer.jieba.FREQ
        self._slips = SlipFinder(lex.entries, self.sounds, lambda w: freq.get(w, 0) > 0 or w in lex.everyday_words) \
            if self.sounds else None
        self._signals = SignalCollector(lex.entries, lex.patterns, lex.negators, lex.negation_gap,
                                        lex.news_others, lex.news_deaths, lex.turns, lex.warm, lex.found,
                                        lex.ends_one_danger, char_weight=lambda ch: freq.get(ch, 0),
                                        cache_dir=cache_dir)
        self._pinyin = PinyinInput(words)  # its tables are built on the first pinyin text
        self._keywords = KeywordExtractor(self.tokenizer, lex.keywords, lex.content_phrases(), cache_dir)
        self.model = _load_model(model_path, cache_dir)
        self._settings = Settings(**self.model.settings) if self.model else Settings()

    def classify(self, text: str) -> Triage:
        """Classify *text*; never raises (a failure is logged and gives a safe 'other')."""
        text = text if isinstance(text, str) else str(text)
        try:
            return self._classify(text)
        except Exception:  # noqa: BLE001 — triage must never drop a message
            log.exception("triage failed; falling back to a neutral result")
            return Triage("other", (), False, None, None, (), ("分类出错",), (), False, RESIDENT, _safe_spans(text))

    def clean_text(self, text: str) -> str:
        """The text every rule and the model see: normalised, steering clauses removed."""
        text = without_echo(text[:SCAN_CHARS])  # (the bot's own reply pasted back: nlp/echo.py)
        return self._steering.clean(self._normalizer.normalize(self._pinyin.convert(text)))[0]

    def model_input(self, clean: str) -> str:
        """What the model reads of a cleaned text: the gazetteer's names made generic (places.PlaceMask), and a
        complaint that an earlier message went unanswered left out (「昨天发过一次了，没人回。」: its 没人 read as
        nobody at hand alarmed 1.7% of the calm tuning rows it was put before)."""
        return self._place_mask(_UNANSWERED.sub("", clean))

    def lexicon_view(self, text: str) -> LexiconView:
        """What the lexicon alone finds and decides (the model's partner; used by the training tools)."""
        clean = self.clean_text(text)
        hits = self._matcher.find(clean)
        sig = self._signals.collect(clean, hits)
        urgency = self._decide_urgency(sig)
        shown: dict[str, str] = {}
        if not urgency.urgent and self._slips and (slips := self._slips.find(clean, hits)):
            sig = self._signals.collect(clean, [*hits, *slips])  # an urgent phrase with one sound-alike slip
            urgency = self._decide_urgency(sig)
            # staff see what was written beside what it was read as: 「急难：向死（想死）」
            shown = {h.phrase: f"{clean[h.start:h.end]}（{h.phrase}）" for h in slips}
        reporter, _why = self._roles.role(clean)
        category = self._scorer.decide(sig, urgent=urgency.urgent, self_harm=urgency.self_harm,
                                       report=reporter == VOLUNTEER)
        rule = _RULE_OF.get(category.evidence[0]) if category.evidence else None
        return LexiconView(clean, sig, urgency, category, rule, reporter, self._lex.urgent_threshold, shown)

    def _decide_urgency(self, sig: Signals) -> UrgencyDecision:
        return decide_urgency(sig, threshold=self._lex.urgent_threshold,
                              self_harm_threshold=self._lex.self_harm_threshold, hedge_limit=self._lex.hedge_limit)

    def _end_may_matter(self, told: str, view: LexiconView, category: str) -> bool:
        """Whether the model should also read the end of a message longer than it reads: residents tell their story
        first and today's emergency last (two sentences of background before them silenced 93 of 4,750 urgent
        tuning rows).  Not where no reading of the model could make it urgent — a resolved hedge, or a category the
        model may not make urgent (``quiet``, most city messages): a second reading costs a tenth of a triage."""
        return (len(told) > MAX_CHARS and not view.signals.resolved
                and not (self._settings.quiet and category in QUIET))

    def _by_windows(self, told: str, view: LexiconView, category: str) -> tuple[UrgencyDecision | None, float]:
        """Urgency from the model reading a long message sentence window by window, at the higher window bar, or
        None; and the most alarming window's reading (``_by_parts``).  A letter tells its story, then today's
        emergency, then its courtesies, and read whole (or by its first and last 100 characters) the emergency was
        outweighed — a story before and a polite close after silenced 885 of 5,189 urgent tuning rows."""
        windows = sentence_windows(told)
        if len(windows) < 2:
            return None, 0.0
        best, window = max(((self.model.predict(w), w) for w in windows), key=lambda pw: pw[0].urgent)
        urgency = decide_urgent(self.model, replace(view, clean=window), best,  # (staff see the window's words)
                                replace(self._settings, threshold=self._settings.window_threshold), category)
        return (urgency if urgency.urgent else None), best.urgent

    def _later_reading(self, clean: str, floor: float = 0.0) -> tuple[Prediction, float, str] | None:
        """The model's most alarming reading of *clean* from its second, third or fourth sentence on, or without a
        closing question or thanks about another matter (``_CLOSING_MATTER``), with the bar it must reach and the
        part read; None for a single sentence.  An opening about another matter (a question, thanks for last time,
        a complaint, an introduction), or such a closing, read with the emergency, outweighs it.  The bar is
        ``window_threshold``; ``calm_threshold`` (more likely urgent than not) where all that is left out is
        questions and thanks; the usual bar after the writer's own 「另外，」, which is left out too.  No bar is below
        *floor*."""
        sentences = [m.group() for m in SENTENCE.finditer(clean)]
        s = self._settings

        def reading(k: int, end: int) -> tuple[str, float]:
            rest = "".join(sentences[k:end])
            if marked := _NEW_MATTER.match(rest):
                return rest[marked.end():], s.threshold
            return rest, s.calm_threshold if all(_OTHER_MATTER.search(x) for x in sentences[:k]) else s.window_threshold
        # up to two closing sentences about another matter (「…。请问低保年审什么时候开始？」「…\n另外我家低保卡丢了怎么补办？」)
        end = len(sentences)
        while end > 1 and end > len(sentences) - 2 and _CLOSING_MATTER.match(sentences[end - 1]):
            end -= 1
        readings = [reading(k, len(sentences)) for k in range(1, min(len(sentences), 4))]
        if end < len(sentences):
            readings += [("".join(sentences[:end]), s.calm_threshold)]
            readings += [reading(k, end) for k in range(1, min(end, 4))]
        if not readings:
            return None
        return max(((self.model.predict(self.model_input(part)), max(bar, floor), part) for part, bar in readings),
                   key=lambda pbt: pbt[0].urgent - pbt[1])

    def _read_apart(self, part: str, bar: float, hedge: str, category: CategoryDecision
                    ) -> tuple[CategoryDecision, UrgencyDecision] | None:
        """(category, urgency) when *part* of a message, read alone, is an emergency the model tells at *bar*, though
        *hedge* spoke against it read whole; the emergency's need files the message, and staff see 「虽称“…”」."""
        s = self._settings
        pred = self.model.predict(self.model_input(part))
        if pred.urgent + s.partial < bar:
            return None  # (spares the lexicon's second reading)
        part_view = self.lexicon_view(part)
        need = decide_category(self.model, part_view, pred, s)
        s = replace(s, threshold=bar)
        urgent, _ = urgent_score(part_view, pred.urgent, s, need.category)  # (the lexicon's words alone may not)
        found = decide_urgent(self.model, part_view, pred, s, need.category)
        if not (urgent and found.urgent):
            return None
        found = replace(found, evidence=tuple(dict.fromkeys((*found.evidence, f"虽称“{hedge}”"))))
        return (_beside(need, category) if need.category not in QUIET else category), found

    def _by_parts(self, clean: str, view: LexiconView, urgency: UrgencyDecision, category: CategoryDecision,
                  alarm: float) -> tuple[CategoryDecision, UrgencyDecision]:
        """(category, urgency) after reading *clean* from a later sentence on (``_later_reading``), where the whole
        reading found it calm, or urgent and yet no need (inquiry, other, complaint): the emergency is the primary
        need, so the category is that part's (「感谢你们上次帮忙。俺家老二又让他爹打了 脸都肿了」 is `child`, and
        「村干部不作为，找了好几回都不管。」 before an emergency no longer files it under `complaint`).  *alarm*: the most
        alarming reading of the message yet, whole, its end or a window of it (a letter's story and courtesies kept
        the whole reading under ``part_gate``: 188 of 7,241 lost)."""
        s = self._settings
        if urgency.urgent and category.category not in QUIET:
            return category, urgency
        alarming = urgency.urgent or alarm >= s.part_gate or _NEW_MATTER.search(clean)
        if not alarming and not _APPLY_END.search(clean):
            return category, urgency  # not alarming at all read whole: spare the readings (most city messages)
        later = self._later_reading(clean, floor=0.0 if alarming else s.apply_threshold)
        if later is None or later[0].urgent < later[1]:
            return category, urgency
        best, bar, part = later
        need = _beside(decide_category(self.model, self.lexicon_view(part), best, s), category)
        if urgency.urgent:
            return (need if need.category not in QUIET else category), urgency
        found = decide_urgent(self.model, replace(view, clean=part), best, replace(s, threshold=bar), need.category)
        return (need, found) if found.urgent else (category, urgency)  # (staff see the part's words)

    def _classify(self, text: str) -> Triage:
        sensitive = find_sensitive(text)
        view = self.lexicon_view(text)
        urgency, category = view.urgency, view.category
        if self.model is not None:
            # After a resolved matter (「上次的事已经解决了,谢谢。」) the model reads the new one alone.
            # ... and without a last sentence that closes another matter (「…。上回老伴犯病抢救过来了。」)
            matter = view.clean[max(view.signals.fresh, 0):view.signals.closing if view.signals.closing > 0 else None]
            told = self.model_input(matter)
            pred = self.model.predict(told)
            category = decide_category(self.model, view, pred, self._settings)
            need = category.category  # what the model may make urgent (``quiet``)
            if view.signals.story_end > 0:  # (the news or an old matter first: the urgency is of what follows it,
                matter = view.clean[view.signals.story_end:view.signals.closing if view.signals.closing > 0 else None]
                # (and chatter after it stays quiet)
                told = self.model_input(matter)
                pred = self.model.predict(told)
                rest = decide_category(self.model, self.lexicon_view(matter), pred, self._settings)
                need = rest.category if rest.category in QUIET else need
            urgency = decide_urgent(self.model, view, pred, self._settings, need)
            alarm = pred.urgent  # the most alarming reading so far (``_by_parts``)
            if not urgency.urgent and self._end_may_matter(told, view, need):
                tail = self.model.predict(told[-MAX_CHARS:])
                if tail.urgent > pred.urgent:
                    alarm = tail.urgent
                    urgency = decide_urgent(self.model, view, tail, self._settings, need)
                if not urgency.urgent:
                    by_windows, window = self._by_windows(told, view, need)
                    urgency, alarm = by_windows or urgency, max(alarm, window)
            if view.signals.story_end > 0 and urgency.urgent and rest.category not in QUIET:
                category = _beside(rest, category)  # the emergency after the story is the primary need (「去年你们给
                # 俺家办过临时救助。对门老王头门口的报纸攒了三天没拿」 is `elderly`)
            if not urgency.urgent and view.signals.reopened > 0 and view.signals.resolved:
                # what follows a turn after a resolved hedge (「我的腿已经好了，但是…」): before a caught urgent tuning row
                # that turn silenced 735 of 7,241; such a part of a calm message reads at most 0.29 (CV.md, 21st pass).
                # Or a later sentence not told in the old matter's time, with no turn (CV.md, 23rd pass)
                bar = self._settings.apply_threshold if view.signals.reopened_by_sentence else self._settings.calm_threshold
                category, urgency = self._read_apart(view.clean[view.signals.reopened:], bar,
                                                     view.signals.resolved[0], category) or (category, urgency)
            if not urgency.urgent and (apart := _apart_from_calm(view, self._settings)):
                category, urgency = self._read_apart(*apart, view.signals.calm[0], category) or (category, urgency)
            category, urgency = self._by_parts(matter, view, urgency, category, alarm)
        clean = view.clean
        place = self._places.find(clean)
        return Triage(
            category=category.category,
            secondary=category.secondary,
            urgent=urgency.urgent,
            town=place.town,
            village=place.village,
            keywords=self._keywords.extract(clean),
            category_evidence=_as_written(category.evidence, view.slips),
            urgent_evidence=_as_written(urgency.evidence, view.slips),
            self_harm=urgency.self_harm,
            reporter=view.reporter,
            sensitive=sensitive,
        )


# A message sent before and not answered (the model read its 没人 as nobody to help: tests/nlp/test_invariance.py)
_UNANSWERED = re.compile(r"(?:(?:昨天|前天|上午|下午|早上|刚才|之前|前几天|昨儿|前儿)(?:个)?)?(?:已经)?发过(?:一次|一回|两次|两回|好几次|好几回|几次|几回)?了?[,，。]?"
                         r"(?:一直|都|也|还)?没(?:有)?人(?:回|理|搭理|回复|回话)(?:我)?[。，,！!]?")


def _apart_from_calm(view: LexiconView, s: Settings) -> tuple[str, float] | None:
    """What the message tells apart from its calm hedge, when one speaks for it: what follows a turn after the last
    hedge (「你们有空再说，不过…」), else the sentences without a hedge (「…。不急，你们有空再来。」).  An urgent situation
    is urgent even when the writer is calm (TAXONOMY), and the model had learned 不急 from calm rows: after a caught
    urgent tuning row these silenced 297 and 567 of 7,241.  The sentences without a hedge are read at
    ``apply_threshold``: calm labelled rows read so score at most 0.68 (a wound stitched, 「无大碍。不急。」).  What
    follows a turn is read at ``window_threshold``: at most 0.49, and 0.71 for a downed wire whose need is quiet
    (CV.md, twenty-first pass)."""
    sig = view.signals
    if not sig.calm or sig.joke or sig.resolved:
        return None
    end = sig.closing if sig.closing > 0 else None  # (nor a last sentence that closes another matter)
    if sig.calm_turn > 0:  # 「你们有空再说，不过…」: what follows the turn
        return view.clean[sig.calm_turn:end], s.window_threshold
    sentences = [m.group() for m in SENTENCE.finditer(view.clean[max(sig.story_end, 0):end])]  # (not a story told first)
    kept = [x for x in sentences if not any(h in x for h in sig.calm)]
    return ("".join(kept), s.apply_threshold) if 0 < len(kept) < len(sentences) else None


def _beside(need: CategoryDecision, whole: CategoryDecision) -> CategoryDecision:
    """*need*, with what the whole message was filed under beside it (a complaint about cadres is still one)."""
    return replace(need, secondary=tuple(dict.fromkeys(
        c for c in (whole.category, *whole.secondary, *need.secondary) if c != need.category and c not in NON_NEED))[:3])


def _as_written(evidence: tuple[str, ...], slips: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(slips.get(e, e) for e in evidence) if slips else evidence


def _load_model(path: Path | None, cache_dir: Path) -> TextModel | None:
    """The model of *path*; its built form is cached (marshal) by content hash, as jieba's dictionary is:
    parsing the 12 MB of JSON and packing the arrays took 0.75 s of a cold start, restoring them 0.15 s."""
    if path is None:
        return None
    if not path.exists():
        log.warning("triage model %s absent: lexicon only (build it: python -m nlp.training)", path)
        return None
    raw = path.read_bytes()
    cache = cache_dir / f"model-{digest(raw)}.v2.marshal"
    data = read_cache(cache)
    if isinstance(data, dict):
        try:
            return TextModel.from_cache(data)
        except (KeyError, TypeError, ValueError, IndexError):
            log.info("triage model cache %s unreadable: rebuilt", cache)
    model = TextModel.from_dict(json.loads(raw.decode("utf-8")))
    write_cache(cache, model.to_cache())
    return model


def _safe_spans(text: str) -> tuple[SensitiveSpan, ...]:
    try:
        return find_sensitive(text)
    except Exception:  # noqa: BLE001
        return ()
