"""Each staff role's /help lists every command that role can use (a command nobody is told of is lost)."""

from __future__ import annotations

import re

import pytest

from handlers.router import COMMANDS_BY_ROLE
from handlers.staff_texts import STAFF_HELP

ALWAYS_THERE = {"/start", "/help", "/cancel"}  # the bot's menu shows these to everyone
NOT_THEIRS = {"caseworker": {"/town"}}  # shared table, refused by the handler: supervisors only


@pytest.mark.parametrize("role", sorted(STAFF_HELP))
def test_help_lists_every_command_of_the_role(role):
    listed = set(re.findall(r"/[a-z]+", STAFF_HELP[role]))
    missing = set(COMMANDS_BY_ROLE[role]) - ALWAYS_THERE - NOT_THEIRS.get(role, set()) - listed
    assert not missing, f"{role} /help does not mention {sorted(missing)}"
