"""The bot's own replies, pasted back by the writer: they are not the writer's words.

Some writers copy the acknowledgment (「已收到，您的工单号是 #12（临时救助）。镇街民政干部会在…前与您联系…」) and
write under it.  Read as theirs, its 临时救助, 工单 and 核实 filed the message and its calm outweighed the emergency
under it: pasted before a caught urgent tuning row it silenced 209 of 7,242.  Only the bot's own sentences go
(handlers/texts.py; tests/nlp/test_echo.py keeps the two in step): 「我的工单 #12 还没人来」 is the writer's.
"""
from __future__ import annotations

import re

_SENTENCES = (
    "已收到，您的工单号是 #N（LABEL）。",
    "已按急难情况登记，走绿色通道：值班的民政干部马上会收到通知，24小时内（WHEN前）为您先行救助。",
    "镇街民政干部会在 WHEN 前与您联系，需要时上门核实情况。",
    "有补充情况可以直接发消息，会加到这个工单里；发送 /status 可随时查看进度。",
    "已将这条消息补充到您的工单 #N，办理人员会看到。",
    "如果这是另一个新问题，请点下面的按钮另外登记。",
    "工单 #N 已改为急难处理，值班人员会马上联系您。",
)
# Copied text keeps its characters, but a writer may retype a comma or drop a space.
_FREE = {"#N": r"#\d+", "LABEL": r"[^（）()\n]{1,16}", "WHEN": r"[^\n，,。]{1,30}?",
         "，": r"[，,]\s*", "。": r"[。.]?", "；": r"[；;,，]\s*", "：": r"[：:]\s*", "（": r"[（(]", "）": r"[）)]",
         " ": r"\s*"}
_PIECE = re.compile("|".join(re.escape(k) for k in _FREE))


def _pattern(sentence: str) -> str:
    out, pos = [], 0
    for m in _PIECE.finditer(sentence):
        out += [re.escape(sentence[pos:m.start()]), _FREE[m.group()]]
        pos = m.end()
    return "".join(out) + re.escape(sentence[pos:])


_ECHO = re.compile(r"[“\"「『]?\s*(?:" + "|".join(_pattern(s) for s in _SENTENCES) + r")\s*[”\"」』]?")
_TELLS = ("工单", "登记", "联系您")  # (a text without any of them is left alone at once)


def without_echo(text: str) -> str:
    """*text* without the bot's own sentences pasted into it."""
    if not any(t in text for t in _TELLS):
        return text
    return _ECHO.sub("\n", text).strip()
