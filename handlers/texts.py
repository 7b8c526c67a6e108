"""Every sentence the bot says to residents, in one place. HTML; user text goes through `esc`."""

from __future__ import annotations

import html
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.settings import Settings

STATE_LABELS = {
    "new": "待受理", "accepted": "已受理", "verifying": "入户核查中", "referred": "已转介相关部门",
    "resolved": "已办结", "followed_up": "已回访", "rejected": "不予受理",
    "duplicate": "已合并", "withdrawn": "已撤回",
}
DUE_LABELS = {"accept": "受理", "first_help": "先行救助", "verify": "入户核查", "resolve": "办结", "followup": "回访"}
WEEKDAYS = "一二三四五六日"
BOT_MENU = (("start", "热线介绍和紧急电话"), ("status", "查看我的工单"), ("cancel", "撤回工单"), ("help", "帮助"))


def esc(text: str) -> str:
    """Escape user-supplied text for Telegram's HTML parse mode."""
    return html.escape(text, quote=False)


def when(moment: datetime, zone: str) -> str:
    """'11月24日（周二）16:00' in the district's time zone."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local.month}月{local.day}日（周{WEEKDAYS[local.weekday()]}）{local:%H:%M}"


def emergency_numbers(settings: Settings) -> str:
    crisis = "；".join(f"{line.name} <b>{esc(line.number)}</b>" for line in settings.hotline.crisis_lines)
    return f"紧急情况请直接拨打：报警 <b>110</b>，急救 <b>120</b>，火警 <b>119</b>。\n心理危机：{crisis}。"


def welcome(settings: Settings) -> str:
    hotline = settings.hotline
    phone = f"\n热线电话：{esc(hotline.phone)}" if hotline.phone else ""
    return (
        f"您好，这里是<b>{esc(hotline.name)}</b>（{esc(hotline.bureau)}）。\n\n"
        "生活遇到困难——吃饭、看病、住房、上学、照顾老人孩子、突发变故——直接用几句话告诉我们："
        "发生了什么、在哪个镇（街道）哪个村（社区）。我们会登记成工单，由镇街民政干部联系您、上门核实、帮您办理。"
        "发现身边有人遇到困难，也可以告诉我们。\n\n"
        "<b>我们会保存什么：</b>您发来的文字、图片和位置，以及您的 Telegram 名称，只用于办理您的求助，"
        "由民政工作人员按职责查看。身份证号、电话号码加密保存，屏幕上只显示部分数字。\n\n"
        f"{emergency_numbers(settings)}{phone}\n\n"
        "常用命令：/status 查看我的工单　/cancel 撤回工单　/help 帮助"
    )


def resident_help() -> str:
    return (
        "直接发文字描述您的困难即可，不需要命令。\n"
        "/status — 查看我的工单和办理时限\n"
        "/cancel — 撤回一个工单\n"
        "/start — 热线介绍和紧急电话"
    )


def ticket_opened(ticket_id: int, category_label: str, contact_by: str, urgent: bool) -> str:
    if urgent:
        plan = ("已按<b>急难情况</b>登记，走绿色通道：值班的民政干部马上会收到通知，"
                f"<b>24小时内</b>（{contact_by}前）为您先行救助。")
    else:
        plan = f"镇街民政干部会在 <b>{contact_by}</b> 前与您联系，需要时上门核实情况。"
    return (f"已收到，您的工单号是 <b>#{ticket_id}</b>（{esc(category_label)}）。\n{plan}\n"
            "有补充情况可以直接发消息，会加到这个工单里；发送 /status 可随时查看进度。")


def self_harm_first(settings: Settings) -> str:
    return ("您现在的安全最要紧。如果有危险，请马上拨打 <b>120</b> 或 <b>110</b>。\n"
            + "\n".join(f"{esc(line.name)}：<b>{esc(line.number)}</b>（可以现在就打）"
                        for line in settings.hotline.crisis_lines)
            + "\n我们的工作人员也会尽快联系您。您不是一个人。")


def ask_town() -> str:
    return "请问您在哪个镇（街道）？点下面的按钮选择。不选也没关系，工单已经登记，工作人员会联系您确认。"


def ask_village(town: str) -> str:
    return f"已记下：{esc(town)}。请问是哪个村（社区）？"


def place_saved(ticket_id: int, town: str, village: str | None) -> str:
    place = f"{esc(town)}{esc(village or '')}"
    return f"已为工单 #{ticket_id} 记下地址：{place}。工单已交给该镇（街道）的民政干部。"


def added_to_ticket(ticket_id: int) -> str:
    return (f"已将这条消息补充到您的工单 <b>#{ticket_id}</b>，办理人员会看到。\n"
            "如果这是另一个新问题，请点下面的按钮另外登记。")


def became_urgent(ticket_id: int) -> str:
    return f"工单 #{ticket_id} 已改为<b>急难</b>处理，值班人员会马上联系您。"


def split_done(old_id: int, new_id: int) -> str:
    return f"已把这条消息从工单 #{old_id} 移出，另外登记为新工单 <b>#{new_id}</b>。"


def out_of_scope(settings: Settings) -> str:
    return ("您反映的事情不属于社会救助热线的办理范围，我们这里不登记工单。\n"
            f"请联系 <b>{esc(settings.hotline.other_channel)}</b>，他们会转给负责的部门。\n"
            "如果您或家人在吃饭、看病、住房等方面有困难，欢迎直接告诉我们。")


def ask_for_words(stored_to: int | None) -> str:
    kept = f"已收到，并补充到工单 #{stored_to}。" if stored_to else "已收到，我们会保存。"
    return f"{kept}请再用几句文字说明一下情况（发生了什么、在哪里），方便工作人员尽快帮您。"


def empty_text() -> str:
    return "没有看到文字内容。请用几句话说明您遇到的困难，以及您在哪个镇（街道）、村（社区）。"


def unknown_command() -> str:
    return "没有这个命令。直接发文字描述困难就可以；发送 /help 查看可用的命令。"


def staff_only() -> str:
    return "这个命令只供民政工作人员使用。如需求助，直接发文字描述您的困难即可。"


def invite_invalid() -> str:
    return "这个邀请码无效、已使用或已过期。请向区民政局索取新的邀请码。"


def button_expired() -> str:
    return "这个按钮已经失效了。请发送 /status 查看最新情况。"


def internal_error() -> str:
    return "抱歉，系统处理时出了问题。您的消息已经保存，工作人员会看到并处理。紧急情况请拨打 110 / 120。"
