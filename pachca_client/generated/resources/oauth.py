# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""`pachca.oauth`: The OAuth side of tokens: inspecting the token in use, trading an authorisation code or refresh token for tokens, and revoking a token.

One method per operation of the tag in openapi.yaml. Each sends its generated endpoint module
through the client (`Pachca` or `AsyncPachca`), which maps errors to exceptions and parses the
success answer with the parser named here. Paginated operations also have `<name>_iter(...)`.
Under `pachca.with_raw_response.oauth` each method returns a `RawResponse` (status, headers,
request id, `.parse()` for the usual value) instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._answers import data_of, ignore_body
from ..._resource import AsyncResource, SyncResource, json_body
from ..._response import async_raw_response, raw_response

if TYPE_CHECKING:
    from ..bodies import OAuthRevokeRequestDict, OAuthTokenRequestDict
    from ..models.access_token_info import AccessTokenInfo
    from ..models.o_auth_revoke_request import OAuthRevokeRequest
    from ..models.o_auth_token import OAuthToken
    from ..models.o_auth_token_request import OAuthTokenRequest


class OauthResource(SyncResource):
    """The OAuth side of tokens: inspecting the token in use, trading an authorisation code or refresh token for tokens, and revoking a token."""

    def revoke_token(
        self,
        *,
        body: OAuthRevokeRequest | OAuthRevokeRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Revoke a user token issued via OAuth

        Invalidates a user token that your bot obtained through OAuth, for example when the person
        disconnects your integration; the `token` travels in a form-encoded body. A server-side client
        proves itself with `client_id` and `client_secret` in the same body, while a client without a secret
        sends the token as a Bearer header as well. A successful call returns an empty body.
        """

        from ..api.oauth import revoke_token as endpoint
        from ..models.o_auth_revoke_request import OAuthRevokeRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "body": json_body(OAuthRevokeRequest, body),
            },
            authenticated="optional",
        )

    def exchange_token(
        self,
        *,
        body: OAuthTokenRequest | OAuthTokenRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthToken:
        """Redeem an OAuth authorization code for a user token

        Final step of the OAuth code flow: trades the `code` delivered to your `redirect_uri` (valid 10
        minutes, usable once) for the person's `access_token`, returned with a `refresh_token`, the granted
        scopes and the issue time. The body is form-encoded and no Bearer token is sent: a server-side
        client authenticates with `client_id` and `client_secret` (in the body or via HTTP Basic), a client
        without a secret with its PKCE `code_verifier`. The issued token has no expiry and lasts until the
        person withdraws consent.
        """

        from ..api.oauth import exchange_token as endpoint
        from ..models.o_auth_token_request import OAuthTokenRequest

        return self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "body": json_body(OAuthTokenRequest, body),
            },
            authenticated=False,
        )

    def get_token_info(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenInfo:
        """Inspect the current token

        Describes the token used for the call: owner id, granted scopes, creation time and last use
        (refreshed at most hourly). The token string comes back masked, keeping only its first 8 and last 4
        characters. No scope is required.
        """

        from ..api.oauth import get_token_info as endpoint

        return self._via(extra_body, extra_query, extra_headers)._request(endpoint, data_of(endpoint.parse_success), {})


class AsyncOauthResource(AsyncResource):
    """The OAuth side of tokens: inspecting the token in use, trading an authorisation code or refresh token for tokens, and revoking a token."""

    async def revoke_token(
        self,
        *,
        body: OAuthRevokeRequest | OAuthRevokeRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Revoke a user token issued via OAuth

        Invalidates a user token that your bot obtained through OAuth, for example when the person
        disconnects your integration; the `token` travels in a form-encoded body. A server-side client
        proves itself with `client_id` and `client_secret` in the same body, while a client without a secret
        sends the token as a Bearer header as well. A successful call returns an empty body.
        """

        from ..api.oauth import revoke_token as endpoint
        from ..models.o_auth_revoke_request import OAuthRevokeRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            ignore_body,
            {
                "body": json_body(OAuthRevokeRequest, body),
            },
            authenticated="optional",
        )

    async def exchange_token(
        self,
        *,
        body: OAuthTokenRequest | OAuthTokenRequestDict,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthToken:
        """Redeem an OAuth authorization code for a user token

        Final step of the OAuth code flow: trades the `code` delivered to your `redirect_uri` (valid 10
        minutes, usable once) for the person's `access_token`, returned with a `refresh_token`, the granted
        scopes and the issue time. The body is form-encoded and no Bearer token is sent: a server-side
        client authenticates with `client_id` and `client_secret` (in the body or via HTTP Basic), a client
        without a secret with its PKCE `code_verifier`. The issued token has no expiry and lasts until the
        person withdraws consent.
        """

        from ..api.oauth import exchange_token as endpoint
        from ..models.o_auth_token_request import OAuthTokenRequest

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint,
            endpoint.parse_success,
            {
                "body": json_body(OAuthTokenRequest, body),
            },
            authenticated=False,
        )

    async def get_token_info(
        self,
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenInfo:
        """Inspect the current token

        Describes the token used for the call: owner id, granted scopes, creation time and last use
        (refreshed at most hourly). The token string comes back masked, keeping only its first 8 and last 4
        characters. No scope is required.
        """

        from ..api.oauth import get_token_info as endpoint

        return await self._via(extra_body, extra_query, extra_headers)._request(
            endpoint, data_of(endpoint.parse_success), {}
        )


class OauthResourceWithRawResponse:
    """`pachca.with_raw_response.oauth.<method>(...)`: each method of `OauthResource`, returning a `RawResponse`."""

    def __init__(self, resource: OauthResource) -> None:
        self.revoke_token = raw_response(resource.revoke_token)
        self.exchange_token = raw_response(resource.exchange_token)
        self.get_token_info = raw_response(resource.get_token_info)


class AsyncOauthResourceWithRawResponse:
    """`await pachca.with_raw_response.oauth.<method>(...)`: each method of `AsyncOauthResource`, returning a `RawResponse`."""

    def __init__(self, resource: AsyncOauthResource) -> None:
        self.revoke_token = async_raw_response(resource.revoke_token)
        self.exchange_token = async_raw_response(resource.exchange_token)
        self.get_token_info = async_raw_response(resource.get_token_info)
