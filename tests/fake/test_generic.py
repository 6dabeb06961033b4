"""The fake answers an operation it has no stateful route for from openapi.yaml alone (`_generic.py`).

Every operation is tried that way here, each with a fake whose routes are all generic: the day a new
operation appears in openapi.yaml, a user's test of it gets a valid answer, not a 501.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from operation_calls import build_call, operation_module, operations
from spec_validation import validate_all

from pachca_client import Pachca
from pachca_client.generated.operations import OPERATIONS
from pachca_client.testing import FakePachca
from pachca_client.testing._generic import GENERIC_HEADER, generic_handler
from pachca_client.testing._router import RouteTable


@pytest.fixture(scope="module")
def generic_fake() -> Any:
    with FakePachca(plan="corporation") as fake:
        fake.routes = RouteTable().with_generic_routes(generic_handler)
        yield fake


def test_every_operation_is_answered_generically_and_validly(generic_fake: FakePachca, project_spec: Any) -> None:
    bot = generic_fake.add_bot("Generic")
    by_id = {op.operation_id: op for op in OPERATIONS.values()}
    answered = []
    for path, _method, operation in operations(project_spec):
        row = by_id.get(operation["operationId"])
        if row is None:  # the storage host's upload: not an API operation
            continue
        kwargs, _ = build_call(project_spec, path, operation)
        request = operation_module(operation)._get_kwargs(**kwargs)
        request.pop("rate_limit", None)
        token = bot.token if row.token == "bot" else generic_fake.token
        headers = {**request.pop("headers", {}), "Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=generic_fake.base_url, follow_redirects=False) as raw:
            response = raw.request(headers=headers, **request)
        assert response.status_code == row.status, f"{row.name}: {response.status_code} {response.text[:300]}"
        assert response.headers.get(GENERIC_HEADER) == "1", row.name
        answered.append(row.name)
    assert sorted(answered) == sorted(OPERATIONS)
    assert validate_all(generic_fake.exchanges) == []


def test_a_generic_answer_names_the_object_of_its_path(generic_fake: FakePachca) -> None:
    with Pachca(generic_fake.token, base_url=generic_fake.base_url, strict=True, rate_limits=False) as pachca:
        chat = pachca.chats.get_chat(4242)
    assert chat.id == 4242


def test_a_generic_route_still_checks_the_caller_and_the_body(generic_fake: FakePachca) -> None:
    with httpx.Client(base_url=generic_fake.base_url) as raw:
        assert raw.get("/chats/1").status_code == 401
        refused = raw.post(
            "/chats", json={"chat": {"nme": "typo"}}, headers={"Authorization": f"Bearer {generic_fake.token}"}
        )
    assert refused.status_code == 400 and "nme" in refused.text


def test_coverage_lists_how_each_operation_is_served(generic_fake: FakePachca) -> None:
    assert generic_fake.coverage() == {"stateful": [], "generic": sorted(OPERATIONS)}
    with FakePachca() as fake:
        coverage = fake.coverage()
    assert sorted(coverage["stateful"] + coverage["generic"]) == sorted(OPERATIONS)


def test_a_route_of_an_operation_openapi_yaml_no_longer_has_is_not_served() -> None:
    table = RouteTable()

    @table("an_operation_removed_from_the_spec")
    def gone(call: Any) -> None:
        raise AssertionError("never routed")

    assert table.routes == [] and table.stale == ["an_operation_removed_from_the_spec"]
    assert RouteTable().extend(table).stale == table.stale
