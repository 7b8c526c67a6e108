"""How a policy answer from the knowledge base reads in the chat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.settings import Settings
from handlers.texts import esc

if TYPE_CHECKING:
    from handlers.knowledge import PolicyAnswer


def answer(entry: PolicyAnswer, settings: Settings) -> str:
    """Who qualifies, how to apply, where, what to bring — short and plain."""
    bring = "、".join(esc(item) for item in entry.bring)
    lines = [
        f"<b>{esc(entry.title)}</b>",
        f"<b>谁可以申请：</b>{esc(entry.who)}",
        f"<b>怎么申请：</b>{esc(entry.how)}",
        f"<b>去哪里办：</b>{esc(entry.where)}",
    ]
    if bring:
        lines.append(f"<b>要带的材料：</b>{bring}")
    if entry.time:
        lines.append(f"<b>办理时间：</b>{esc(entry.time)}")
    lines.append(f"\n以上是一般规定，具体以{esc(settings.hotline.bureau)}和镇街民政窗口的答复为准。"
                 "如果您家现在就有困难，点下面的按钮，我们登记工单、派人联系您。")
    return "\n".join(lines)
