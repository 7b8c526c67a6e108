"""Reading Bot API parameters from any encoding: query string, JSON, form or multipart."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from aiohttp import web

from sandbox.models import bad_request


@dataclass(frozen=True)
class Upload:
    """A file sent in a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes = field(repr=False)


Params = Mapping[str, object]


async def read_params(request: web.Request) -> dict[str, object]:
    """Merge query string and body parameters; multipart files become Upload values."""
    params: dict[str, object] = dict(request.query)
    if not request.body_exists:
        return params
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError as err:
            raise bad_request("can't parse JSON object") from err
        if not isinstance(body, dict):
            raise bad_request("can't parse JSON object")
        params.update(body)
        return params
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            params[key] = Upload(value.filename, value.content_type, value.file.read())
        else:
            params[key] = value
    return params


def loggable(params: Params) -> dict[str, object]:
    """Return the parameters with uploads replaced by a short description."""
    return {
        key: f"<upload {value.filename} {len(value.data)} bytes>" if isinstance(value, Upload)
        else value
        for key, value in params.items()
    }


def text(params: Params, name: str) -> str | None:
    """Return a string parameter, or None when absent."""
    value = params.get(name)
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)


def integer(params: Params, name: str, *, default: int | None = None) -> int | None:
    """Return an integer parameter, or 400 if it is not a number."""
    value = params.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError) as err:
        raise bad_request(f'field "{name}" must be of type Integer') from err


def number(params: Params, name: str) -> float:
    """Return a required float parameter."""
    value = params.get(name)
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as err:
        raise bad_request(f'field "{name}" must be of type Number') from err


def flag(params: Params, name: str) -> bool:
    """Return a boolean parameter ("true", true, 1)."""
    value = params.get(name)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1")
    return bool(value)


def structured(params: Params, name: str) -> object:
    """Return a JSON-valued parameter decoded (strings are parsed; objects pass through)."""
    value = params.get(name)
    if isinstance(value, str) and value:
        try:
            return json.loads(value)
        except ValueError as err:
            raise bad_request(f"can't parse {name} JSON object") from err
    return value


def chat_id(params: Params, name: str = "chat_id") -> int:
    """Return the target chat id; '@username' and unknown forms are 'chat not found'."""
    value = params.get(name)
    if value in (None, ""):
        raise bad_request("chat_id is empty")
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError) as err:
        raise bad_request("chat not found") from err


def upload_or_id(params: Params, name: str) -> Upload | str | None:
    """Return a file parameter: an Upload (direct or attach://) or a file_id/URL string."""
    value = params.get(name)
    if isinstance(value, str) and value.startswith("attach://"):
        value = params.get(value[len("attach://"):])
        if value is None:
            raise bad_request(f"file for {name} not found in the request")
    if value is None or isinstance(value, Upload | str):
        return value
    raise bad_request(f"wrong type of the {name} field")
