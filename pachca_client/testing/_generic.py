"""Operations the fake has no stateful route for yet, answered from openapi.yaml alone.

A new operation of openapi.yaml is in the generated operation table the day it is generated, before anyone
writes its route. The fake serves it at once: the caller is checked as for any route (token, scope, plan,
token kind, rate limit), a JSON body against the operation's request model (400 with the JSON path, as
everywhere), and the answer is built from the generated model of its success answer: every field present,
ids fresh from the fake's counter (the path's `id` where the answer is the object the path names), times
from the fake's clock, the first member of each enum and union. It carries `X-Fake-Generic: 1`, and
`FakePachca.coverage()` lists the operations served so. Its state does not change: a test that needs the
effect (a created object listed afterwards) needs a stateful route (`routes/`).
"""

from __future__ import annotations

import datetime
import enum
import importlib
import types
import typing
from typing import TYPE_CHECKING, Any

import attrs

from .._validation import _hints
from ..generated.types import UNSET, File, Unset
from ._core import is_number
from ._server import Reply

if TYPE_CHECKING:
    from ..generated.operations import Operation
    from ._router import Call, Handler

GENERIC_HEADER = "X-Fake-Generic"
_DEPTH = 6  # nested objects deeper than this are left at their required fields' simplest values


def generic_handler(operation: Operation) -> Handler:
    """The handler that answers `operation` from its schemas."""
    endpoint = importlib.import_module(f"pachca_client.generated.api.{operation.tag}.{operation.name}")

    def answer(call: Call) -> Any:
        if operation.body_model and operation.body_kind == "application/json":
            models = importlib.import_module("pachca_client.generated.models")
            call.body(getattr(models, operation.body_model))
        headers = {GENERIC_HEADER: "1"}
        if 300 <= operation.status < 400:  # a redirect to a file: one on the storage host
            path = f"/generic/{operation.name}/{call.state.next_id()}/file.bin"
            call.state.blobs[path] = (b"generic file of the fake", "application/octet-stream", "file.bin")
            return Reply(status=operation.status, headers={**headers, "Location": call.workspace.storage.url + path})
        answer_type = typing.get_type_hints(endpoint.parse_success).get("return")
        if answer_type is File or File in typing.get_args(answer_type):  # a file's bytes
            binary = {**headers, "Content-Type": "application/octet-stream"}
            return Reply(status=operation.status, body=b"generic file of the fake", headers=binary)
        model = _model_of(answer_type)
        if model is None:
            return Reply(status=operation.status, headers=headers)
        path_id = call.params.get("id")
        sample = _Sampler(call, int(path_id) if path_id and is_number(path_id) else None)
        document = sample.instance(model, 0).to_dict()
        return Reply.json(document, status=operation.status, headers=headers)

    answer.__name__ = operation.name
    return answer


def _model_of(hint: Any) -> type | None:
    """The model class of an answer type (`Model`, `Model | None`); None for an answer without one."""
    if isinstance(hint, type) and attrs.has(hint):
        return hint
    for member in typing.get_args(hint):
        if isinstance(member, type) and attrs.has(member):
            return member
    return None


class _Sampler:
    """Values for a generated model's fields, as the fake would store them."""

    def __init__(self, call: Call, path_id: int | None) -> None:
        self.call = call
        self.path_id = path_id

    def instance(self, cls: type, depth: int) -> Any:
        fields = {}
        for field in attrs.fields(cls):
            if not field.init:
                continue
            hint = _hints(cls)[field.name]
            optional = field.default is not attrs.NOTHING
            if optional and depth >= _DEPTH:
                continue
            if field.name == "id" and depth <= 1 and self.path_id is not None:
                fields[field.alias] = self.path_id
                continue
            fields[field.alias] = self.value(hint, field.name, depth)
        return cls(**fields)

    def value(self, hint: Any, name: str, depth: int) -> Any:
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            members = [m for m in typing.get_args(hint) if m not in (Unset, type(None))]
            if not members:
                return None
            return self.value(members[0], name, depth)
        if origin is list:
            (item,) = typing.get_args(hint) or (Any,)
            return [] if depth >= _DEPTH else [self.value(item, name, depth + 1)]
        if hint is bool:
            return False
        if hint is int:
            return self.call.state.next_id() if name == "id" or name.endswith("_id") else 1
        if hint is float:
            return 1.0
        if hint is str:
            return f"{name} {self.call.state.next_id()}"
        if hint is datetime.datetime:
            return self.call.workspace.clock.now()
        if hint is datetime.date:
            return self.call.workspace.clock.now().date()
        if hint is File:
            return UNSET
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return next(iter(hint))
        if isinstance(hint, type) and attrs.has(hint):
            return self.instance(hint, depth + 1)
        if origin is dict or hint is dict:
            return {}
        return None
