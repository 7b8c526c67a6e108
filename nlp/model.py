"""The statistical half of triage: logistic regression over character n-grams, loaded from JSON.

Two models over character n-grams (nlp/features.py): a 15-way category model
and a two-way urgency model, each with its own vocabulary (the n-grams of its
own training examples: category-only data must not move urgency, and through a
shared vocabulary it did, by changing every text's length normalisation).  They
are stored over the union of both vocabularies, with each n-gram's use marked.  Trained by ``python -m nlp.training`` from the
tuning files only (see nlp/model/README.md); the file also carries the
combination settings chosen by cross-validation (nlp/combine.py).  Scoring is
pure Python: one dict look-up per n-gram, then C-level gathering and sums.
For scoring, the weights of both models are also packed n-gram by n-gram
(column-major, 8-byte doubles, with a 0/1 column per model for "in its
vocabulary", whose sums are the lengths that normalise each model) into one bytes object: a message's n-grams are
gathered with one ``itemgetter`` of slices and summed per class in C.  That
touches ~2 cache lines per n-gram instead of one per n-gram *and class*
(17 Python float objects scattered over ~10 MB), which matters when jieba's
dictionary has just evicted everything: scoring was a fifth of triage time.
The sums run in the same order over the same doubles, so the probabilities
are bit-for-bit those of ``Linear.scores``.
"""
from __future__ import annotations

import json
import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from nlp.features import FEATURES, MAX_CHARS, ORDERS, prepare, raw_ngrams
from nlp.learn import Doc, Linear, softmax

MODEL_PATH = Path(__file__).parent / "model" / "triage_model.json"
FORMAT = 2  # 2: a vocabulary per model (``use``); 1 had one shared vocabulary
CATEGORY_USE, URGENT_USE, BOTH_USE = "1", "2", "3"  # which model's vocabulary an n-gram is in


@dataclass(frozen=True)
class Prediction:
    """Model probabilities for one text (and its features, for explanations)."""

    category: dict[str, float]
    urgent: float
    doc: tuple[int, ...]

    def best(self) -> tuple[str, float]:
        code = max(self.category, key=self.category.__getitem__)
        return code, self.category[code]


class TextModel:
    """Category and urgency probabilities of a cleaned text."""

    def __init__(self, vocab: Sequence[str], categories: Sequence[str], category: Linear, urgent: Linear,
                 settings: dict | None = None, meta: dict | None = None, use: str | None = None) -> None:
        """*vocab* is the union of both vocabularies and both models' weights run over it; ``use[i]`` says which
        model's vocabulary n-gram *i* is in (``"1"`` category, ``"2"`` urgency, ``"3"`` both; None: both for all)."""
        self.vocab = list(vocab)
        self.use = BOTH_USE * len(self.vocab) if use is None else use
        if len(self.use) != len(self.vocab) or set(self.use) - {CATEGORY_USE, URGENT_USE, BOTH_USE}:
            raise ValueError("use must mark every n-gram 1, 2 or 3")
        self._index = {g: i for i, g in enumerate(self.vocab)}
        self.categories = tuple(categories)
        self.category_model, self.urgent_model = category, urgent
        self._column_sums = [sum(col) for col in zip(*category.weights, strict=True)]
        self._pack()
        self.settings = dict(settings or {})  # the combination settings (nlp/combine.py Settings)
        self.meta = dict(meta or {})  # how it was trained: fingerprint of the inputs, counts

    @classmethod
    def from_parts(cls, categories: Sequence[str], category_vocab: Sequence[str], category: Linear,
                   urgent_vocab: Sequence[str], urgent: Linear, settings: dict | None = None) -> TextModel:
        """The model of two models trained each over its own (sorted) vocabulary."""
        vocab = sorted(set(category_vocab) | set(urgent_vocab))
        in_cat, in_urg = set(category_vocab), set(urgent_vocab)
        use = "".join(_use(g in in_cat, g in in_urg) for g in vocab)
        return cls(vocab, categories, _spread(category, category_vocab, vocab), _spread(urgent, urgent_vocab, vocab),
                   settings, None, use)

    def doc(self, text: str) -> Doc:
        """Sorted vocabulary indices of the n-grams of *text* (in either model's vocabulary)."""
        found = set(map(self._index.get, raw_ngrams(text)))  # filtered n-grams are never in the vocabulary
        found.discard(None)
        return sorted(found)

    def model_doc(self, doc: Doc, code: str) -> Doc:
        """The indices of *doc* in the vocabulary of one model (*code* ``"1"`` category, ``"2"`` urgency): what
        ``Linear.scores`` of that model sums over."""
        return [i for i in doc if self.use[i] in (code, BOTH_USE)]

    def _pack(self) -> None:
        """The weights of both models n-gram by n-gram (category classes, then urgent ones, then the category
        weights' sum and whether the n-gram is in each model's vocabulary), as doubles."""
        in_cat = [float(u != URGENT_USE) for u in self.use]
        in_urg = [float(u != CATEGORY_USE) for u in self.use]
        rows = self.category_model.weights + self.urgent_model.weights + [self._column_sums, in_cat, in_urg]
        width = len(rows)
        matrix = array("d", [0.0]) * (width * len(self.vocab))
        for c, row in enumerate(rows):
            matrix[c::width] = array("d", row)
        self._width = width
        self._classes = len(self.category_model.weights)
        self._matrix = matrix
        self._packed = matrix.tobytes()
        self._slices = self._row_slices()

    def _row_slices(self) -> list[slice]:
        """The byte range of each n-gram's row in ``_packed`` (map(slice, …) runs the loop in C)."""
        step = self._width * self._matrix.itemsize
        end = step * len(self.vocab)
        return list(map(slice, range(0, end, step), range(step, end + step, step)))

    def _scores(self, doc: Doc) -> tuple[list[float], list[float]]:
        """``Linear.scores`` of the category and the urgency model, each over its own n-grams of *doc* (same
        sums, same order: same floats; an n-gram outside a model's vocabulary adds an exact 0.0 to its sums)."""
        if not doc:
            return self.category_model.scores(doc), self.urgent_model.scores(doc)
        if len(doc) == 1:
            rows = memoryview(self._packed[self._slices[doc[0]]]).cast("d")
        else:
            rows = memoryview(b"".join(itemgetter(*map(self._slices.__getitem__, doc))(self._packed))).cast("d")
        width, k = self._width, self._classes
        sums = [sum(rows[c::width]) for c in range(k + 2)]
        n_cat, n_urg = sum(rows[width - 2::width]), sum(rows[width - 1::width])
        cat = _affine(self.category_model.bias, sums[:k], n_cat)
        urg = _affine(self.urgent_model.bias, sums[k:], n_urg)
        return cat, urg

    def predict(self, text: str) -> Prediction:
        """Probabilities of every category and of urgency."""
        doc = self.doc(text)
        cat, urg = self._scores(doc)
        probs = softmax(cat)
        urgent = softmax(urg)[1]
        return Prediction(dict(zip(self.categories, probs, strict=True)), urgent, tuple(doc))

    def _push(self, code: str, doc: Sequence[int]) -> dict[int, float]:
        """Per n-gram of *doc*: its weight for *code* minus its mean weight for the other classes."""
        m, width = self._matrix, self._width
        if code == "urgent":
            yes, no = self._classes + 1, self._classes
            return {i: m[i * width + yes] - m[i * width + no] for i in doc}
        c, total = self.categories.index(code), self._classes + 2
        n = len(self.categories) - 1
        return {i: m[i * width + c] - (m[i * width + total] - m[i * width + c]) / n for i in doc}

    def explain(self, text: str, pred: Prediction, code: str, limit: int = 3) -> tuple[str, ...]:
        """Up to *limit* phrases of *text* that made the model choose *code* ("urgent" for urgency)."""
        push = self._push(code, pred.doc)
        ranked = sorted((i for i, p in push.items() if p > 0), key=lambda i: (-push[i], i))
        return spans(text, [self.vocab[i] for i in ranked[:12]], limit)

    def pruned(self, eps: float) -> TextModel:
        """The same model without what changes nothing: an n-gram leaves a model's vocabulary when all its weights
        there are below *eps*, and the file when it is in neither."""
        def strong(m: Linear, i: int) -> bool:
            return max(abs(w[i]) for w in m.weights) >= eps
        use = [_use(code != URGENT_USE and strong(self.category_model, i),
                    code != CATEGORY_USE and strong(self.urgent_model, i)) for i, code in enumerate(self.use)]
        keep = [i for i, u in enumerate(use) if u]

        def cut(m: Linear, code: str) -> Linear:  # weights outside the model's vocabulary are exactly 0
            return Linear([[w[i] if use[i] in (code, BOTH_USE) else 0.0 for i in keep] for w in m.weights],
                          list(m.bias))
        return TextModel([self.vocab[i] for i in keep], self.categories, cut(self.category_model, CATEGORY_USE),
                         cut(self.urgent_model, URGENT_USE), self.settings, self.meta, "".join(use[i] for i in keep))

    def to_dict(self) -> dict:
        """JSON-ready parameters (weights rounded to 4 decimals)."""
        def lin(m: Linear) -> dict:
            return {"bias": [round(b, 4) for b in m.bias], "weights": [[round(x, 4) or 0 for x in w] for w in m.weights]}
        return {"format": FORMAT, "orders": list(ORDERS), "max_chars": MAX_CHARS, "features": FEATURES,
                "settings": self.settings,
                "meta": self.meta,
                "categories": list(self.categories), "vocab": self.vocab, "use": self.use,
                "category": lin(self.category_model), "urgent": lin(self.urgent_model)}

    @classmethod
    def from_dict(cls, data: dict) -> TextModel:
        if (data.get("format") != FORMAT or data.get("orders") != list(ORDERS) or data.get("max_chars") != MAX_CHARS
                or data.get("features", 1) != FEATURES):
            raise ValueError("model file was built for other features; rebuild it: python -m nlp.training")
        def lin(d: dict) -> Linear:
            return Linear([list(map(float, w)) for w in d["weights"]], list(map(float, d["bias"])))
        return cls(data["vocab"], data["categories"], lin(data["category"]), lin(data["urgent"]), data["settings"],
                   data.get("meta"), data["use"])

    def to_cache(self) -> dict:
        """The built model as plain values for marshal (nlp/triage.py caches it): restoring it skips parsing the
        JSON and packing the arrays, two thirds of the model's share of a cold start."""
        def lin(m: Linear) -> tuple:
            return list(m.bias), [array("d", w).tobytes() for w in m.weights]
        return {"format": FORMAT, "features": FEATURES, "vocab": self.vocab, "use": self.use,
                "categories": list(self.categories),
                "category": lin(self.category_model), "urgent": lin(self.urgent_model),
                "column_sums": array("d", self._column_sums).tobytes(), "width": self._width,
                "classes": self._classes, "packed": self._packed, "settings": self.settings, "meta": self.meta}

    @classmethod
    def from_cache(cls, data: dict) -> TextModel:
        """The model of ``to_cache``'s values (KeyError / TypeError / ValueError when they are not that)."""
        if data["format"] != FORMAT or data["features"] != FEATURES:
            raise ValueError("cached model of another format")
        def lin(pair: tuple) -> Linear:
            return Linear([array("d", w).tolist() for w in pair[1]], list(pair[0]))
        model = cls.__new__(cls)
        model.vocab = list(data["vocab"])
        model.use = str(data["use"])
        model._index = dict(zip(model.vocab, range(len(model.vocab)), strict=True))
        model.categories = tuple(data["categories"])
        model.category_model, model.urgent_model = lin(data["category"]), lin(data["urgent"])
        model._column_sums = array("d", data["column_sums"]).tolist()
        model._width, model._classes = int(data["width"]), int(data["classes"])
        model._packed = bytes(data["packed"])
        model._matrix = array("d", model._packed)
        model._slices = model._row_slices()
        model.settings, model.meta = dict(data["settings"]), dict(data["meta"])
        return model

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> TextModel:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def _use(category: bool, urgent: bool) -> str:
    """An n-gram's ``use`` mark ("" when it is in neither vocabulary)."""
    return BOTH_USE if category and urgent else CATEGORY_USE if category else URGENT_USE if urgent else ""


def _affine(bias: Sequence[float], sums: Sequence[float], n: float) -> list[float]:
    """``Linear.scores``'s arithmetic: bias + sum / sqrt(n) (exactly bias + sum for one n-gram: v is 1.0)."""
    v = 1.0 / math.sqrt(n) if n else 0.0
    return [b + v * s for s, b in zip(sums, bias, strict=True)]


def _spread(m: Linear, own: Sequence[str], vocab: Sequence[str]) -> Linear:
    """*m*'s weights over *own* spread over the larger *vocab* (0.0 where an n-gram is not *own*)."""
    at = {g: i for i, g in enumerate(vocab)}
    where = [at[g] for g in own]
    weights = []
    for w in m.weights:
        row = [0.0] * len(vocab)
        for j, x in zip(where, w, strict=True):
            row[j] = x
        weights.append(row)
    return Linear(weights, list(m.bias))


def spans(text: str, grams: Sequence[str], limit: int) -> tuple[str, ...]:
    """The stretches of *text* covered by *grams* (overlapping ones merged), strongest first."""
    s = prepare(text)
    covered: list[tuple[int, int, int]] = []  # (start, end, rank of the strongest gram inside)
    for rank, g in enumerate(grams):
        at = s.find(g)
        if at >= 0:
            covered.append((at, at + len(g), rank))
    merged: list[list[int]] = []
    for start, end, rank in sorted(covered):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] = min(merged[-1][2], rank)
        else:
            merged.append([start, end, rank])
    pieces = [(rank, piece) for a, b, rank in merged for piece in s[a:b].split("|")]
    out = [p for _, p in sorted(pieces) if len(p) >= 2]
    return tuple(dict.fromkeys(out))[:limit]
