"""Invite codes: made by `hotline invite`, redeemed by `/start CODE`."""

from __future__ import annotations

import secrets
from datetime import timedelta

from handlers.settings import Settings
from storage.models import Invite, Person
from storage.unit_of_work import UnitOfWork

ROLES = {"volunteer": "志愿者/网格员", "caseworker": "镇街民政干部", "liaison": "部门联络员", "supervisor": "区民政局督办人员"}
DEFAULT_VALIDITY = timedelta(days=7)


class InviteError(ValueError):
    """A role, town, village or department that does not fit."""


def create_invite(uow: UnitOfWork, settings: Settings, role: str, *, town: str | None = None,
                  village: str | None = None, department: str | None = None,
                  valid_for: timedelta = DEFAULT_VALIDITY) -> Invite:
    """A new one-time code, checked against the configured jurisdiction and departments."""
    town, village, department = _check(settings, role, town, village, department)
    invite = Invite(code=secrets.token_urlsafe(12), role=role, town=town, village=village, department=department,
                    created_at=uow.now(), expires_at=uow.now() + valid_for)
    return uow.invites.add(invite)


def _check(settings: Settings, role: str, town: str | None, village: str | None,
           department: str | None) -> tuple[str | None, str | None, str | None]:
    if role not in ROLES:
        raise InviteError(f"未知角色 {role}：应为 {', '.join(ROLES)}")
    if village and not town:
        town = next((t for t, villages in settings.towns.items() if village in villages), None)
    if role == "volunteer" and not village:
        raise InviteError("志愿者邀请需要 --village（村/社区）")
    if role == "caseworker" and not town:
        raise InviteError("镇街民政干部邀请需要 --town（镇/街道）")
    if role == "liaison" and not department:
        raise InviteError("部门联络员邀请需要 --department（部门代码，见 hotline departments）")
    if town and town not in settings.towns:
        raise InviteError(f"未知的镇/街道：{town}（可选：{'、'.join(settings.towns)}）")
    if village and village not in settings.towns.get(town or "", ()):
        raise InviteError(f"{town} 没有村/社区 {village}")
    if department:
        found = settings.department(department)
        if found is None:
            raise InviteError(f"未知的部门代码：{department}（见 hotline departments）")
        department = found.code
    return town, village, department


def redeem(uow: UnitOfWork, person: Person, code: str) -> Invite | None:
    """Give `person` the invite's role and place; None if the code is wrong, used or expired."""
    if len(code) > 40 or not uow.invites.redeem(code, person.id):
        return None
    invite = uow.invites.get(code)
    person.role, person.town, person.village, person.department = (
        invite.role, invite.town, invite.village, invite.department)
    uow.events.record("registered", actor_id=person.id, detail=f"{ROLES[invite.role]} {_place(invite)}")
    return invite


def _place(invite: Invite) -> str:
    return "".join(part for part in (invite.town, invite.village, invite.department) if part)
