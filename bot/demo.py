"""`hotline demo`: the sandbox, the real bot process, a scripted conversation, its transcript, the tickets."""

from __future__ import annotations

import tempfile
import textwrap
from pathlib import Path

from bot.launcher import BotProcess
from handlers.invites import create_invite
from sandbox import Sandbox

URGENT = "我是下营镇常州村的，老伴瘫痪在床，家里两天没米下锅了，我腿也摔了起不来"
HOUSE = "我家房顶漏雨，下雨天屋里摆满了盆接水，想请政府帮忙修一修"
QUESTION = "请问低保的申请条件是什么？需要带什么材料？"
PARKING = "小区门口天天有人乱停车，物业也不管，太烦人了"
MORE = "补充一下：家里还有个孙子在上小学，老伴腿脚也不好"


def run_demo(framework: str = "ptb") -> int:
    """Play the script; 0 when every expected reply came."""
    with tempfile.TemporaryDirectory(prefix="hotline-demo-") as folder, Sandbox() as sandbox:
        workdir = Path(folder)
        database = f"sqlite:///{workdir / 'demo.db'}"
        bot = BotProcess(token=sandbox.bot_token, api_root=sandbox.api_root, database_url=database,
                         workdir=workdir, framework=framework)
        print("启动沙箱和机器人进程（hotline run）……", flush=True)
        bot.start()
        try:
            sandbox.wait_polling(timeout=90)
            codes = _invites(database)
            _play(sandbox, codes)
        except (AssertionError, TimeoutError, RuntimeError) as error:
            print(f"\n演示未完成：{error}\n--- 机器人日志 ---\n{bot.logs()[-4000:]}")
            return 1
        finally:
            bot.stop()
        print("\n===== 对话记录 =====")
        for entry in sandbox.transcript():
            print(_render(entry))
        print("\n===== 工单表 =====")
        print(_tickets_table(database))
    return 0


def _invites(database: str) -> dict[str, str]:
    """Invite codes for the staff in the script, written to the bot's own database."""
    from bot.app import build_runtime

    runtime = build_runtime({"HOTLINE_DB": database, "HOTLINE_SECRET_KEY": "sandbox-secret-key"},
                            with_triage=False)
    with runtime.uow_factory() as uow:
        codes = {
            "caseworker": create_invite(uow, runtime.settings, "caseworker", town="邦均镇").code,
            "supervisor": create_invite(uow, runtime.settings, "supervisor").code,
            "liaison": create_invite(uow, runtime.settings, "liaison", department="HOUSING").code,
        }
        uow.commit()
    runtime.engine.dispose()
    return codes


def _play(sandbox: Sandbox, codes: dict[str, str]) -> None:
    wang, li, zhao, liu = (sandbox.user(1001, "王大爷"), sandbox.user(1002, "李阿姨"),
                           sandbox.user(1003, "小赵"), sandbox.user(1004, "刘先生"))
    chen, zhou, housing = (sandbox.user(2001, "陈干部（邦均镇）"), sandbox.user(2002, "周科长（区民政局）"),
                           sandbox.user(3001, "吴联络员（住建委）"))
    for person, code in ((chen, codes["caseworker"]), (zhou, codes["supervisor"]), (housing, codes["liaison"])):
        person.send(f"/start {code}")
        person.expect("登记成功")
        person.expect("命令")  # the role's command list follows: wait, so the transcript reads in order
    wang.send("/start")
    wang.expect("110")
    wang.send(URGENT)
    wang.expect(r"#\d+.*24小时")
    zhou.expect("急难")
    li.send(HOUSE)
    li.expect(r"#\d+")
    li.expect("哪个镇")
    li.press("邦均镇")
    li.expect("哪个村")
    li.press("东塔村")
    li.expect("记下地址")
    zhao.send(QUESTION)
    zhao.expect("材料")
    liu.send(PARKING)
    liu.expect("12345")
    li.send(MORE)
    li.expect("补充到")
    li.send("/status")
    li.expect("您的工单")
    card = chen.expect(r"新工单 #\d+")
    number = card.text.split("#", 1)[1].split()[0]
    chen.press("接单", message=card)
    li.expect("受理")
    chen.expect("您已接单")
    chen.send(f"/visit {number} 入户核查：屋顶漏雨，东墙裂缝约2厘米，老人行动不便")
    chen.expect("核查情况")
    chen.send(f"/refer {number} HOUSING 请鉴定危房等级")
    li.expect("住房建设委")
    housing.expect(f"#{number}")
    chen.expect("已转介")
    housing.press("接收")
    chen.expect("已接收")
    housing.expect("已接收工单")
    housing.send(f"/close {number} 已鉴定为C级危房，纳入今年危房改造计划")
    chen.expect("C级危房")
    housing.expect("已告知承办人")
    chen.send(f"/close {number} 纳入危房改造计划，先行发放临时救助并安排村里帮助修补屋顶")
    li.expect("已办结")


def _render(entry) -> str:
    arrow = "  ▶" if entry.direction == "in" else "◀  "
    who = f"{entry.user_name}" if entry.direction == "in" else f"机器人 → {entry.user_name}"
    body = textwrap.indent(entry.text, "      ").strip()
    keys = "  ".join(f"[{text}]" for row in entry.buttons for text in row)
    return f"{arrow} {who}：{body}" + (f"\n      {keys}" if keys else "")


def _tickets_table(database: str) -> str:
    from sqlalchemy import create_engine, text

    from handlers.staff_texts import SOURCE_LABELS
    from handlers.texts import STATE_LABELS
    from nlp.triage import CATEGORY_LABELS

    engine = create_engine(database)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, category, urgent, state, town, village, source FROM tickets "
                                       "ORDER BY id")).all()
    engine.dispose()
    lines = ["工单 | 类别 | 急难 | 状态 | 镇街 | 村/社区 | 来源"]
    for row in rows:
        lines.append(" | ".join((f"#{row.id}", CATEGORY_LABELS.get(row.category, row.category),
                                 "是" if row.urgent else "否", STATE_LABELS.get(row.state, row.state),
                                 row.town or "—", row.village or "—", SOURCE_LABELS.get(row.source, row.source))))
    return "\n".join(lines)
