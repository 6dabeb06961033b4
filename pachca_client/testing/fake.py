"""A fake Pachca: a stateful API server on 127.0.0.1 for demos, integration tests and users' own tests.

    with FakePachca() as fake:
        with fake.client() as pachca:                 # a Pachca pointed at the fake, with its token
            chat = pachca.chats.create_chat(body={"chat": {"name": "Launch"}})
        assert fake.received("POST", "/chats") == 1

What it keeps state for: the profile and its status, users and their statuses, chats and members,
messages (threads, reactions, pins, read marks), group tags and tasks. Lists page with opaque
cursors exactly as the API does (`meta.paginate` for lists, `total` for searches); errors come
with the API's bodies (`ApiError` items, `OAuthError`) and status codes; a wrong token gets 401.
Uploads use a second server as the storage host, so the two-host flow is real (and the fake
records whether the token ever reached the storage). `faults` makes the next requests fail on
purpose: 429 with `Retry-After`, 5xx, slow answers, dropped connections, cut or non-JSON bodies.
Every answer is recorded with its request in `exchanges`, so tests can check them against
openapi.yaml.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import itertools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Self

from ._server import LoopbackServer, ReceivedRequest, Reply

API_PREFIX = "/api/shared/v1"
JSON = dict[str, Any]


class ApiFailure(Exception):
    """Raised inside a route to answer with an error body."""

    def __init__(self, status: int, body: JSON) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


def api_error(status: int, key: str, code: str, message: str, value: Any = None) -> ApiFailure:
    shown = None if value is None else str(value)  # the API echoes the offending value as a string
    item = {"key": key, "value": shown, "message": message, "code": code, "payload": None}
    return ApiFailure(status, {"errors": [item]})


def not_found(what: str, value: Any) -> ApiFailure:
    return api_error(404, "id", "not_found", f"{what} not found", str(value))


def now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# --- faults ----------------------------------------------------------------------------------------


@dataclass
class Fault:
    """Answer the next `times` matching requests with `reply` instead of handling them."""

    reply: Reply
    times: int = 1
    method: str | None = None
    path: str | None = None  # a prefix of the path after /api/shared/v1

    def matches(self, request: ReceivedRequest, path: str) -> bool:
        return (
            self.times > 0
            and (self.method is None or self.method == request.method)
            and (self.path is None or path.startswith(self.path))
        )


class Faults:
    """Failures to inject, consumed in the order they were added."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self.injected = 0

    def inject(self, reply: Reply, *, times: int = 1, method: str | None = None, path: str | None = None) -> Fault:
        fault = Fault(reply, times, method, path)
        self._faults.append(fault)
        return fault

    def rate_limit(self, retry_after: float | str = 1, **match: Any) -> Fault:
        return self.inject(Reply.json({}, status=429, headers={"Retry-After": str(retry_after)}), **match)

    def server_error(self, status: int = 503, **match: Any) -> Fault:
        return self.inject(
            Reply.json(api_error(status, "server", "unhandled", "try later").body, status=status), **match
        )

    def slow(self, seconds: float, **match: Any) -> Fault:
        """Answer normally-shaped (an empty object) only after `seconds`: a client timeout should fire first."""
        return self.inject(Reply.json({"data": None}, delay=seconds), **match)

    def drop(self, **match: Any) -> Fault:
        return self.inject(Reply(misbehave="drop"), **match)

    def truncate(self, **match: Any) -> Fault:
        return self.inject(Reply.json({"data": {"id": 1, "padding": "x" * 200}}, misbehave="truncate"), **match)

    def html(self, status: int = 502, **match: Any) -> Fault:
        page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
        return self.inject(Reply(status=status, body=page, headers={"Content-Type": "text/html"}), **match)

    def take(self, request: ReceivedRequest, path: str) -> Reply | None:
        for fault in self._faults:
            if fault.matches(request, path):
                fault.times -= 1
                self.injected += 1
                return fault.reply
        return None

    def clear(self) -> None:
        self._faults.clear()


# --- pagination ------------------------------------------------------------------------------------


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        kind, _, value = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().partition(":")
        if kind == "o" and value.isdigit():
            return int(value)
    except (binascii.Error, UnicodeDecodeError):
        pass
    raise api_error(400, "cursor", "invalid", "cursor is not valid", cursor)


def _limit(request: ReceivedRequest, maximum: int) -> int:
    raw = request.param("limit")
    if raw is None:
        return maximum
    if not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise api_error(400, "limit", "invalid", f"limit must be between 1 and {maximum}", raw)
    return int(raw)


def list_page(request: ReceivedRequest, items: list[Any], maximum: int = 50) -> JSON:
    """A list answer: `data` and `meta.paginate` with all four fields, cursors never null."""
    limit, offset = _limit(request, maximum), _offset(request.param("cursor"))
    data = items[offset : offset + limit]
    end = offset + len(data)
    paginate = {
        "next_page": _cursor(end),
        "prev_page": _cursor(max(offset - limit, 0)),
        "has_next": end < len(items),
        "has_prev": offset > 0,
    }
    return {"data": data, "meta": {"paginate": paginate}}


def search_page(request: ReceivedRequest, items: list[JSON], maximum: int) -> JSON:
    """A search answer: `data`, `meta.total` and `meta.paginate.next_page`."""
    limit, offset = _limit(request, maximum), _offset(request.param("cursor"))
    data = items[offset : offset + limit]
    return {"data": data, "meta": {"total": len(items), "paginate": {"next_page": _cursor(offset + len(data))}}}


# --- the fake --------------------------------------------------------------------------------------


@dataclass
class Exchange:
    """One request and the answer the fake gave (faults included)."""

    request: ReceivedRequest
    status: int
    body: bytes
    injected: bool


Route = Callable[[ReceivedRequest, re.Match[str]], Any]


@dataclass
class _State:
    users: dict[int, JSON] = field(default_factory=dict)
    statuses: dict[int, JSON] = field(default_factory=dict)
    chats: dict[int, JSON] = field(default_factory=dict)
    roles: dict[tuple[int, int], str] = field(default_factory=dict)
    messages: dict[int, JSON] = field(default_factory=dict)
    reactions: dict[int, list[JSON]] = field(default_factory=dict)
    pins: set[int] = field(default_factory=set)
    readers: dict[int, list[int]] = field(default_factory=dict)
    threads: dict[int, JSON] = field(default_factory=dict)
    tags: dict[int, JSON] = field(default_factory=dict)
    tasks: dict[int, JSON] = field(default_factory=dict)
    uploads: dict[str, JSON] = field(default_factory=dict)


class FakePachca:
    """The fake API (and its storage host) on 127.0.0.1; see the module docstring."""

    def __init__(self, token: str = "fake-pachca-token", *, seed: bool = True) -> None:
        self.token = token
        self.faults = Faults()
        self.exchanges: list[Exchange] = []
        self.storage_saw_token = False
        self._lock = threading.RLock()
        self._ids = itertools.count(1001)
        self._state = _State()
        self._routes: list[tuple[str, re.Pattern[str], Route]] = []
        self._register_routes()
        self.api = LoopbackServer(self._handle_api)
        self.storage = LoopbackServer(self._handle_storage)
        self.me = self.add_user(first_name="Ada", last_name="Lovelace", nickname="ada", role="admin")
        if seed:
            self._seed()

    # -- lifecycle and helpers for tests ---------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self.api.url + API_PREFIX

    def start(self) -> Self:
        self.api.start()
        self.storage.start()
        return self

    def stop(self) -> None:
        self.api.stop()
        self.storage.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def client(self, **options: Any) -> Any:
        """A `Pachca` client for this fake (keyword options are passed on)."""
        from .._client import Pachca

        return Pachca(self.token, base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> Any:
        """An `AsyncPachca` client for this fake."""
        from .._client import AsyncPachca

        return AsyncPachca(self.token, base_url=self.base_url, **options)

    def received(self, method: str, path: str) -> int:
        """How many requests with this method reached this path (after /api/shared/v1), faults included."""
        return sum(1 for r in self.api.requests if r.method == method and r.path == API_PREFIX + path)

    def reset_traffic(self) -> None:
        self.api.clear()
        self.storage.clear()
        with self._lock:
            self.exchanges.clear()

    @property
    def uploads(self) -> dict[str, JSON]:
        """Files received by the storage host, by key (with the file name substituted)."""
        return {k: v for k, v in self._state.uploads.items() if not v.get("pending")}

    # -- seed data ---------------------------------------------------------------------------------

    def add_user(self, **fields: Any) -> JSON:
        with self._lock:
            user_id = next(self._ids)
            user = {
                "id": user_id,
                "first_name": "User",
                "last_name": str(user_id),
                "nickname": f"user{user_id}",
                "email": f"user{user_id}@example.test",
                "phone_number": None,
                "department": None,
                "title": None,
                "role": "user",
                "suspended": False,
                "invite_status": "confirmed",
                "inviter_id": None,
                "list_tags": [],
                "custom_properties": [],
                "user_status": None,
                "bot": False,
                "sso": False,
                "created_at": now(),
                "last_activity_at": now(),
                "time_zone": "Europe/Moscow",
                "image_url": None,
                **fields,
            }
            self._state.users[user_id] = user
            return user

    def add_chat(self, name: str, member_ids: list[int] | None = None, **fields: Any) -> JSON:
        with self._lock:
            chat_id = next(self._ids)
            members = sorted({self.me["id"], *(member_ids or [])})
            chat = {
                "id": chat_id,
                "name": name,
                "created_at": now(),
                "owner_id": self.me["id"],
                "member_ids": members,
                "group_tag_ids": [],
                "channel": False,
                "archived": False,
                "personal": False,
                "public": False,
                "last_message_at": now(),
                "meet_room_url": f"https://meet.example.test/{chat_id}",
                "avatar_url": None,
                **fields,
            }
            self._state.chats[chat_id] = chat
            for member in members:
                self._state.roles[(chat_id, member)] = "admin" if member == chat["owner_id"] else "member"
            return chat

    def _seed(self) -> None:
        colleagues = [
            self.add_user(first_name=first, last_name=last, nickname=nick, department=dept)
            for first, last, nick, dept in [
                ("Boris", "Ivanov", "boris", "Engineering"),
                ("Vera", "Petrova", "vera", "Design"),
                ("Gleb", "Sidorov", "gleb", "Sales"),
            ]
        ]
        ids = [u["id"] for u in colleagues]
        self.add_chat("General", ids)
        self.add_chat("Engineering", ids[:1])
        self.add_chat("Design reviews", ids[1:2])

    # -- dispatch ----------------------------------------------------------------------------------

    def _handle_api(self, request: ReceivedRequest) -> Reply:
        path = request.path.removeprefix(API_PREFIX)
        with self._lock:
            fault = self.faults.take(request, path)
            if fault is not None:
                reply, injected = fault, True
            else:
                reply, injected = self._dispatch(request, path), False
            self.exchanges.append(Exchange(request, reply.status, reply.body, injected))
        return reply

    def _dispatch(self, request: ReceivedRequest, path: str) -> Reply:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            description = "Access token is missing" if "authorization" not in request.headers else "Invalid token"
            return Reply.json({"error": "invalid_token", "error_description": description}, status=401)
        allowed = False
        for method, pattern, route in self._routes:
            match = pattern.fullmatch(path)
            if match is None:
                continue
            allowed = True
            if method != request.method:
                continue
            try:
                result = route(request, match)
            except ApiFailure as failure:
                return Reply.json(failure.body, status=failure.status)
            if isinstance(result, Reply):
                return result
            return Reply.json(result) if result is not None else Reply(status=204)
        if allowed:
            return Reply.json(api_error(404, "method", "not_found", "no such method", request.method).body, status=404)
        return Reply.json(api_error(404, "path", "not_found", "no such path", path).body, status=404)

    def _route(self, method: str, template: str, handler: Route) -> None:
        pattern = re.compile(re.sub(r"\{(\w+)\}", r"(?P<\1>\\d+)", template))
        self._routes.append((method, pattern, handler))

    def _handle_storage(self, request: ReceivedRequest) -> Reply:
        if "authorization" in request.headers:
            self.storage_saw_token = True
        if request.method != "POST":
            return Reply(status=405)
        names = re.findall(rb'form-data; name="([^"]+)"', request.body)
        key_match = re.search(rb'name="key"\r\n\r\n([^\r]*)\r\n', request.body)
        file_match = re.search(rb'name="file"; filename="([^"]*)"', request.body)
        if key_match is None or file_match is None or not names or names[-1] != b"file":
            xml = b"<Error><Code>InvalidArgument</Code><Message>key and a last file part are required</Message></Error>"
            return Reply(status=400, body=xml, headers={"Content-Type": "application/xml"})
        key = key_match.group(1).decode().replace("${filename}", file_match.group(1).decode())
        pending = self._state.uploads.get(key_match.group(1).decode())
        if pending is None:
            xml = b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"
            return Reply(status=403, body=xml, headers={"Content-Type": "application/xml"})
        with self._lock:
            self._state.uploads[key] = {"key": key, "size": request.body_size, "fields": [n.decode() for n in names]}
        return Reply(status=204)

    # -- routes ------------------------------------------------------------------------------------

    def _register_routes(self) -> None:
        r = self._route
        r("GET", "/oauth/token/info", self._token_info)
        r("GET", "/profile", lambda q, m: {"data": self._user_with_status(self.me["id"])})
        r("GET", "/profile/status", lambda q, m: self._get_status(self.me["id"]))
        r("PUT", "/profile/status", lambda q, m: self._put_status(q, self.me["id"]))
        r("DELETE", "/profile/status", lambda q, m: self._delete_status(self.me["id"]))
        r("GET", "/users", self._list_users)
        r("POST", "/users", self._create_user)
        r("GET", "/users/{id}", lambda q, m: {"data": self._user_with_status(int(m["id"]))})
        r("PUT", "/users/{id}", self._update_user)
        r("DELETE", "/users/{id}", self._delete_user)
        r("GET", "/users/{id}/status", lambda q, m: self._get_status(self._user(int(m["id"]))["id"]))
        r("PUT", "/users/{id}/status", lambda q, m: self._put_status(q, self._user(int(m["id"]))["id"]))
        r("DELETE", "/users/{id}/status", lambda q, m: self._delete_status(self._user(int(m["id"]))["id"]))
        r("GET", "/chats", self._list_chats)
        r("POST", "/chats", self._create_chat)
        r("GET", "/chats/{id}", lambda q, m: {"data": self._chat(int(m["id"]))})
        r("PUT", "/chats/{id}", self._update_chat)
        r("PUT", "/chats/{id}/archive", lambda q, m: self._archive(int(m["id"]), True))
        r("PUT", "/chats/{id}/unarchive", lambda q, m: self._archive(int(m["id"]), False))
        r("GET", "/chats/{id}/members", self._list_members)
        r("POST", "/chats/{id}/members", self._add_members)
        r("DELETE", "/chats/{id}/members/{user_id}", self._remove_member)
        r("PUT", "/chats/{id}/members/{user_id}", self._update_role)
        r("DELETE", "/chats/{id}/leave", lambda q, m: self._remove(int(m["id"]), self.me["id"]))
        r("POST", "/chats/{id}/group_tags", self._add_chat_tags)
        r("DELETE", "/chats/{id}/group_tags/{tag_id}", self._remove_chat_tag)
        r("GET", "/messages", self._list_messages)
        r("POST", "/messages", self._create_message)
        r("GET", "/messages/{id}", lambda q, m: {"data": self._message(int(m["id"]))})
        r("PUT", "/messages/{id}", self._update_message)
        r("DELETE", "/messages/{id}", self._delete_message)
        r("POST", "/messages/{id}/pin", self._pin)
        r("DELETE", "/messages/{id}/pin", self._unpin)
        r("GET", "/messages/{id}/reactions", self._list_reactions)
        r("POST", "/messages/{id}/reactions", self._add_reaction)
        r("DELETE", "/messages/{id}/reactions", self._remove_reaction)
        r("GET", "/messages/{id}/read_member_ids", self._read_members)
        r("POST", "/messages/{id}/thread", self._create_thread)
        r("GET", "/threads/{id}", self._get_thread)
        r("GET", "/group_tags", self._list_tags)
        r("POST", "/group_tags", self._create_tag)
        r("GET", "/group_tags/{id}", lambda q, m: {"data": self._tag(int(m["id"]))})
        r("PUT", "/group_tags/{id}", self._update_tag)
        r("DELETE", "/group_tags/{id}", self._delete_tag)
        r("GET", "/group_tags/{id}/users", self._tag_users)
        r("GET", "/tasks", lambda q, m: list_page(q, list(self._state.tasks.values())))
        r("POST", "/tasks", self._create_task)
        r("GET", "/tasks/{id}", lambda q, m: {"data": self._task(int(m["id"]))})
        r("PUT", "/tasks/{id}", self._update_task)
        r("DELETE", "/tasks/{id}", self._delete_task)
        r("GET", "/search/messages", self._search_messages)
        r("GET", "/search/chats", self._search_chats)
        r("GET", "/search/users", self._search_users)
        r("POST", "/uploads", self._upload_params)

    # -- profile, users, statuses ------------------------------------------------------------------

    def _token_info(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        masked = self.token[:8] + "..." + self.token[-4:] if len(self.token) > 12 else "****"
        info = {
            "id": 1,
            "token": masked,
            "name": "fake",
            "user_id": self.me["id"],
            "scopes": ["chats:read", "messages:create"],
            "created_at": self.me["created_at"],
            "revoked_at": None,
            "expires_in": None,
            "last_used_at": now(),
        }
        return {"data": info}

    def _user(self, user_id: int) -> JSON:
        user = self._state.users.get(user_id)
        if user is None:
            raise not_found("user", user_id)
        return user

    def _user_with_status(self, user_id: int) -> JSON:
        return {**self._user(user_id), "user_status": self._state.statuses.get(user_id)}

    def _get_status(self, user_id: int) -> Reply:
        status = self._state.statuses.get(user_id)
        return Reply.json({"data": status}) if status is not None else Reply.json(None)

    def _put_status(self, request: ReceivedRequest, user_id: int) -> JSON:
        body = _body(request, "status")
        for key in ("emoji", "title"):
            if not isinstance(body.get(key), str) or not body[key]:
                raise api_error(422, key, "blank", f"{key} can't be blank")
        if len(body["title"]) > 50:
            raise api_error(422, "title", "too_long", "title is too long (at most 50)", body["title"])
        status = {
            "emoji": body["emoji"],
            "title": body["title"],
            "expires_at": body.get("expires_at"),
            "is_away": bool(body.get("is_away", False)),
            "away_message": {"text": body["away_message"]} if body.get("away_message") else None,
        }
        self._state.statuses[user_id] = status
        return {"data": status}

    def _delete_status(self, user_id: int) -> None:
        self._state.statuses.pop(user_id, None)

    def _list_users(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        users = [self._user_with_status(u) for u in sorted(self._state.users)]
        query = request.param("query")
        if query:
            return search_page(request, _matching(users, query, "first_name", "last_name", "nickname", "email"), 50)
        return list_page(request, users)

    def _create_user(self, request: ReceivedRequest, match: re.Match[str]) -> Reply:
        body = _body(request, "user")
        email = body.get("email")
        if not isinstance(email, str) or "@" not in email:
            raise api_error(422, "email", "invalid", "email is invalid", email)
        if any(u["email"] == email for u in self._state.users.values()):
            raise api_error(422, "email", "taken", "email has already been taken", email)
        fields = {k: body[k] for k in ("first_name", "last_name", "nickname", "department", "title") if k in body}
        user = self.add_user(email=email, invite_status="sent", role=body.get("role", "user"), **fields)
        return Reply.json({"data": user}, status=201)

    def _update_user(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        user = self._user(int(match["id"]))
        body = _body(request, "user")
        for key in ("first_name", "last_name", "nickname", "department", "title", "phone_number", "role", "suspended"):
            if key in body:
                user[key] = body[key]
        return {"data": self._user_with_status(user["id"])}

    def _delete_user(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        user = self._user(int(match["id"]))
        if user["id"] == self.me["id"]:
            raise api_error(403, "user", "self_update", "you cannot delete yourself")
        del self._state.users[user["id"]]

    # -- chats and members -------------------------------------------------------------------------

    def _chat(self, chat_id: int) -> JSON:
        chat = self._state.chats.get(chat_id)
        if chat is None:
            raise not_found("chat", chat_id)
        return chat

    def _list_chats(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        archived = request.param("archived") == "true"
        chats = [c for c in self._state.chats.values() if c["archived"] == archived]
        reverse = request.param("order") != "asc"
        sort = request.param("sort") or "id"
        if sort not in ("id", "last_message_at"):
            raise api_error(400, "sort", "inclusion", "sort is not included in the list", sort)
        chats.sort(key=lambda c: c[sort], reverse=reverse)
        return list_page(request, chats)

    def _create_chat(self, request: ReceivedRequest, match: re.Match[str]) -> Reply:
        body = _body(request, "chat")
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise api_error(422, "name", "blank", "name can't be blank", name)
        if len(name) > 255:
            raise api_error(422, "name", "too_long", "name is too long (at most 255)", name)
        requested = body.get("member_ids") or []
        members = [member for member in requested if member in self._state.users]
        not_found = [member for member in requested if member not in self._state.users]
        chat = self.add_chat(name, members, channel=bool(body.get("channel")), public=bool(body.get("public")))
        return Reply.json({"data": chat, "meta": {"not_found_member_ids": not_found}}, status=201)

    def _update_chat(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        chat = self._chat(int(match["id"]))
        body = _body(request, "chat")
        for key in ("name", "public"):
            if key in body:
                chat[key] = body[key]
        return {"data": chat}

    def _archive(self, chat_id: int, archived: bool) -> None:
        self._chat(chat_id)["archived"] = archived

    def _list_members(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        chat = self._chat(int(match["id"]))
        users = [self._user_with_status(u) for u in chat["member_ids"] if u in self._state.users]
        return list_page(request, users)

    def _add_members(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        chat = self._chat(int(match["id"]))
        body = request.json() or {}
        members = body.get("member_ids")
        if not isinstance(members, list) or not members:
            raise api_error(400, "member_ids", "blank", "member_ids can't be blank")
        for member in members:
            self._user(member)
            self._state.roles.setdefault((chat["id"], member), "member")
        chat["member_ids"] = sorted({*chat["member_ids"], *members})

    def _remove(self, chat_id: int, user_id: int) -> None:
        chat = self._chat(chat_id)
        if user_id == chat["owner_id"]:
            raise api_error(422, "user_id", "cannot_kick_owner", "the owner cannot leave or be removed", user_id)
        if user_id not in chat["member_ids"]:
            raise not_found("member", user_id)
        chat["member_ids"] = [m for m in chat["member_ids"] if m != user_id]
        self._state.roles.pop((chat_id, user_id), None)

    def _remove_member(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        self._remove(int(match["id"]), int(match["user_id"]))

    def _update_role(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        chat, user_id = self._chat(int(match["id"])), int(match["user_id"])
        role = (request.json() or {}).get("role")
        if role not in ("admin", "editor", "member"):
            raise api_error(400, "role", "inclusion", "role is not included in the list", role)
        if user_id not in chat["member_ids"]:
            raise not_found("member", user_id)
        self._state.roles[(chat["id"], user_id)] = role

    def _add_chat_tags(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        chat = self._chat(int(match["id"]))
        tag_ids = (request.json() or {}).get("group_tag_ids") or []
        for tag_id in tag_ids:
            self._tag(tag_id)
        chat["group_tag_ids"] = sorted({*chat["group_tag_ids"], *tag_ids})

    def _remove_chat_tag(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        chat = self._chat(int(match["id"]))
        chat["group_tag_ids"] = [t for t in chat["group_tag_ids"] if t != int(match["tag_id"])]

    # -- messages, reactions, pins, threads --------------------------------------------------------

    def _message(self, message_id: int) -> JSON:
        message = self._state.messages.get(message_id)
        if message is None:
            raise not_found("message", message_id)
        return message

    def _list_messages(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        chat_id = request.param("chat_id")
        if chat_id is None or not chat_id.isdigit():
            raise api_error(400, "chat_id", "blank", "chat_id can't be blank", chat_id)
        self._chat(int(chat_id))
        messages = [m for m in self._state.messages.values() if m["chat_id"] == int(chat_id) and not m["deleted_at"]]
        messages.sort(key=lambda m: m["id"], reverse=request.param("order") != "asc")
        return list_page(request, messages)

    def _create_message(self, request: ReceivedRequest, match: re.Match[str]) -> Reply:
        body = _body(request, "message")
        content, entity_id = body.get("content"), body.get("entity_id")
        entity_type = str(body.get("entity_type") or "discussion").lower()
        if entity_type not in ("discussion", "thread", "user"):
            raise api_error(400, "entity_type", "invalid", "entity_type is invalid", entity_type)
        if not isinstance(entity_id, int):
            raise api_error(400, "entity_id", "blank", "entity_id can't be blank", entity_id)
        files = body.get("files") or []
        if not (isinstance(content, str) and content.strip()) and not files:
            raise api_error(422, "content", "blank", "content can't be blank", content)
        if entity_type == "user":
            self._user(entity_id)
            pair = {self.me["id"], entity_id}
            personal = [c for c in self._state.chats.values() if c["personal"] and set(c["member_ids"]) == pair]
            chat = personal[0] if personal else self.add_chat("", [entity_id], personal=True)
        elif entity_type == "thread":
            thread = self._state.threads.get(entity_id)
            if thread is None:
                raise not_found("thread", entity_id)
            chat = self._chat(thread["chat_id"])
        else:
            chat = self._chat(entity_id)
        buttons = body.get("buttons") or []
        if sum(len(row) for row in buttons) > 100:
            raise api_error(422, "buttons", "too_long", "at most 100 buttons", None)
        message_id = next(self._ids)
        message = {
            "id": message_id,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "chat_id": chat["id"],
            "root_chat_id": chat["id"],
            "content": content or "",
            "user_id": self.me["id"],
            "created_at": now(),
            "url": f"https://app.example.test/chats/{chat['id']}?message={message_id}",
            "files": [self._attached(f) for f in files],
            "voice_content": None,
            "buttons": buttons,
            "thread": None,
            "forwarding": None,
            "parent_message_id": body.get("parent_message_id"),
            "changed_at": None,
            "deleted_at": None,
        }
        self._state.messages[message_id] = message
        chat["last_message_at"] = message["created_at"]
        return Reply.json({"data": message}, status=201)

    def _attached(self, attachment: JSON) -> JSON:
        key = attachment.get("key")
        if key not in self._state.uploads:
            raise api_error(422, "files", "invalid", "file key was not uploaded", key)
        return {
            "id": next(self._ids),
            "key": key,
            "name": attachment.get("name", "file"),
            "file_type": attachment.get("file_type", "file"),
            "url": f"{self.storage.url}/{key}",
            "width": attachment.get("width"),
            "height": attachment.get("height"),
        }

    def _update_message(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        message = self._message(int(match["id"]))
        body = _body(request, "message")
        if "content" in body:
            message["content"] = body["content"]
        if "buttons" in body:
            message["buttons"] = body["buttons"] or []
        message["changed_at"] = now()
        return {"data": message}

    def _delete_message(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        message = self._message(int(match["id"]))
        message["deleted_at"] = now()

    def _pin(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        message = self._message(int(match["id"]))
        if message["id"] in self._state.pins:
            raise api_error(422, "message", "pin_failed", "message is already pinned", message["id"])
        self._state.pins.add(message["id"])

    def _unpin(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        message_id = self._message(int(match["id"]))["id"]
        if message_id not in self._state.pins:
            raise not_found("pin", message_id)
        self._state.pins.discard(message_id)

    def _list_reactions(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        message = self._message(int(match["id"]))
        return list_page(request, self._state.reactions.get(message["id"], []))

    def _add_reaction(self, request: ReceivedRequest, match: re.Match[str]) -> Reply:
        message = self._message(int(match["id"]))
        body = request.json() or {}
        code = body.get("code")
        if not isinstance(code, str) or not code:
            raise api_error(400, "code", "blank", "code can't be blank", code)
        reactions = self._state.reactions.setdefault(message["id"], [])
        mine = [r for r in reactions if r["user_id"] == self.me["id"]]
        if any(r["code"] == code for r in mine):
            raise api_error(422, "code", "already_exists", "reaction already exists", code)
        if len({r["code"] for r in mine}) >= 20:
            raise api_error(422, "code", "user_limit", "at most 20 different reactions per user", code)
        reaction = {"user_id": self.me["id"], "created_at": now(), "code": code, "name": body.get("name") or code}
        reactions.append(reaction)
        return Reply.json(reaction, status=201)

    def _remove_reaction(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        message = self._message(int(match["id"]))
        code = request.param("code")
        reactions = self._state.reactions.get(message["id"], [])
        kept = [r for r in reactions if not (r["user_id"] == self.me["id"] and r["code"] == code)]
        if len(kept) == len(reactions):
            raise not_found("reaction", code)
        self._state.reactions[message["id"]] = kept

    def _read_members(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        message = self._message(int(match["id"]))
        readers = self._state.readers.get(message["id"], [])
        return list_page(request, readers, 300)

    def _create_thread(self, request: ReceivedRequest, match: re.Match[str]) -> Reply:
        message = self._message(int(match["id"]))
        existing = next((t for t in self._state.threads.values() if t["message_id"] == message["id"]), None)
        if existing is None:
            thread_chat = self.add_chat(f"Thread {message['id']}", self._chat(message["chat_id"])["member_ids"])
            existing = {
                "id": next(self._ids),
                "chat_id": thread_chat["id"],
                "message_id": message["id"],
                "message_chat_id": message["chat_id"],
                "updated_at": now(),
            }
            self._state.threads[existing["id"]] = existing
            message["thread"] = {"id": existing["id"], "chat_id": thread_chat["id"]}
        return Reply.json({"data": existing}, status=201)

    def _get_thread(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        thread = self._state.threads.get(int(match["id"]))
        if thread is None:
            raise not_found("thread", match["id"])
        return {"data": thread}

    # -- group tags and tasks ----------------------------------------------------------------------

    def _tag(self, tag_id: int) -> JSON:
        tag = self._state.tags.get(tag_id)
        if tag is None:
            raise not_found("group tag", tag_id)
        return tag

    def _list_tags(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        names = request.params("names[]")
        tags = [t for t in self._state.tags.values() if not names or t["name"] in names]
        return list_page(request, tags)

    def _create_tag(self, request: ReceivedRequest, match: re.Match[str]) -> Reply:
        name = _body(request, "group_tag").get("name")
        if not isinstance(name, str) or not name.strip():
            raise api_error(422, "name", "blank", "name can't be blank", name)
        if any(t["name"] == name for t in self._state.tags.values()):
            raise api_error(422, "name", "taken", "name has already been taken", name)
        tag_id = next(self._ids)
        tag: JSON = {"id": tag_id, "name": name, "users_count": 0}
        self._state.tags[tag_id] = tag
        return Reply.json({"data": tag}, status=201)

    def _update_tag(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        tag = self._tag(int(match["id"]))
        name = _body(request, "group_tag").get("name")
        if isinstance(name, str) and name.strip():
            tag["name"] = name
        return {"data": tag}

    def _delete_tag(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        del self._state.tags[self._tag(int(match["id"]))["id"]]

    def _tag_users(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        tag = self._tag(int(match["id"]))
        users = [self._user_with_status(u["id"]) for u in self._state.users.values() if tag["name"] in u["list_tags"]]
        return list_page(request, users)

    def _task(self, task_id: int) -> JSON:
        task = self._state.tasks.get(task_id)
        if task is None:
            raise not_found("task", task_id)
        return task

    def _create_task(self, request: ReceivedRequest, match: re.Match[str]) -> Reply:
        body = _body(request, "task")
        kind = body.get("kind")
        if kind not in ("call", "meeting", "reminder", "event", "email"):
            raise api_error(422, "kind", "inclusion", "kind is not included in the list", kind)
        task = {
            "id": next(self._ids),
            "kind": kind,
            "content": body.get("content") or kind.capitalize(),
            "due_at": body.get("due_at"),
            "priority": body.get("priority", 1),
            "user_id": self.me["id"],
            "chat_id": body.get("chat_id"),
            "status": "undone",
            "created_at": now(),
            "performer_ids": body.get("performer_ids") or [self.me["id"]],
            "all_day": bool(body.get("all_day", False)),
            "custom_properties": [],
        }
        self._state.tasks[task["id"]] = task
        return Reply.json({"data": task}, status=201)

    def _update_task(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        task = self._task(int(match["id"]))
        body = _body(request, "task")
        for key in ("kind", "content", "due_at", "priority", "performer_ids", "status", "all_day"):
            if key in body:
                task[key] = body[key]
        return {"data": task}

    def _delete_task(self, request: ReceivedRequest, match: re.Match[str]) -> None:
        del self._state.tasks[self._task(int(match["id"]))["id"]]

    # -- search and uploads ------------------------------------------------------------------------

    def _search_messages(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        chat_ids = {int(c) for c in request.params("chat_ids[]") if c.isdigit()}
        messages = [
            m
            for m in self._state.messages.values()
            if m["deleted_at"] is None and (not chat_ids or m["chat_id"] in chat_ids)
        ]
        return search_page(request, _matching(messages, request.param("query"), "content"), 200)

    def _search_chats(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        return search_page(request, _matching(list(self._state.chats.values()), request.param("query"), "name"), 100)

    def _search_users(self, request: ReceivedRequest, match: re.Match[str]) -> JSON:
        users = [self._user_with_status(u) for u in sorted(self._state.users)]
        roles = set(request.params("company_roles[]"))
        users = [u for u in users if not roles or u["role"] in roles]
        found = _matching(users, request.param("query"), "first_name", "last_name", "nickname")
        return search_page(request, found, 200)

    def _upload_params(self, request: ReceivedRequest, match: re.Match[str]) -> Reply:
        key = f"attaches/files/{next(self._ids)}/${{filename}}"
        self._state.uploads[key] = {"key": key, "pending": True}
        params = {
            "Content-Disposition": "attachment",
            "acl": "private",
            "policy": base64.b64encode(b'{"expiration":"2099-01-01T00:00:00Z"}').decode(),
            "x-amz-credential": "FAKEKEY/20260101/ru-central1/s3/aws4_request",
            "x-amz-algorithm": "AWS4-HMAC-SHA256",
            "x-amz-date": "20260101T000000Z",
            "x-amz-signature": "fake-signature",
            "key": key,
            "bucket": None,
            "direct_url": self.storage.url + "/upload",
        }
        return Reply.json(params, status=201)


def _body(request: ReceivedRequest, entity: str) -> JSON:
    """The object under the entity key (`{"chat": {...}}`), or a 400 as the API answers."""
    try:
        document = request.json()
    except ValueError:
        raise api_error(400, entity, "invalid", "body is not valid JSON") from None
    value = document.get(entity) if isinstance(document, dict) else None
    if not isinstance(value, dict):
        raise api_error(400, entity, "blank", f"{entity} can't be blank")
    return value


def _matching(items: list[JSON], query: str | None, *fields: str) -> list[JSON]:
    if not query:
        return items
    needle = query.casefold()
    return [item for item in items if any(needle in str(item.get(f) or "").casefold() for f in fields)]
