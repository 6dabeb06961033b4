# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.custom_properties`: Workspace-defined extra fields available on employees and tasks.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.custom_properties` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import data_of
from ..._resource import AsyncResource, SyncResource
from ..._response import async_raw_response, raw_response

if TYPE_CHECKING:
    from ..models.custom_property_definition import CustomPropertyDefinition
    from ..models.search_entity_type import SearchEntityType


class CustomPropertiesResource(SyncResource):
    """Workspace-defined extra fields available on employees and tasks."""

    def list_properties(
        self,
        *,
        entity_type: SearchEntityType,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CustomPropertyDefinition]:
        """List custom property definitions

        Returns the extra fields configured in the workspace for employees or for tasks, chosen with
        `entity_type`. The reply holds `data` only, without pagination `meta`. Writing a property id that no
        longer exists on a user or task causes an error, and file-type properties are not supported yet.
        Scope `custom_properties:read`.
        """

        from ..api.custom_properties import list_properties as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "entity_type": entity_type,
            },
        )


class AsyncCustomPropertiesResource(AsyncResource):
    """Workspace-defined extra fields available on employees and tasks."""

    async def list_properties(
        self,
        *,
        entity_type: SearchEntityType,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CustomPropertyDefinition]:
        """List custom property definitions

        Returns the extra fields configured in the workspace for employees or for tasks, chosen with
        `entity_type`. The reply holds `data` only, without pagination `meta`. Writing a property id that no
        longer exists on a user or task causes an error, and file-type properties are not supported yet.
        Scope `custom_properties:read`.
        """

        from ..api.custom_properties import list_properties as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            data_of(endpoint.parse_success),
            {
                "entity_type": entity_type,
            },
        )


class CustomPropertiesResourceWithRawResponse:
    """`pachca.with_raw_response.custom_properties.<method>(...)`: each method of `CustomPropertiesResource`, returning a `RawResponse`."""

    def __init__(self, resource: CustomPropertiesResource) -> None:
        self.list_properties = raw_response(resource.list_properties)


class AsyncCustomPropertiesResourceWithRawResponse:
    """`await pachca.with_raw_response.custom_properties.<method>(...)`: each method of `AsyncCustomPropertiesResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncCustomPropertiesResource) -> None:
        self.list_properties = async_raw_response(resource.list_properties)
