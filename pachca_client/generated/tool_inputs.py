# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""Per operation of openapi.yaml: the input of its agent tool (`pachca_client.agents`), as JSON Schema.

`TOOL_INPUTS[name]["input_schema"]` flattens the path, query and body parameters into one object (a body's
one wrapping object, such as `message`, into its fields), with `$ref`s resolved, enums and limits kept and a
description on every property; `["places"]` says where each argument goes (`path`, `query`, `header`,
`body`, or `body.<wrapper>`).
"""

from __future__ import annotations

from typing import Any

TOOL_INPUTS: dict[str, dict[str, Any]] = {
    "self_recreate_bot_token": {
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "places": {},
    },
    "self_update_bot_webhook": {
        "input_schema": {
            "type": "object",
            "properties": {
                "outgoing_url": {
                    "description": "New delivery address for outgoing webhooks; an empty string switches delivery off.",
                    "type": "string",
                }
            },
            "additionalProperties": False,
            "required": ["outgoing_url"],
        },
        "places": {"outgoing_url": "body.webhook"},
    },
    "list_bots": {
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Text matched against bot names to narrow the list."},
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {"query": "query", "limit": "query", "cursor": "query"},
    },
    "create_bot": {
        "input_schema": {
            "type": "object",
            "properties": {
                "name": {"description": "Display name of the bot.", "maxLength": 255, "type": "string"},
                "nickname": {
                    "description": "Unique @-handle of the bot; it has to end in `_bot`.",
                    "maxLength": 255,
                    "type": "string",
                },
                "outgoing_url": {
                    "description": "Endpoint that receives the bot's outgoing webhook POSTs.",
                    "type": "string",
                },
                "events": {
                    "description": "Event types to deliver to `outgoing_url` (and to record in the event history, if enabled).",
                    "type": "array",
                    "items": {
                        "description": "Event names a bot can subscribe to; the same names appear as `event_type` in the event history. Each joins the webhook `type` and `event`: `message_new` is `message`/`new`, `button_click` is `button`/`click`, `message_link_shared` is `message`/`link_shared`, and so on for reactions, chat and workspace membership and video calls.",
                        "enum": [
                            "message_new",
                            "message_update",
                            "message_delete",
                            "reaction_new",
                            "reaction_delete",
                            "button_click",
                            "message_link_shared",
                            "chat_member_add",
                            "chat_member_remove",
                            "company_member_invite",
                            "company_member_confirm",
                            "company_member_suspend",
                            "company_member_activate",
                            "company_member_delete",
                            "company_member_update",
                            "video_call_started",
                            "video_call_finished",
                            "video_call_recording_ready",
                        ],
                        "type": "string",
                    },
                },
                "trigger_on": {
                    "description": "Which messages produce a message webhook: commands only, every message, or link unfurling. Defaults to `commands`.",
                    "enum": ["commands", "all_messages", "unfurl"],
                    "type": "string",
                    "default": "commands",
                },
                "commands": {
                    "description": "Trigger words used when `trigger_on` is `commands`; joined with commas they must fit in 255 characters.",
                    "type": "array",
                    "items": {"description": "A single trigger word.", "type": "string"},
                },
                "scopes": {
                    "description": "Scopes for the bot's token. Leave out to receive the default set. Scopes reserved for human roles are refused with 400, and the service values `bot` and `all` cannot be requested.",
                    "type": "array",
                    "items": {"type": "string", "description": "The scopes."},
                },
                "template": {
                    "description": "Template that turns payloads posted to the bot's incoming webhook into message text.",
                    "type": "string",
                },
                "template_engine": {
                    "description": "Language `template` is written in.",
                    "enum": ["liquid", "mustache"],
                    "type": "string",
                },
                "challenge_key": {
                    "description": "Name of the field carrying the verification challenge sent to the incoming webhook.",
                    "type": "string",
                },
                "link_preview_enabled": {
                    "description": "Whether messages posted through the incoming webhook get link previews.",
                    "default": True,
                    "type": "boolean",
                },
                "ignore_self_messages": {
                    "description": "When true, the bot's own messages do not trigger its outgoing webhook. Button clicks are delivered regardless.",
                    "default": False,
                    "type": "boolean",
                },
                "events_history_enabled": {
                    "description": "Keep a server-side history of the bot's events so they can be polled via `GET /webhooks/events`; works even without an outgoing URL.",
                    "default": False,
                    "type": "boolean",
                },
                "who_can_add": {
                    "description": "Which users may add the bot to chats.",
                    "enum": ["creator", "creator_admin", "creator_admin_user", "anyone"],
                    "type": "string",
                    "default": "creator",
                },
                "can_edit": {
                    "description": "Roles that may edit the bot besides its creator, who always can. An empty list leaves editing to the creator alone.",
                    "type": "array",
                    "items": {
                        "description": "Who, besides the creator, may change a bot's settings: `admin` stands for workspace administrators, `chat_owners` for owners of the chats the bot has been added to.",
                        "enum": ["admin", "chat_owners"],
                        "type": "string",
                    },
                },
                "single_chat": {
                    "description": "If true, the bot may belong to only one group chat or channel (DMs and threads are not counted). Fixed at creation; updates cannot change it.",
                    "default": False,
                    "type": "boolean",
                },
                "kind": {
                    "description": "Which kind of incoming webhook to set up. A regular bot gets `simple` when this is left out; a bot created with `empty: true` has an incoming webhook only if this is given.",
                    "enum": ["simple", "gitlab", "grafana"],
                    "type": "string",
                },
                "unfurl_domains": {
                    "description": "Up to 5 domains (subdomains included) the bot provides link previews for; links to them in messages reach the bot as `message_link_shared` events.",
                    "type": "array",
                    "items": {"description": "A domain name such as `example.com`.", "type": "string"},
                },
                "empty": {
                    "description": "If true, the bot is created bare: no API token is issued and no incoming webhook is set up (one can still be requested via `webhook.kind`). Defaults to false, which gives the bot a custom-format incoming webhook and returns its token as `access_token`.",
                    "default": False,
                    "type": "boolean",
                },
                "oauth_client": {
                    "description": "OAuth client settings; include them to let users authorize the new bot to act on their behalf from the start.",
                    "type": "object",
                    "properties": {
                        "confidential": {
                            "description": "True for a server-side application that holds `client_secret` and redeems the code itself; false for a public client (browser, mobile app, CLI) that relies on PKCE. Left out, the current value is kept; a newly enabled client starts as confidential.",
                            "type": "boolean",
                        },
                        "redirect_uris": {
                            "description": "Allowed return addresses after consent; the list is replaced in full. HTTPS is mandatory except for loopback hosts (`localhost`, `127.0.0.1`, `[::1]`), whose port is ignored when matching; otherwise the address in an authorization link has to match an entry exactly. At least one is needed to switch the client on.",
                            "type": "array",
                            "items": {"description": "One allowed redirect URI.", "type": "string"},
                        },
                        "scopes": {
                            "description": "Scopes users will be asked to grant, limited to those the bot itself may hold; the list is replaced in full. Left out when the client is first switched on, every bot scope is requested.",
                            "type": "array",
                            "items": {"description": "A scope name such as `messages:create`.", "type": "string"},
                        },
                    },
                },
                "promo": {
                    "description": "Listing of the bot in the app catalog. It requires `oauth_client` in the same request, because only bots that users can authorize get a listing.",
                    "type": "object",
                    "properties": {
                        "description": {
                            "description": "Text on the listing that explains the bot's purpose. It must be set before the listing can be published.",
                            "type": "string",
                        },
                        "published": {
                            "description": "Whether the listing is public; when true, the bot is shown as a card on the catalog's Overview tab. A description is needed first.",
                            "type": "boolean",
                        },
                        "promo_images": {
                            "description": "Up to 5 screenshots, given as `key` values obtained from `POST /uploads`. The list replaces the current one and keeps the order given.",
                            "type": "array",
                            "items": {"description": "Upload key of one screenshot.", "type": "string"},
                        },
                    },
                },
            },
            "additionalProperties": False,
            "required": ["name"],
        },
        "places": {
            "name": "body.webhook",
            "nickname": "body.webhook",
            "outgoing_url": "body.webhook",
            "events": "body.webhook",
            "trigger_on": "body.webhook",
            "commands": "body.webhook",
            "scopes": "body.webhook",
            "template": "body.webhook",
            "template_engine": "body.webhook",
            "challenge_key": "body.webhook",
            "link_preview_enabled": "body.webhook",
            "ignore_self_messages": "body.webhook",
            "events_history_enabled": "body.webhook",
            "who_can_add": "body.webhook",
            "can_edit": "body.webhook",
            "single_chat": "body.webhook",
            "kind": "body.webhook",
            "unfurl_domains": "body.webhook",
            "empty": "body",
            "oauth_client": "body",
            "promo": "body",
        },
    },
    "get_bot": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_bot": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."},
                "webhook": {
                    "description": "Bot settings to change.",
                    "type": "object",
                    "properties": {
                        "name": {"description": "Display name of the bot.", "maxLength": 255, "type": "string"},
                        "nickname": {
                            "description": "Unique @-handle of the bot; it has to end in `_bot`.",
                            "maxLength": 255,
                            "type": "string",
                        },
                        "outgoing_url": {
                            "description": "New endpoint for outgoing webhook POSTs; an empty string turns delivery off.",
                            "type": "string",
                        },
                        "events": {
                            "description": "Event types to deliver to `outgoing_url` (and to record in the event history, if enabled).",
                            "type": "array",
                            "items": {
                                "description": "Event names a bot can subscribe to; the same names appear as `event_type` in the event history. Each joins the webhook `type` and `event`: `message_new` is `message`/`new`, `button_click` is `button`/`click`, `message_link_shared` is `message`/`link_shared`, and so on for reactions, chat and workspace membership and video calls.",
                                "enum": [
                                    "message_new",
                                    "message_update",
                                    "message_delete",
                                    "reaction_new",
                                    "reaction_delete",
                                    "button_click",
                                    "message_link_shared",
                                    "chat_member_add",
                                    "chat_member_remove",
                                    "company_member_invite",
                                    "company_member_confirm",
                                    "company_member_suspend",
                                    "company_member_activate",
                                    "company_member_delete",
                                    "company_member_update",
                                    "video_call_started",
                                    "video_call_finished",
                                    "video_call_recording_ready",
                                ],
                                "type": "string",
                            },
                        },
                        "trigger_on": {
                            "description": "Which messages produce a message webhook: commands only, every message, or link unfurling. Defaults to `commands`.",
                            "enum": ["commands", "all_messages", "unfurl"],
                            "type": "string",
                        },
                        "commands": {
                            "description": "Trigger words used when `trigger_on` is `commands`; joined with commas they must fit in 255 characters.",
                            "type": "array",
                            "items": {"description": "A single trigger word.", "type": "string"},
                        },
                        "scopes": {
                            "description": "Scopes for the bot's token. Leave out to receive the default set. Scopes reserved for human roles are refused with 400, and the service values `bot` and `all` cannot be requested.",
                            "type": "array",
                            "items": {"type": "string", "description": "The scopes."},
                        },
                        "template": {
                            "description": "Template that turns payloads posted to the bot's incoming webhook into message text.",
                            "type": "string",
                        },
                        "template_engine": {
                            "description": "Language `template` is written in.",
                            "enum": ["liquid", "mustache"],
                            "type": "string",
                        },
                        "challenge_key": {
                            "description": "Name of the field carrying the verification challenge sent to the incoming webhook.",
                            "type": "string",
                        },
                        "link_preview_enabled": {
                            "description": "Whether messages posted through the incoming webhook get link previews.",
                            "type": "boolean",
                        },
                        "ignore_self_messages": {
                            "description": "When true, the bot's own messages do not trigger its outgoing webhook. Button clicks are delivered regardless.",
                            "type": "boolean",
                        },
                        "events_history_enabled": {
                            "description": "Keep a server-side history of the bot's events so they can be polled via `GET /webhooks/events`; works even without an outgoing URL.",
                            "type": "boolean",
                        },
                        "who_can_add": {
                            "description": "Which users may add the bot to chats.",
                            "enum": ["creator", "creator_admin", "creator_admin_user", "anyone"],
                            "type": "string",
                        },
                        "can_edit": {
                            "description": "Roles that may edit the bot besides its creator, who always can. An empty list leaves editing to the creator alone.",
                            "type": "array",
                            "items": {
                                "description": "Who, besides the creator, may change a bot's settings: `admin` stands for workspace administrators, `chat_owners` for owners of the chats the bot has been added to.",
                                "enum": ["admin", "chat_owners"],
                                "type": "string",
                            },
                        },
                        "single_chat": {
                            "description": "Whether the bot is limited to one group chat or channel (DMs and threads are not counted). The setting is fixed when the bot is created, so a value sent here does not change it.",
                            "type": "boolean",
                        },
                        "kind": {
                            "description": "Source type for the bot's incoming webhook. Sending it for a bot that lacks an incoming webhook creates one.",
                            "enum": ["simple", "gitlab", "grafana"],
                            "type": "string",
                        },
                        "unfurl_domains": {
                            "description": "Up to 5 domains (subdomains included) the bot provides link previews for; links to them in messages reach the bot as `message_link_shared` events.",
                            "type": "array",
                            "items": {"description": "A domain name such as `example.com`.", "type": "string"},
                        },
                    },
                },
                "oauth_client": {
                    "description": "OAuth client settings. An object updates the client and switches it on if it was off; null switches it off, which revokes every authorization users have granted and removes the catalog listing.",
                    "anyOf": [
                        {
                            "description": "OAuth client settings sent as `oauth_client` when a bot is created or updated.",
                            "type": "object",
                            "properties": {
                                "confidential": {
                                    "description": "True for a server-side application that holds `client_secret` and redeems the code itself; false for a public client (browser, mobile app, CLI) that relies on PKCE. Left out, the current value is kept; a newly enabled client starts as confidential.",
                                    "type": "boolean",
                                },
                                "redirect_uris": {
                                    "description": "Allowed return addresses after consent; the list is replaced in full. HTTPS is mandatory except for loopback hosts (`localhost`, `127.0.0.1`, `[::1]`), whose port is ignored when matching; otherwise the address in an authorization link has to match an entry exactly. At least one is needed to switch the client on.",
                                    "type": "array",
                                    "items": {"description": "One allowed redirect URI.", "type": "string"},
                                },
                                "scopes": {
                                    "description": "Scopes users will be asked to grant, limited to those the bot itself may hold; the list is replaced in full. Left out when the client is first switched on, every bot scope is requested.",
                                    "type": "array",
                                    "items": {
                                        "description": "A scope name such as `messages:create`.",
                                        "type": "string",
                                    },
                                },
                            },
                        },
                        {"type": "null"},
                    ],
                },
                "promo": {
                    "description": "Catalog listing settings; accepted only while the bot's OAuth client is switched on.",
                    "type": "object",
                    "properties": {
                        "description": {
                            "description": "Text on the listing that explains the bot's purpose. It must be set before the listing can be published.",
                            "type": "string",
                        },
                        "published": {
                            "description": "Whether the listing is public; when true, the bot is shown as a card on the catalog's Overview tab. A description is needed first.",
                            "type": "boolean",
                        },
                        "promo_images": {
                            "description": "Up to 5 screenshots, given as `key` values obtained from `POST /uploads`. The list replaces the current one and keeps the order given.",
                            "type": "array",
                            "items": {"description": "Upload key of one screenshot.", "type": "string"},
                        },
                    },
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path", "webhook": "body", "oauth_client": "body", "promo": "body"},
    },
    "delete_bot": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_bot_avatar": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."},
                "image": {"type": "string", "description": "Path of a local file to send as `image`."},
            },
            "additionalProperties": False,
            "required": ["id", "image"],
        },
        "places": {"id": "path", "image": "body"},
    },
    "delete_bot_avatar": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "recreate_bot_token": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "rotate_bot_client_secret": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "get_bot_scopes": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "list_bot_tokens": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."},
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path", "limit": "query", "cursor": "query"},
    },
    "create_bot_token": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."},
                "name": {
                    "description": "Label for the new token, so it can be recognised among the bot's other tokens.",
                    "maxLength": 255,
                    "type": "string",
                },
                "scopes": {
                    "description": "Scopes to grant, limited to those a bot may hold. Left out, the token is issued with no scopes at all.",
                    "type": "array",
                    "items": {"description": "A scope name such as `messages:create`.", "type": "string"},
                },
            },
            "additionalProperties": False,
            "required": ["id", "name"],
        },
        "places": {"id": "path", "name": "body", "scopes": "body"},
    },
    "update_bot_token": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."},
                "token_id": {
                    "format": "int64",
                    "type": "integer",
                    "description": "Numeric id of the bot token; it may exceed 32 bits.",
                },
                "name": {"description": "New label for the token.", "maxLength": 255, "type": "string"},
                "scopes": {
                    "description": "Complete new list of scopes. It replaces the old one and applies at once, without reissuing the token.",
                    "type": "array",
                    "items": {"description": "A scope name such as `messages:create`.", "type": "string"},
                },
            },
            "additionalProperties": False,
            "required": ["id", "token_id"],
        },
        "places": {"id": "path", "token_id": "path", "name": "body", "scopes": "body"},
    },
    "delete_bot_token": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."},
                "token_id": {
                    "format": "int64",
                    "type": "integer",
                    "description": "Numeric id of the bot token; it may exceed 32 bits.",
                },
            },
            "additionalProperties": False,
            "required": ["id", "token_id"],
        },
        "places": {"id": "path", "token_id": "path"},
    },
    "reissue_bot_token": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the bot."},
                "token_id": {
                    "format": "int64",
                    "type": "integer",
                    "description": "Numeric id of the bot token; it may exceed 32 bits.",
                },
            },
            "additionalProperties": False,
            "required": ["id", "token_id"],
        },
        "places": {"id": "path", "token_id": "path"},
    },
    "list_company_bots": {
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Text matched against bot names to narrow the list."},
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {"query": "query", "limit": "query", "cursor": "query"},
    },
    "get_webhook_events": {
        "input_schema": {
            "type": "object",
            "properties": {
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {"limit": "query", "cursor": "query"},
    },
    "delete_webhook_event": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "description": "String id of the stored webhook event, taken from the event history list.",
                }
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "list_chats": {
        "input_schema": {
            "type": "object",
            "properties": {
                "sort": {
                    "description": "Field to order chats by: chat id or time of the latest message.",
                    "enum": ["id", "last_message_at"],
                    "type": "string",
                },
                "order": {
                    "description": "Ordering direction; descending unless set.",
                    "enum": ["asc", "desc"],
                    "type": "string",
                },
                "availability": {
                    "description": "`is_member` (default) for chats the caller is in, `public` for every public chat of the workspace.",
                    "enum": ["is_member", "public"],
                    "type": "string",
                },
                "archived": {
                    "type": "boolean",
                    "description": "Set to true to include archived chats as well; by default only active ones come back.",
                },
                "last_message_at_after": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Keep chats whose latest message is at or after this moment.",
                },
                "last_message_at_before": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Keep chats whose latest message is at or before this moment.",
                },
                "personal": {
                    "type": "boolean",
                    "description": "true for one-to-one DMs only, false for group chats only; omit to get both.",
                },
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {
            "sort": "query",
            "order": "query",
            "availability": "query",
            "archived": "query",
            "last_message_at_after": "query",
            "last_message_at_before": "query",
            "personal": "query",
            "limit": "query",
            "cursor": "query",
        },
    },
    "create_chat": {
        "input_schema": {
            "type": "object",
            "properties": {
                "name": {
                    "description": "Title of the new chat, up to 255 characters.",
                    "maxLength": 255,
                    "type": "string",
                },
                "member_ids": {
                    "description": "Users to add as members straight away, in addition to the creator.",
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The member_ids."},
                },
                "group_tag_ids": {
                    "description": "Group tags whose users should become members.",
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The group_tag_ids."},
                },
                "channel": {
                    "description": "Create a channel rather than a discussion.",
                    "default": False,
                    "type": "boolean",
                },
                "public": {
                    "description": "Make the chat open, so any workspace member can join it without an invitation.",
                    "default": False,
                    "type": "boolean",
                },
            },
            "additionalProperties": False,
            "required": ["name"],
        },
        "places": {
            "name": "body.chat",
            "member_ids": "body.chat",
            "group_tag_ids": "body.chat",
            "channel": "body.chat",
            "public": "body.chat",
        },
    },
    "request_export": {
        "input_schema": {
            "type": "object",
            "properties": {
                "start_at": {
                    "description": "First day of the period, `YYYY-MM-DD`. The period may cover at most 45 days, or 366 when `chat_ids` is given.",
                    "format": "date",
                    "type": "string",
                },
                "end_at": {"description": "Last day of the period, `YYYY-MM-DD`.", "format": "date", "type": "string"},
                "webhook_url": {
                    "description": "Address that is sent `{type: export, event: ready, export_id, created_at}` once the archive can be downloaded.",
                    "type": "string",
                },
                "chat_ids": {
                    "description": "Limit the export to these chats (no more than 50); omit to export every chat.",
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The chat_ids."},
                },
                "skip_chats_file": {
                    "description": "If true, the archive leaves out the top-level `chats.json` index.",
                    "default": False,
                    "type": "boolean",
                },
            },
            "additionalProperties": False,
            "required": ["start_at", "end_at"],
        },
        "places": {
            "start_at": "body",
            "end_at": "body",
            "webhook_url": "body",
            "chat_ids": "body",
            "skip_chats_file": "body",
        },
    },
    "download_export": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Export id, as delivered to your `webhook_url` in the readiness notice.",
                }
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "get_chat": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_chat": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."},
                "name": {"description": "New title for the chat.", "maxLength": 255, "type": "string"},
                "public": {
                    "description": "Open the chat to workspace-wide joining (true) or make it invitation-only (false).",
                    "type": "boolean",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path", "name": "body.chat", "public": "body.chat"},
    },
    "archive_chat": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_chat_avatar": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."},
                "image": {"type": "string", "description": "Path of a local file to send as `image`."},
            },
            "additionalProperties": False,
            "required": ["id", "image"],
        },
        "places": {"id": "path", "image": "body"},
    },
    "delete_chat_avatar": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "unarchive_chat": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "mark_chat_unread": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the chat to mark, of any kind, threads included.",
                },
                "message_id": {
                    "description": "First message to show as unread: it and every later one become unread. Omit to flag only the latest message.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path", "message_id": "body"},
    },
    "list_company_chats": {
        "input_schema": {
            "type": "object",
            "properties": {
                "activity": {
                    "description": "`active` or `archived` to keep only chats in that state; omit to get both.",
                    "enum": ["active", "archived"],
                    "type": "string",
                },
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {"activity": "query", "limit": "query", "cursor": "query"},
    },
    "list_properties": {
        "input_schema": {
            "type": "object",
            "properties": {
                "entity_type": {
                    "description": "Which definitions to fetch: `User` for employee fields or `Task` for task fields.",
                    "enum": ["User", "Task"],
                    "type": "string",
                }
            },
            "additionalProperties": False,
            "required": ["entity_type"],
        },
        "places": {"entity_type": "query"},
    },
    "list_drafts": {
        "input_schema": {
            "type": "object",
            "properties": {
                "type": {
                    "description": "`regular` (default) for plain drafts, `scheduled` for scheduled messages, `all` for both.",
                    "enum": ["regular", "scheduled", "all"],
                    "type": "string",
                },
                "entity_type": {
                    "description": "Kind of target to filter by: `discussion`, `thread` or `user`; must come with `entity_id` (either one alone gives 422).",
                    "enum": ["discussion", "thread", "user"],
                    "type": "string",
                },
                "entity_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Id of the chat, thread or user named by `entity_type`; sent together with it.",
                },
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {"type": "query", "entity_type": "query", "entity_id": "query", "limit": "query", "cursor": "query"},
    },
    "create_draft": {
        "input_schema": {
            "type": "object",
            "properties": {
                "entity_type": {
                    "description": "What a message is addressed to: `discussion` (a group chat or channel, by chat id), `thread` (by thread id) or `user` (a DM, by user id; the DM chat is created when missing).",
                    "enum": ["discussion", "thread", "user"],
                    "type": "string",
                },
                "entity_id": {
                    "description": "Id of the target matching `entity_type`: chat id, thread id (the thread itself, not the message it hangs under) or user id. A missing DM chat is created.",
                    "format": "int32",
                    "type": "integer",
                },
                "content": {
                    "description": "Text of the draft; may be left out when files are attached.",
                    "type": "string",
                },
                "parent_message_id": {
                    "description": "Message in the same chat that the draft will answer once sent; null or absent for no reply.",
                    "format": "int32",
                    "type": ["integer", "null"],
                },
                "files": {
                    "description": "Attachments, at most 10, uploaded beforehand via `POST /uploads` and `direct_url`.",
                    "maxItems": 10,
                    "type": "array",
                    "items": {
                        "description": "One attachment in a draft create or update request: either a freshly uploaded file, or a file already on the draft, referred to by `id`, that should stay.",
                        "type": "object",
                        "properties": {
                            "id": {
                                "description": "Id of a file already attached to the draft, sent when editing to keep it as it is; leave it out for a new upload.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "key": {
                                "description": "Upload `key` with its `${filename}` placeholder replaced by the real file name, up to 1000 characters.",
                                "maxLength": 1000,
                                "type": "string",
                            },
                            "name": {
                                "description": "Display name of the attachment, up to 255 characters.",
                                "maxLength": 255,
                                "type": "string",
                            },
                            "file_type": {
                                "description": "Kind of attachment; `voice` additionally needs `duration_ms` and `waveform`.",
                                "enum": ["file", "image", "audio", "voice", "video"],
                                "type": "string",
                            },
                            "size": {
                                "description": "Byte count shown to readers beside the attachment.",
                                "format": "int64",
                                "type": "integer",
                            },
                            "width": {
                                "description": "Image width in pixels; only meaningful for `image` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "height": {
                                "description": "Image height in pixels; only meaningful for `image` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "duration_ms": {
                                "description": "Length of the recording in milliseconds; required for `voice` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "waveform": {
                                "description": "Amplitude string used to draw a voice message, up to 256 characters; required for `voice` files.",
                                "maxLength": 256,
                                "type": "string",
                            },
                        },
                        "required": ["key", "name"],
                    },
                },
                "schedule": {
                    "description": "Sending plan; give it to create a scheduled message, leave it out or null for a plain draft.",
                    "anyOf": [
                        {
                            "description": "Timing to set on a scheduled message: its first send, an optional end and the repeat rule.",
                            "type": "object",
                            "properties": {
                                "start_date": {
                                    "description": "First send. An offset such as `+03:00` is honoured and a time without one is read as UTC; its time of day, weekday and day of month define the repeats.",
                                    "format": "date-time",
                                    "type": "string",
                                },
                                "end_date": {
                                    "description": "Moment after which repeats stop; null or omitted to repeat without end.",
                                    "format": "date-time",
                                    "type": ["string", "null"],
                                },
                                "repetition": {
                                    "description": "Repeat rule to set on a scheduled message in a draft create or update request.",
                                    "type": "object",
                                    "properties": {
                                        "interval": {"description": "The interval."},
                                        "days": {
                                            "description": "Weekdays to send on (at most 7), 0 for Sunday to 6 for Saturday. Only used with `weekly`; when omitted, the weekday of `start_date` applies.",
                                            "maxItems": 7,
                                            "type": "array",
                                            "items": {"description": "The days."},
                                        },
                                        "nth_day": {
                                            "description": "For month-based intervals: which occurrence of the weekday in the month to send on, 1 to 4, or 5 for the last. Null or omitted repeats on the day of the month of `start_date`; ignored for other intervals.",
                                            "format": "int32",
                                            "minimum": 1,
                                            "maximum": 5,
                                            "type": ["integer", "null"],
                                        },
                                    },
                                    "required": ["interval"],
                                },
                            },
                            "required": ["start_date", "repetition"],
                        },
                        {"type": "null"},
                    ],
                },
            },
            "additionalProperties": False,
            "required": ["entity_type", "entity_id"],
        },
        "places": {
            "entity_type": "body.draft",
            "entity_id": "body.draft",
            "content": "body.draft",
            "parent_message_id": "body.draft",
            "files": "body.draft",
            "schedule": "body.draft",
        },
    },
    "get_draft": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the draft."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_draft": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the draft."},
                "content": {"description": "Replacement text of the draft.", "type": "string"},
                "parent_message_id": {
                    "description": "Message the draft should reply to once sent; null removes the reply.",
                    "format": "int32",
                    "type": ["integer", "null"],
                },
                "files": {
                    "description": "Complete new list of attachments, at most 10: an empty list drops them all, and files to keep must be listed with their `id`. Omit it to leave the attachments untouched.",
                    "maxItems": 10,
                    "type": "array",
                    "items": {
                        "description": "One attachment in a draft create or update request: either a freshly uploaded file, or a file already on the draft, referred to by `id`, that should stay.",
                        "type": "object",
                        "properties": {
                            "id": {
                                "description": "Id of a file already attached to the draft, sent when editing to keep it as it is; leave it out for a new upload.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "key": {
                                "description": "Upload `key` with its `${filename}` placeholder replaced by the real file name, up to 1000 characters.",
                                "maxLength": 1000,
                                "type": "string",
                            },
                            "name": {
                                "description": "Display name of the attachment, up to 255 characters.",
                                "maxLength": 255,
                                "type": "string",
                            },
                            "file_type": {
                                "description": "Kind of attachment; `voice` additionally needs `duration_ms` and `waveform`.",
                                "enum": ["file", "image", "audio", "voice", "video"],
                                "type": "string",
                            },
                            "size": {
                                "description": "Byte count shown to readers beside the attachment.",
                                "format": "int64",
                                "type": "integer",
                            },
                            "width": {
                                "description": "Image width in pixels; only meaningful for `image` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "height": {
                                "description": "Image height in pixels; only meaningful for `image` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "duration_ms": {
                                "description": "Length of the recording in milliseconds; required for `voice` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "waveform": {
                                "description": "Amplitude string used to draw a voice message, up to 256 characters; required for `voice` files.",
                                "maxLength": 256,
                                "type": "string",
                            },
                        },
                        "required": ["key", "name"],
                    },
                },
                "schedule": {
                    "description": "New sending plan. On a plain draft it turns the draft into a scheduled message; a scheduled message can get a different plan but cannot lose it (null is refused with 422 `draft_type_change_forbidden`).",
                    "anyOf": [
                        {
                            "description": "Timing to set on a scheduled message: its first send, an optional end and the repeat rule.",
                            "type": "object",
                            "properties": {
                                "start_date": {
                                    "description": "First send. An offset such as `+03:00` is honoured and a time without one is read as UTC; its time of day, weekday and day of month define the repeats.",
                                    "format": "date-time",
                                    "type": "string",
                                },
                                "end_date": {
                                    "description": "Moment after which repeats stop; null or omitted to repeat without end.",
                                    "format": "date-time",
                                    "type": ["string", "null"],
                                },
                                "repetition": {
                                    "description": "Repeat rule to set on a scheduled message in a draft create or update request.",
                                    "type": "object",
                                    "properties": {
                                        "interval": {"description": "The interval."},
                                        "days": {
                                            "description": "Weekdays to send on (at most 7), 0 for Sunday to 6 for Saturday. Only used with `weekly`; when omitted, the weekday of `start_date` applies.",
                                            "maxItems": 7,
                                            "type": "array",
                                            "items": {"description": "The days."},
                                        },
                                        "nth_day": {
                                            "description": "For month-based intervals: which occurrence of the weekday in the month to send on, 1 to 4, or 5 for the last. Null or omitted repeats on the day of the month of `start_date`; ignored for other intervals.",
                                            "format": "int32",
                                            "minimum": 1,
                                            "maximum": 5,
                                            "type": ["integer", "null"],
                                        },
                                    },
                                    "required": ["interval"],
                                },
                            },
                            "required": ["start_date", "repetition"],
                        },
                        {"type": "null"},
                    ],
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {
            "id": "path",
            "content": "body.draft",
            "parent_message_id": "body.draft",
            "files": "body.draft",
            "schedule": "body.draft",
        },
    },
    "delete_draft": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the draft."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "download_file": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the file, taken from an attachment's `id`.",
                },
                "target": {
                    "description": "Derived version to return instead of the original: `pdf_preview`, `pdf_first_page`, `thumb` or `image`; ignored for encrypted files.",
                    "enum": ["pdf_preview", "pdf_first_page", "thumb", "image"],
                    "type": "string",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path", "target": "query"},
    },
    "get_upload_params": {
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "places": {},
    },
    "list_tags": {
        "input_schema": {
            "type": "object",
            "properties": {
                "names": {
                    "description": "Exact tag names to match; repeat the `names[]` key once per name.",
                    "type": "array",
                    "items": {"description": "One exact tag name.", "type": "string"},
                },
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {"names": "query", "limit": "query", "cursor": "query"},
    },
    "create_tag": {
        "input_schema": {
            "type": "object",
            "properties": {
                "name": {
                    "description": "Tag name; it must be unique within the workspace.",
                    "maxLength": 255,
                    "type": "string",
                }
            },
            "additionalProperties": False,
            "required": ["name"],
        },
        "places": {"name": "body.group_tag"},
    },
    "get_tag": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the employee tag."}
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_tag": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the employee tag."},
                "name": {
                    "description": "Tag name; it must be unique within the workspace.",
                    "maxLength": 255,
                    "type": "string",
                },
            },
            "additionalProperties": False,
            "required": ["id", "name"],
        },
        "places": {"id": "path", "name": "body.group_tag"},
    },
    "delete_tag": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the employee tag."}
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "get_tag_users": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the employee tag."},
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path", "limit": "query", "cursor": "query"},
    },
    "add_tags": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."},
                "group_tag_ids": {
                    "description": "Ids of the group tags whose users should join the chat.",
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The group_tag_ids."},
                },
            },
            "additionalProperties": False,
            "required": ["id", "group_tag_ids"],
        },
        "places": {"id": "path", "group_tag_ids": "body"},
    },
    "remove_tag": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."},
                "tag_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the employee tag to unlink.",
                },
            },
            "additionalProperties": False,
            "required": ["id", "tag_id"],
        },
        "places": {"id": "path", "tag_id": "path"},
    },
    "leave_chat": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "list_members": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."},
                "role": {
                    "description": "Return only members holding this chat role; `all` (default) disables the filter.",
                    "enum": ["all", "owner", "admin", "editor", "member"],
                    "type": "string",
                },
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path", "role": "query", "limit": "query", "cursor": "query"},
    },
    "add_members": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the conversation, channel or thread chat.",
                },
                "member_ids": {
                    "description": "Ids of the users who should join the chat.",
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The member_ids."},
                },
                "silent": {
                    "description": "If true, the chat gets no system message announcing the newcomers.",
                    "default": False,
                    "type": "boolean",
                },
            },
            "additionalProperties": False,
            "required": ["id", "member_ids"],
        },
        "places": {"id": "path", "member_ids": "body", "silent": "body"},
    },
    "update_member_role": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."},
                "user_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the user or bot whose role changes.",
                },
                "role": {
                    "description": "Role to give the member.",
                    "enum": ["admin", "editor", "member"],
                    "type": "string",
                },
            },
            "additionalProperties": False,
            "required": ["id", "user_id", "role"],
        },
        "places": {"id": "path", "user_id": "path", "role": "body"},
    },
    "remove_member": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the chat."},
                "user_id": {"format": "int32", "type": "integer", "description": "Numeric id of the user to remove."},
            },
            "additionalProperties": False,
            "required": ["id", "user_id"],
        },
        "places": {"id": "path", "user_id": "path"},
    },
    "list_chat_messages": {
        "input_schema": {
            "type": "object",
            "properties": {
                "chat_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Chat whose messages to read: conversation, channel, DM or thread chat.",
                },
                "sort": {"description": "Ordering field; only `id` is supported.", "enum": ["id"], "type": "string"},
                "order": {
                    "description": "Ordering direction; newest first (`desc`) unless set.",
                    "enum": ["asc", "desc"],
                    "type": "string",
                },
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
            "required": ["chat_id"],
        },
        "places": {"chat_id": "query", "sort": "query", "order": "query", "limit": "query", "cursor": "query"},
    },
    "create_message": {
        "input_schema": {
            "type": "object",
            "properties": {
                "entity_type": {
                    "description": "Kind of target: `discussion` (the default), `thread`, or `user` for a DM. Case-insensitive; an unknown value is refused with 400 `invalid`.",
                    "enum": ["discussion", "thread", "user"],
                    "type": "string",
                    "default": "discussion",
                },
                "entity_id": {
                    "description": "Id of the target matching `entity_type`: chat id, thread id or user id.",
                    "format": "int32",
                    "type": "integer",
                },
                "content": {
                    "description": "Message text. Mention people as `@nickname` or `<@user_id>`; the latter is rewritten to the nickname.",
                    "type": "string",
                },
                "files": {
                    "description": "Attachments uploaded beforehand via `POST /uploads` and `direct_url`.",
                    "type": "array",
                    "items": {
                        "description": "One already uploaded file to attach.",
                        "type": "object",
                        "properties": {
                            "key": {
                                "description": "Upload `key` with its `${filename}` placeholder replaced by the real file name.",
                                "maxLength": 1000,
                                "type": "string",
                            },
                            "name": {
                                "description": "Display name of the attachment. An extension differing from the one in `key` is refused (422, `wrong_params`).",
                                "maxLength": 255,
                                "type": "string",
                            },
                            "file_type": {
                                "description": "Kind of attachment; `voice` additionally needs `duration_ms` and `waveform`.",
                                "enum": ["file", "image", "audio", "voice", "video"],
                                "type": "string",
                            },
                            "size": {
                                "description": "Byte count shown to readers beside the attachment.",
                                "format": "int64",
                                "type": "integer",
                            },
                            "width": {
                                "description": "Image width in pixels; only meaningful for `image` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "height": {
                                "description": "Image height in pixels; only meaningful for `image` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "duration_ms": {
                                "description": "Length of a voice recording in milliseconds (at least 1); required for `voice`, ignored for other kinds.",
                                "format": "int32",
                                "minimum": 1,
                                "type": "integer",
                            },
                            "waveform": {
                                "description": "Amplitude string used to draw a voice message, up to 256 characters; required for `voice`, ignored for other kinds.",
                                "maxLength": 256,
                                "type": "string",
                            },
                        },
                        "required": ["key", "name", "file_type"],
                    },
                },
                "buttons": {
                    "description": "Rows of buttons to show under the message. The spec caps this at 100 buttons in total and 8 per row.",
                    "maxItems": 32,
                    "type": "array",
                    "items": {
                        "description": "A single row of buttons.",
                        "type": "array",
                        "items": {
                            "description": "A button attached to a message. Set exactly one of `url` (opens a link after the user confirms) or `data` (sends a `button` webhook to the bot).",
                            "type": "object",
                            "properties": {
                                "text": {
                                    "description": "Caption shown on the button.",
                                    "maxLength": 255,
                                    "type": "string",
                                },
                                "url": {
                                    "description": "Link opened when the button is pressed; do not combine with `data`.",
                                    "type": "string",
                                },
                                "data": {
                                    "description": "Opaque string handed to the bot in the `button`/`click` webhook; do not combine with `url`.",
                                    "maxLength": 255,
                                    "type": "string",
                                },
                            },
                            "required": ["text"],
                        },
                    },
                },
                "parent_message_id": {
                    "description": "Set this to post the message as a reply to an existing one.",
                    "format": "int32",
                    "type": "integer",
                },
                "display_avatar_url": {
                    "description": "Avatar URL shown instead of the bot's own for this message; bot tokens only.",
                    "maxLength": 255,
                    "type": "string",
                },
                "display_name": {
                    "description": "Sender name shown instead of the bot's own for this message; bot tokens only.",
                    "maxLength": 255,
                    "type": "string",
                },
                "skip_invite_mentions": {
                    "description": "For posts in a thread: do not add the mentioned users to the thread.",
                    "default": False,
                    "type": "boolean",
                },
                "link_preview": {
                    "description": "Render a preview for the first URL in the text. Note it sits next to `message`, not inside it.",
                    "default": False,
                    "type": "boolean",
                },
            },
            "additionalProperties": False,
            "required": ["entity_id"],
        },
        "places": {
            "entity_type": "body.message",
            "entity_id": "body.message",
            "content": "body.message",
            "files": "body.message",
            "buttons": "body.message",
            "parent_message_id": "body.message",
            "display_avatar_url": "body.message",
            "display_name": "body.message",
            "skip_invite_mentions": "body.message",
            "link_preview": "body",
        },
    },
    "get_message": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_message": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."},
                "content": {
                    "description": "Replacement text, with the same mention syntax as when sending.",
                    "type": "string",
                },
                "files": {
                    "description": "Replacement list of attachments, uploaded beforehand via `POST /uploads` and `direct_url`.",
                    "type": "array",
                    "items": {
                        "description": "One already uploaded file to attach.",
                        "type": "object",
                        "properties": {
                            "key": {
                                "description": "Upload `key` with its `${filename}` placeholder replaced by the real file name.",
                                "maxLength": 1000,
                                "type": "string",
                            },
                            "name": {
                                "description": "Display name of the attachment. An extension differing from the one in `key` is refused (422, `wrong_params`).",
                                "maxLength": 255,
                                "type": "string",
                            },
                            "file_type": {
                                "description": "Kind of attachment; `voice` additionally needs `duration_ms` and `waveform`.",
                                "enum": ["file", "image", "audio", "voice", "video"],
                                "type": "string",
                            },
                            "size": {
                                "description": "Byte count shown to readers beside the attachment.",
                                "format": "int64",
                                "type": "integer",
                            },
                            "width": {
                                "description": "Image width in pixels; only meaningful for `image` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "height": {
                                "description": "Image height in pixels; only meaningful for `image` files.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "duration_ms": {
                                "description": "Length of a voice recording in milliseconds (at least 1); required for `voice`, ignored for other kinds.",
                                "format": "int32",
                                "minimum": 1,
                                "type": "integer",
                            },
                            "waveform": {
                                "description": "Amplitude string used to draw a voice message, up to 256 characters; required for `voice`, ignored for other kinds.",
                                "maxLength": 256,
                                "type": "string",
                            },
                        },
                        "required": ["key", "name"],
                    },
                },
                "buttons": {
                    "description": "New rows of buttons (at most 100 in total, 8 per row); send an empty list to remove all buttons.",
                    "maxItems": 32,
                    "type": "array",
                    "items": {
                        "description": "A single row of buttons.",
                        "type": "array",
                        "items": {
                            "description": "A button attached to a message. Set exactly one of `url` (opens a link after the user confirms) or `data` (sends a `button` webhook to the bot).",
                            "type": "object",
                            "properties": {
                                "text": {
                                    "description": "Caption shown on the button.",
                                    "maxLength": 255,
                                    "type": "string",
                                },
                                "url": {
                                    "description": "Link opened when the button is pressed; do not combine with `data`.",
                                    "type": "string",
                                },
                                "data": {
                                    "description": "Opaque string handed to the bot in the `button`/`click` webhook; do not combine with `url`.",
                                    "maxLength": 255,
                                    "type": "string",
                                },
                            },
                            "required": ["text"],
                        },
                    },
                },
                "display_avatar_url": {
                    "description": "Avatar URL to show for this message instead of the bot's own; bot tokens only.",
                    "type": "string",
                },
                "display_name": {
                    "description": "Sender name to show for this message instead of the bot's own; bot tokens only.",
                    "type": "string",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {
            "id": "path",
            "content": "body.message",
            "files": "body.message",
            "buttons": "body.message",
            "display_avatar_url": "body.message",
            "display_name": "body.message",
        },
    },
    "delete_message": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "unfurl": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."},
                "link_previews": {
                    "description": "Map from URL, exactly as received in the `link_shared` webhook, to its preview. A single invalid URL fails the whole call, and only the first preview is displayed.",
                    "type": "object",
                    "additionalProperties": {
                        "description": "Preview card a bot supplies for one URL through `POST /messages/{id}/link_previews`. Give a public `image_url` or an uploaded `image`; `image` takes precedence if both are set.",
                        "type": "object",
                        "properties": {
                            "title": {"description": "Heading of the card.", "type": "string"},
                            "description": {"description": "Body text of the card.", "type": "string"},
                            "image_url": {
                                "description": "Publicly reachable picture for the card; ignored when `image` is supplied.",
                                "type": "string",
                            },
                            "image": {
                                "description": "Picture uploaded beforehand through the file-upload flow.",
                                "type": "object",
                                "properties": {
                                    "key": {
                                        "description": "Upload `key` of the picture, with its file name filled in.",
                                        "type": "string",
                                    },
                                    "name": {
                                        "description": "File name of the picture, preferably with its extension.",
                                        "type": "string",
                                    },
                                    "size": {
                                        "description": "Byte count of the uploaded picture.",
                                        "format": "int32",
                                        "type": "integer",
                                    },
                                },
                                "required": ["key", "name"],
                            },
                        },
                        "required": ["title", "description"],
                    },
                },
            },
            "additionalProperties": False,
            "required": ["id", "link_previews"],
        },
        "places": {"id": "path", "link_previews": "body"},
    },
    "pin_message": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "unpin_message": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "revoke_token": {
        "input_schema": {
            "type": "object",
            "properties": {
                "token": {"description": "The token to withdraw.", "type": "string"},
                "token_type_hint": {
                    "description": "Optional hint whether `token` is an access token or a refresh token.",
                    "enum": ["access_token", "refresh_token"],
                    "type": "string",
                },
                "client_id": {"description": "Client identifier of the bot's OAuth client.", "type": "string"},
                "client_secret": {
                    "description": "Secret of a confidential (server-side) client; public clients leave it out.",
                    "type": "string",
                },
            },
            "additionalProperties": False,
            "required": ["token"],
        },
        "places": {"token": "body", "token_type_hint": "body", "client_id": "body", "client_secret": "body"},
    },
    "exchange_token": {
        "input_schema": {
            "type": "object",
            "properties": {
                "grant_type": {
                    "description": "Always `authorization_code`.",
                    "enum": ["authorization_code"],
                    "type": "string",
                },
                "code": {
                    "description": "Authorization code received on the redirect back to the bot.",
                    "type": "string",
                },
                "redirect_uri": {
                    "description": "Exactly the redirect address used in the authorization link.",
                    "type": "string",
                },
                "client_id": {"description": "Client identifier of the bot's OAuth client.", "type": "string"},
                "client_secret": {
                    "description": "Secret of a confidential (server-side) client; it may go in an HTTP Basic header instead, and public clients leave it out.",
                    "type": "string",
                },
                "code_verifier": {
                    "description": "PKCE verifier whose SHA-256 hash was sent as `code_challenge` in the authorization link; mandatory for public clients.",
                    "type": "string",
                },
            },
            "additionalProperties": False,
            "required": ["grant_type", "code", "redirect_uri"],
        },
        "places": {
            "grant_type": "body",
            "code": "body",
            "redirect_uri": "body",
            "client_id": "body",
            "client_secret": "body",
            "code_verifier": "body",
        },
    },
    "get_token_info": {
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "places": {},
    },
    "get_profile": {"input_schema": {"type": "object", "properties": {}, "additionalProperties": False}, "places": {}},
    "update_profile_avatar": {
        "input_schema": {
            "type": "object",
            "properties": {"image": {"type": "string", "description": "Path of a local file to send as `image`."}},
            "additionalProperties": False,
            "required": ["image"],
        },
        "places": {"image": "body"},
    },
    "delete_profile_avatar": {
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "places": {},
    },
    "get_status": {"input_schema": {"type": "object", "properties": {}, "additionalProperties": False}, "places": {}},
    "update_status": {
        "input_schema": {
            "type": "object",
            "properties": {
                "emoji": {"description": "Emoji displayed next to the user's name.", "type": "string"},
                "title": {"description": "Status text, up to 50 characters.", "maxLength": 50, "type": "string"},
                "expires_at": {
                    "description": "When the status should clear itself; omit it for a status that stays until removed.",
                    "format": "date-time",
                    "type": "string",
                },
                "is_away": {"description": "Switch on away mode.", "type": "boolean"},
                "away_message": {
                    "description": "Auto-reply text, up to 1024 characters, shown in the profile and to people who DM or mention the user.",
                    "maxLength": 1024,
                    "type": "string",
                },
            },
            "additionalProperties": False,
        },
        "places": {
            "emoji": "body.status",
            "title": "body.status",
            "expires_at": "body.status",
            "is_away": "body.status",
            "away_message": "body.status",
        },
    },
    "delete_status": {
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "places": {},
    },
    "list_reactions": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."},
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path", "limit": "query", "cursor": "query"},
    },
    "add_reaction": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."},
                "code": {"description": "The emoji to add, given as a Unicode character.", "type": "string"},
                "name": {"description": "Text name identifying a custom workspace emoji.", "type": "string"},
            },
            "additionalProperties": False,
            "required": ["id", "code"],
        },
        "places": {"id": "path", "code": "body", "name": "body"},
    },
    "remove_reaction": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."},
                "code": {"type": "string", "description": "The emoji character of the reaction to withdraw."},
                "name": {"type": "string", "description": "Text name of the emoji; needed to target a custom emoji."},
            },
            "additionalProperties": False,
            "required": ["id", "code"],
        },
        "places": {"id": "path", "code": "query", "name": "query"},
    },
    "list_read_members": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."},
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 300,
                    "type": "integer",
                    "description": "Page size, from 1 to 300; the server returns 300 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path", "limit": "query", "cursor": "query"},
    },
    "search_chats": {
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Search text matched against chats."},
                "limit": {
                    "format": "int32",
                    "maximum": 100,
                    "type": "integer",
                    "description": "Page size, from 1 to 100; the server returns 100 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque token from `meta.paginate.next_page` of the previous search page; leave out to start from the beginning.",
                },
                "order": {
                    "description": "Ordering direction of the results.",
                    "enum": ["asc", "desc"],
                    "type": "string",
                },
                "created_from": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Only chats created at or after this moment.",
                },
                "created_to": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Only chats created at or before this moment.",
                },
                "active": {
                    "type": "boolean",
                    "description": "true for active chats only, false for archived ones only.",
                },
                "chat_subtype": {
                    "description": "`discussion` for conversations and channels, `thread` for thread chats.",
                    "enum": ["discussion", "thread"],
                    "type": "string",
                },
                "personal": {
                    "type": "boolean",
                    "description": "true to limit results to one-to-one DMs, false to exclude them.",
                },
            },
            "additionalProperties": False,
        },
        "places": {
            "query": "query",
            "limit": "query",
            "cursor": "query",
            "order": "query",
            "created_from": "query",
            "created_to": "query",
            "active": "query",
            "chat_subtype": "query",
            "personal": "query",
        },
    },
    "search_messages": {
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Search text matched against message content."},
                "limit": {
                    "format": "int32",
                    "maximum": 200,
                    "type": "integer",
                    "description": "Page size, from 1 to 200; the server returns 200 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque token from `meta.paginate.next_page` of the previous search page; leave out to start from the beginning.",
                },
                "order": {
                    "description": "Ordering direction of the results.",
                    "enum": ["asc", "desc"],
                    "type": "string",
                },
                "sort": {
                    "description": "Rank by `created_at` (default, chronological) or by `relevance`.",
                    "enum": ["created_at", "relevance"],
                    "type": "string",
                },
                "created_from": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Only messages sent at or after this moment.",
                },
                "created_to": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Only messages sent at or before this moment.",
                },
                "chat_ids": {
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The chat_ids."},
                    "description": "Restrict to these chats; repeat the `chat_ids[]` key for each id.",
                },
                "user_ids": {
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The user_ids."},
                    "description": "Restrict to messages by these authors; repeat the `user_ids[]` key for each id.",
                },
                "active": {
                    "type": "boolean",
                    "description": "true to search only active chats, false for archived ones only.",
                },
            },
            "additionalProperties": False,
        },
        "places": {
            "query": "query",
            "limit": "query",
            "cursor": "query",
            "order": "query",
            "sort": "query",
            "created_from": "query",
            "created_to": "query",
            "chat_ids": "query",
            "user_ids": "query",
            "active": "query",
        },
    },
    "search_users": {
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {
                    "type": "string",
                    "description": "Search text matched against names, email, job title and other profile fields.",
                },
                "limit": {
                    "format": "int32",
                    "maximum": 200,
                    "type": "integer",
                    "description": "Page size, from 1 to 200; the server returns 200 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque token from `meta.paginate.next_page` of the previous search page; leave out to start from the beginning.",
                },
                "sort": {
                    "description": "Rank by `by_score` (relevance), `alphabetical` or `creation` date.",
                    "enum": ["by_score", "alphabetical", "creation"],
                    "type": "string",
                },
                "order": {
                    "description": "Ordering direction of the results.",
                    "enum": ["asc", "desc"],
                    "type": "string",
                },
                "created_from": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Only employees created at or after this moment.",
                },
                "created_to": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Only employees created at or before this moment.",
                },
                "company_roles": {
                    "type": "array",
                    "items": {
                        "description": "A user's workspace access level: `admin`, `user` (regular employee), `multi_guest` (guest in several chats) or `guest` (guest confined to one chat).",
                        "enum": ["admin", "user", "multi_guest", "guest"],
                        "type": "string",
                    },
                    "description": "Restrict to these workspace roles; repeat the `company_roles[]` key per role.",
                },
            },
            "additionalProperties": False,
        },
        "places": {
            "query": "query",
            "limit": "query",
            "cursor": "query",
            "sort": "query",
            "order": "query",
            "created_from": "query",
            "created_to": "query",
            "company_roles": "query",
        },
    },
    "get_audit_events": {
        "input_schema": {
            "type": "object",
            "properties": {
                "start_time": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Earliest event time to include (inclusive); omit for no lower bound.",
                },
                "end_time": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Latest event time to include (inclusive); omit for no upper bound.",
                },
                "event_key": {
                    "description": "Restrict results to a single kind of audit event.",
                    "enum": [
                        "user_login",
                        "user_logout",
                        "user_2fa_fail",
                        "user_2fa_success",
                        "user_2fa_disabled",
                        "login_grant_created",
                        "login_grant_approved",
                        "login_grant_denied",
                        "user_created",
                        "user_deleted",
                        "user_role_changed",
                        "user_updated",
                        "tag_created",
                        "tag_deleted",
                        "user_added_to_tag",
                        "user_removed_from_tag",
                        "chat_created",
                        "chat_renamed",
                        "chat_permission_changed",
                        "user_chat_join",
                        "user_chat_leave",
                        "tag_added_to_chat",
                        "tag_removed_from_chat",
                        "message_updated",
                        "message_deleted",
                        "message_created",
                        "reaction_created",
                        "reaction_deleted",
                        "thread_created",
                        "access_token_created",
                        "access_token_updated",
                        "access_token_destroy",
                        "kms_encrypt",
                        "kms_decrypt",
                        "audit_events_accessed",
                        "company_chats_accessed",
                        "company_bots_accessed",
                        "dlp_violation_detected",
                        "search_users_api",
                        "search_chats_api",
                        "search_messages_api",
                        "bot_scopes_updated",
                        "bot_webhook_settings_updated",
                        "bot_token_recreated",
                        "bot_deleted",
                        "bot_oauth_client_updated",
                        "bot_oauth_client_disabled",
                        "bot_oauth_client_secret_rotated",
                        "bot_oauth_client_secret_issued",
                        "bot_token_created",
                        "bot_token_updated",
                        "bot_token_reissued",
                        "bot_token_deleted",
                        "oauth_authorization_granted",
                        "oauth_authorization_revoked",
                        "oauth_token_revoked",
                        "oauth_device_authorization_approved",
                        "oauth_device_authorization_denied",
                        "video_call_started",
                        "video_call_finished",
                        "video_call_recording_ready",
                        "exchange_disabled",
                    ],
                    "type": "string",
                },
                "actor_id": {
                    "type": "string",
                    "description": "Only events performed by this actor; the id is passed as a numeric string.",
                },
                "actor_type": {
                    "type": "string",
                    "description": "Only events whose actor is of this type (a model name string).",
                },
                "entity_id": {
                    "type": "string",
                    "description": "Only events touching this object; the id is passed as a numeric string.",
                },
                "entity_type": {
                    "type": "string",
                    "description": "Only events touching objects of this type (a model name string).",
                },
                "limit": {
                    "format": "int32",
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {
            "start_time": "query",
            "end_time": "query",
            "event_key": "query",
            "actor_id": "query",
            "actor_type": "query",
            "entity_id": "query",
            "entity_type": "query",
            "limit": "query",
            "cursor": "query",
        },
    },
    "list_tasks": {
        "input_schema": {
            "type": "object",
            "properties": {
                "status": {
                    "description": "Only tasks in this state: `undone` (still open) or `done`.",
                    "enum": ["done", "undone"],
                    "type": "string",
                },
                "chat_ids": {
                    "maxItems": 100,
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The chat_ids."},
                    "description": "Only tasks attached to these chats (up to 100); repeat the `chat_ids[]` key for each id.",
                },
                "performer_ids": {
                    "maxItems": 100,
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The performer_ids."},
                    "description": "Only tasks assigned to these users (up to 100); repeat the `performer_ids[]` key for each id.",
                },
                "author_id": {"format": "int32", "type": "integer", "description": "Only tasks created by this user."},
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {
            "status": "query",
            "chat_ids": "query",
            "performer_ids": "query",
            "author_id": "query",
            "limit": "query",
            "cursor": "query",
        },
    },
    "create_task": {
        "input_schema": {
            "type": "object",
            "properties": {
                "kind": {
                    "description": "Category of the new task.",
                    "enum": ["call", "meeting", "reminder", "event", "email"],
                    "type": "string",
                },
                "content": {
                    "description": "Text of the task; when omitted, the name of the kind is used.",
                    "type": "string",
                },
                "due_at": {
                    "description": "Deadline; a timezone offset is accepted. A time of exactly 23:59:59.000 turns it into an all-day task.",
                    "format": "date-time",
                    "type": "string",
                },
                "priority": {
                    "description": "1 (the default), 2 for important, 3 for very important.",
                    "format": "int32",
                    "default": 1,
                    "type": "integer",
                },
                "performer_ids": {
                    "description": "Users to assign; the caller is assigned when this is omitted.",
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The performer_ids."},
                },
                "chat_id": {
                    "description": "Optional chat this task should be associated with.",
                    "format": "int32",
                    "type": "integer",
                },
                "all_day": {
                    "description": "Create the task for a whole day without a specific time.",
                    "type": "boolean",
                },
                "custom_properties": {
                    "description": "Custom property values to set on the task.",
                    "type": "array",
                    "items": {
                        "description": "One property id with the value to store.",
                        "type": "object",
                        "properties": {
                            "id": {
                                "description": "Id of the custom property definition.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "value": {
                                "description": "Value to store, written as a string whatever the property type.",
                                "type": "string",
                            },
                        },
                        "required": ["id", "value"],
                    },
                },
            },
            "additionalProperties": False,
            "required": ["kind"],
        },
        "places": {
            "kind": "body.task",
            "content": "body.task",
            "due_at": "body.task",
            "priority": "body.task",
            "performer_ids": "body.task",
            "chat_id": "body.task",
            "all_day": "body.task",
            "custom_properties": "body.task",
        },
    },
    "get_task": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the task."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_task": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the task."},
                "kind": {
                    "description": "New category for the task.",
                    "enum": ["call", "meeting", "reminder", "event", "email"],
                    "type": "string",
                },
                "content": {"description": "New text of the task.", "type": "string"},
                "due_at": {
                    "description": "New deadline; a time of exactly 23:59:59.000 makes it an all-day task.",
                    "format": "date-time",
                    "type": "string",
                },
                "priority": {
                    "description": "1 normal, 2 important, 3 very important.",
                    "format": "int32",
                    "type": "integer",
                },
                "performer_ids": {
                    "description": "Replacement list of assignees.",
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The performer_ids."},
                },
                "status": {
                    "description": "Mark the task done, or reopen it with `undone`.",
                    "enum": ["done", "undone"],
                    "type": "string",
                },
                "all_day": {"description": "Turn the whole-day flag on or off.", "type": "boolean"},
                "done_at": {
                    "description": "Completion time to record when marking the task done.",
                    "format": "date-time",
                    "type": "string",
                },
                "custom_properties": {
                    "description": "Custom property values to overwrite.",
                    "type": "array",
                    "items": {
                        "description": "One property id with the value to store.",
                        "type": "object",
                        "properties": {
                            "id": {
                                "description": "Id of the custom property definition.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "value": {
                                "description": "Value to store, written as a string whatever the property type.",
                                "type": "string",
                            },
                        },
                        "required": ["id", "value"],
                    },
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {
            "id": "path",
            "kind": "body.task",
            "content": "body.task",
            "due_at": "body.task",
            "priority": "body.task",
            "performer_ids": "body.task",
            "status": "body.task",
            "all_day": "body.task",
            "done_at": "body.task",
            "custom_properties": "body.task",
        },
    },
    "delete_task": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the task."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "create_thread": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the message."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "list_threads": {
        "input_schema": {
            "type": "object",
            "properties": {
                "last_message_at_after": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Keep threads whose latest message is at or after this moment.",
                },
                "last_message_at_before": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Keep threads whose latest message is at or before this moment.",
                },
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {
            "last_message_at_after": "query",
            "last_message_at_before": "query",
            "limit": "query",
            "cursor": "query",
        },
    },
    "create_standalone_thread": {
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "places": {},
    },
    "get_thread": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the thread."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "list_users": {
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {
                    "type": "string",
                    "description": "Text matched against first and last name, email, phone number and nickname.",
                },
                "limit": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 50,
                    "type": "integer",
                    "description": "Page size, from 1 to 50; the server returns 50 items when it is omitted.",
                },
                "cursor": {
                    "type": "string",
                    "description": "Opaque paging token copied from `meta.paginate.next_page` (or `prev_page`) of an earlier reply; leave out for the first page.",
                },
            },
            "additionalProperties": False,
        },
        "places": {"query": "query", "limit": "query", "cursor": "query"},
    },
    "create_user": {
        "input_schema": {
            "type": "object",
            "properties": {
                "first_name": {"description": "Given name.", "maxLength": 255, "type": "string"},
                "last_name": {"description": "Family name.", "maxLength": 255, "type": "string"},
                "email": {
                    "description": "Address the account signs in with and where the invitation is sent.",
                    "maxLength": 255,
                    "type": "string",
                },
                "phone_number": {"description": "Contact phone number.", "maxLength": 255, "type": "string"},
                "nickname": {"description": "Unique @-handle used for mentions.", "maxLength": 255, "type": "string"},
                "department": {"description": "Department name.", "maxLength": 255, "type": "string"},
                "title": {"description": "Position held in the company.", "type": "string"},
                "role": {
                    "description": "Access level; `guest` also requires `chat_ids` with exactly one chat.",
                    "enum": ["admin", "user", "multi_guest", "guest"],
                    "type": "string",
                },
                "suspended": {
                    "description": "Create the account already deactivated.",
                    "default": False,
                    "type": "boolean",
                },
                "list_tags": {
                    "description": "Names of group tags to give the user.",
                    "type": "array",
                    "items": {"type": "string", "description": "The list_tags."},
                },
                "chat_ids": {
                    "description": "Chat memberships granted on creation. A `guest` must get exactly one, and it has to be an active chat.",
                    "type": "array",
                    "items": {"format": "int32", "type": "integer", "description": "The chat_ids."},
                },
                "custom_properties": {
                    "description": "Custom user field values to set.",
                    "type": "array",
                    "items": {
                        "description": "One property id with the value to store.",
                        "type": "object",
                        "properties": {
                            "id": {
                                "description": "Id of the custom property definition.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "value": {
                                "description": "Value to store as a string (at most 768 characters), whatever the property type.",
                                "maxLength": 768,
                                "type": "string",
                            },
                        },
                        "required": ["id", "value"],
                    },
                },
                "skip_email_notify": {
                    "description": "Do not email an invitation; handy when accounts are provisioned ahead of SSO sign-in.",
                    "default": False,
                    "type": "boolean",
                },
            },
            "additionalProperties": False,
            "required": ["email"],
        },
        "places": {
            "first_name": "body.user",
            "last_name": "body.user",
            "email": "body.user",
            "phone_number": "body.user",
            "nickname": "body.user",
            "department": "body.user",
            "title": "body.user",
            "role": "body.user",
            "suspended": "body.user",
            "list_tags": "body.user",
            "chat_ids": "body.user",
            "custom_properties": "body.user",
            "skip_email_notify": "body",
        },
    },
    "get_user": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the employee."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_user": {
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Numeric id of the employee."},
                "first_name": {"description": "Given name.", "maxLength": 255, "type": "string"},
                "last_name": {"description": "Family name.", "maxLength": 255, "type": "string"},
                "email": {"description": "New sign-in address.", "maxLength": 255, "type": "string"},
                "phone_number": {"description": "Contact phone number.", "maxLength": 255, "type": "string"},
                "nickname": {"description": "Unique @-handle used for mentions.", "maxLength": 255, "type": "string"},
                "department": {"description": "Department name.", "maxLength": 255, "type": "string"},
                "title": {"description": "New position held in the company.", "type": "string"},
                "role": {
                    "description": "New access level; `guest` cannot be set here.",
                    "enum": ["admin", "user", "multi_guest"],
                    "type": "string",
                },
                "suspended": {"description": "Deactivate (true) or reactivate (false) the account.", "type": "boolean"},
                "list_tags": {
                    "description": "Replacement list of group tag names for the user.",
                    "type": "array",
                    "items": {"type": "string", "description": "The list_tags."},
                },
                "custom_properties": {
                    "description": "Custom user field values to set.",
                    "type": "array",
                    "items": {
                        "description": "One property id with the value to store.",
                        "type": "object",
                        "properties": {
                            "id": {
                                "description": "Id of the custom property definition.",
                                "format": "int32",
                                "type": "integer",
                            },
                            "value": {
                                "description": "Value to store as a string (at most 768 characters), whatever the property type.",
                                "maxLength": 768,
                                "type": "string",
                            },
                        },
                        "required": ["id", "value"],
                    },
                },
            },
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {
            "id": "path",
            "first_name": "body.user",
            "last_name": "body.user",
            "email": "body.user",
            "phone_number": "body.user",
            "nickname": "body.user",
            "department": "body.user",
            "title": "body.user",
            "role": "body.user",
            "suspended": "body.user",
            "list_tags": "body.user",
            "custom_properties": "body.user",
        },
    },
    "delete_user": {
        "input_schema": {
            "type": "object",
            "properties": {"id": {"format": "int32", "type": "integer", "description": "Numeric id of the employee."}},
            "additionalProperties": False,
            "required": ["id"],
        },
        "places": {"id": "path"},
    },
    "update_user_avatar": {
        "input_schema": {
            "type": "object",
            "properties": {
                "user_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the employee whose avatar is set.",
                },
                "image": {"type": "string", "description": "Path of a local file to send as `image`."},
            },
            "additionalProperties": False,
            "required": ["user_id", "image"],
        },
        "places": {"user_id": "path", "image": "body"},
    },
    "delete_user_avatar": {
        "input_schema": {
            "type": "object",
            "properties": {
                "user_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the employee whose avatar is cleared.",
                }
            },
            "additionalProperties": False,
            "required": ["user_id"],
        },
        "places": {"user_id": "path"},
    },
    "get_user_status": {
        "input_schema": {
            "type": "object",
            "properties": {
                "user_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the employee whose status is read.",
                }
            },
            "additionalProperties": False,
            "required": ["user_id"],
        },
        "places": {"user_id": "path"},
    },
    "update_user_status": {
        "input_schema": {
            "type": "object",
            "properties": {
                "user_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the employee whose status is set.",
                },
                "emoji": {"description": "Emoji displayed next to the user's name.", "type": "string"},
                "title": {"description": "Status text, up to 50 characters.", "maxLength": 50, "type": "string"},
                "expires_at": {
                    "description": "When the status should clear itself; omit it for a status that stays until removed.",
                    "format": "date-time",
                    "type": "string",
                },
                "is_away": {"description": "Switch on away mode.", "type": "boolean"},
                "away_message": {
                    "description": "Auto-reply text, up to 1024 characters, shown in the profile and to people who DM or mention the user.",
                    "maxLength": 1024,
                    "type": "string",
                },
            },
            "additionalProperties": False,
            "required": ["user_id"],
        },
        "places": {
            "user_id": "path",
            "emoji": "body.status",
            "title": "body.status",
            "expires_at": "body.status",
            "is_away": "body.status",
            "away_message": "body.status",
        },
    },
    "delete_user_status": {
        "input_schema": {
            "type": "object",
            "properties": {
                "user_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the employee whose status is cleared.",
                }
            },
            "additionalProperties": False,
            "required": ["user_id"],
        },
        "places": {"user_id": "path"},
    },
    "open_view": {
        "input_schema": {
            "type": "object",
            "properties": {
                "title": {
                    "description": "Heading of the modal, at most 24 characters.",
                    "maxLength": 24,
                    "type": "string",
                },
                "close_text": {
                    "description": "Label of the cancel button, at most 24 characters.",
                    "maxLength": 24,
                    "type": "string",
                },
                "submit_text": {
                    "description": "Label of the submit button, at most 24 characters.",
                    "maxLength": 24,
                    "type": "string",
                },
                "blocks": {
                    "description": "Content of the form in display order, at most 100 blocks.",
                    "maxItems": 100,
                    "type": "array",
                    "items": {
                        "description": "Any form block. Variants are told apart by `type`: `input`, `select`, `radio`, `checkbox`, `date`, `time`, `file_input`, `header`, `plain_text`, `markdown` or `divider`.",
                        "anyOf": [
                            {
                                "description": "Form block with a drop-down list (`type: select`); the value of the chosen entry is submitted.",
                                "type": "object",
                                "properties": {
                                    "type": {"description": "Always `select`.", "enum": ["select"], "type": "string"},
                                    "name": {
                                        "description": "Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).",
                                        "maxLength": 255,
                                        "type": "string",
                                    },
                                    "label": {
                                        "description": "Caption above the drop-down (max 150 characters).",
                                        "maxLength": 150,
                                        "type": "string",
                                    },
                                    "options": {
                                        "description": "Entries of the list, no more than 100.",
                                        "maxItems": 100,
                                        "type": "array",
                                        "items": {"description": "The options."},
                                    },
                                    "required": {
                                        "description": "If true, an entry must be picked before submitting.",
                                        "default": False,
                                        "type": "boolean",
                                    },
                                    "hint": {
                                        "description": "Grey helper text under the drop-down (max 2000 characters).",
                                        "maxLength": 2000,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "name", "label", "options"],
                            },
                            {
                                "description": "Form block with radio buttons (`type: radio`); exactly one choice, submitted as its value string.",
                                "type": "object",
                                "properties": {
                                    "type": {"description": "Always `radio`.", "enum": ["radio"], "type": "string"},
                                    "name": {
                                        "description": "Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).",
                                        "maxLength": 255,
                                        "type": "string",
                                    },
                                    "label": {
                                        "description": "Caption above the group of choices (max 150 characters).",
                                        "maxLength": 150,
                                        "type": "string",
                                    },
                                    "options": {
                                        "description": "The choices, no more than 10.",
                                        "maxItems": 10,
                                        "type": "array",
                                        "items": {"description": "The options."},
                                    },
                                    "required": {
                                        "description": "If true, a choice must be made before submitting.",
                                        "default": False,
                                        "type": "boolean",
                                    },
                                    "hint": {
                                        "description": "Grey helper text under the group (max 2000 characters).",
                                        "maxLength": 2000,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "name", "label", "options"],
                            },
                            {
                                "description": "Form block with a group of checkboxes (`type: checkbox`); several may be ticked, and the answer is submitted as an array of the ticked values.",
                                "type": "object",
                                "properties": {
                                    "type": {
                                        "description": "Always `checkbox`.",
                                        "enum": ["checkbox"],
                                        "type": "string",
                                    },
                                    "name": {
                                        "description": "Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).",
                                        "maxLength": 255,
                                        "type": "string",
                                    },
                                    "label": {
                                        "description": "Caption above the checkbox group (max 150 characters).",
                                        "maxLength": 150,
                                        "type": "string",
                                    },
                                    "options": {
                                        "description": "The checkboxes, no more than 10.",
                                        "maxItems": 10,
                                        "type": "array",
                                        "items": {"description": "The options."},
                                    },
                                    "required": {
                                        "description": "If true, at least one box must be ticked before submitting.",
                                        "default": False,
                                        "type": "boolean",
                                    },
                                    "hint": {
                                        "description": "Grey helper text under the group (max 2000 characters).",
                                        "maxLength": 2000,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "name", "label", "options"],
                            },
                            {
                                "description": "Text-entry form block (`type: input`), single- or multi-line; the answer is submitted as a string.",
                                "type": "object",
                                "properties": {
                                    "type": {"description": "Always `input`.", "enum": ["input"], "type": "string"},
                                    "name": {
                                        "description": "Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).",
                                        "maxLength": 255,
                                        "type": "string",
                                    },
                                    "label": {
                                        "description": "Caption shown above the field (max 150 characters).",
                                        "maxLength": 150,
                                        "type": "string",
                                    },
                                    "placeholder": {
                                        "description": "Grey prompt displayed while the field is empty (max 150 characters).",
                                        "maxLength": 150,
                                        "type": "string",
                                    },
                                    "multiline": {
                                        "description": "Render a multi-line text area instead of a one-line field.",
                                        "default": False,
                                        "type": "boolean",
                                    },
                                    "initial_value": {
                                        "description": "Text the field is prefilled with (max 3000 characters).",
                                        "maxLength": 3000,
                                        "type": "string",
                                    },
                                    "min_length": {
                                        "description": "Fewest characters accepted (0 to 3000); shorter input is rejected in the form.",
                                        "format": "int32",
                                        "minimum": 0,
                                        "maximum": 3000,
                                        "type": "integer",
                                    },
                                    "max_length": {
                                        "description": "Most characters accepted (1 to 3000); longer input is rejected in the form.",
                                        "format": "int32",
                                        "minimum": 1,
                                        "maximum": 3000,
                                        "type": "integer",
                                    },
                                    "required": {
                                        "description": "If true, the form cannot be submitted until this field is filled.",
                                        "default": False,
                                        "type": "boolean",
                                    },
                                    "hint": {
                                        "description": "Grey helper text shown below the field (max 2000 characters).",
                                        "maxLength": 2000,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "name", "label"],
                            },
                            {
                                "description": "Form block for attaching files (`type: file_input`); the answer arrives as a list of `{name, size, url}` objects.",
                                "type": "object",
                                "properties": {
                                    "type": {
                                        "description": "Always `file_input`.",
                                        "enum": ["file_input"],
                                        "type": "string",
                                    },
                                    "name": {
                                        "description": "Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).",
                                        "maxLength": 255,
                                        "type": "string",
                                    },
                                    "label": {
                                        "description": "Caption shown above the field (max 150 characters).",
                                        "maxLength": 150,
                                        "type": "string",
                                    },
                                    "filetypes": {
                                        "description": "Accepted file extensions, without dots; any file is accepted when this is omitted.",
                                        "type": "array",
                                        "items": {"description": "The filetypes."},
                                    },
                                    "max_files": {
                                        "description": "Upper bound on the number of files, from 1 to 10.",
                                        "format": "int32",
                                        "default": 10,
                                        "minimum": 1,
                                        "maximum": 10,
                                        "type": "integer",
                                    },
                                    "required": {
                                        "description": "If true, the form cannot be submitted until this field is filled.",
                                        "default": False,
                                        "type": "boolean",
                                    },
                                    "hint": {
                                        "description": "Grey helper text shown below the field (max 2000 characters).",
                                        "maxLength": 2000,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "name", "label"],
                            },
                            {
                                "description": "Form block with a date picker (`type: date`); the answer arrives as a `YYYY-MM-DD` string.",
                                "type": "object",
                                "properties": {
                                    "type": {"description": "Always `date`.", "enum": ["date"], "type": "string"},
                                    "name": {
                                        "description": "Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).",
                                        "maxLength": 255,
                                        "type": "string",
                                    },
                                    "label": {
                                        "description": "Caption shown above the field (max 150 characters).",
                                        "maxLength": 150,
                                        "type": "string",
                                    },
                                    "initial_date": {
                                        "description": "Date preselected when the form opens, `YYYY-MM-DD`.",
                                        "format": "date",
                                        "type": "string",
                                    },
                                    "required": {
                                        "description": "If true, the form cannot be submitted until this field is filled.",
                                        "default": False,
                                        "type": "boolean",
                                    },
                                    "hint": {
                                        "description": "Grey helper text shown below the field (max 2000 characters).",
                                        "maxLength": 2000,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "name", "label"],
                            },
                            {
                                "description": "Form block with a time picker (`type: time`); the answer arrives as an `HH:mm` string.",
                                "type": "object",
                                "properties": {
                                    "type": {"description": "Always `time`.", "enum": ["time"], "type": "string"},
                                    "name": {
                                        "description": "Key under which this block's answer appears in the submit webhook's `data` (max 255 characters).",
                                        "maxLength": 255,
                                        "type": "string",
                                    },
                                    "label": {
                                        "description": "Caption shown above the field (max 150 characters).",
                                        "maxLength": 150,
                                        "type": "string",
                                    },
                                    "initial_time": {
                                        "description": "Time preselected when the form opens, `HH:mm`.",
                                        "format": "time",
                                        "type": "string",
                                    },
                                    "required": {
                                        "description": "If true, the form cannot be submitted until this field is filled.",
                                        "default": False,
                                        "type": "boolean",
                                    },
                                    "hint": {
                                        "description": "Grey helper text shown below the field (max 2000 characters).",
                                        "maxLength": 2000,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "name", "label"],
                            },
                            {
                                "description": "Form block showing a heading (`type: header`).",
                                "type": "object",
                                "properties": {
                                    "type": {"description": "Always `header`.", "enum": ["header"], "type": "string"},
                                    "text": {
                                        "description": "Heading text, up to 150 characters.",
                                        "maxLength": 150,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "text"],
                            },
                            {
                                "description": "Form block showing text without formatting (`type: plain_text`).",
                                "type": "object",
                                "properties": {
                                    "type": {
                                        "description": "Always `plain_text`.",
                                        "enum": ["plain_text"],
                                        "type": "string",
                                    },
                                    "text": {
                                        "description": "Text to display verbatim, up to 12000 characters.",
                                        "maxLength": 12000,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "text"],
                            },
                            {
                                "description": "Form block showing formatted text written in Markdown (`type: markdown`).",
                                "type": "object",
                                "properties": {
                                    "type": {
                                        "description": "Always `markdown`.",
                                        "enum": ["markdown"],
                                        "type": "string",
                                    },
                                    "text": {
                                        "description": "Markdown source to render, up to 12000 characters.",
                                        "maxLength": 12000,
                                        "type": "string",
                                    },
                                },
                                "required": ["type", "text"],
                            },
                            {
                                "description": "Form block that draws a horizontal separator (`type: divider`); it has no other fields.",
                                "type": "object",
                                "properties": {
                                    "type": {"description": "Always `divider`.", "enum": ["divider"], "type": "string"}
                                },
                                "required": ["type"],
                            },
                        ],
                    },
                },
                "type": {
                    "description": "How the view is presented; `modal` is the only option.",
                    "enum": ["modal"],
                    "type": "string",
                },
                "trigger_id": {
                    "description": "The `trigger_id` from the `button` webhook. It expires after about 3 seconds, after which the call fails with 410.",
                    "type": "string",
                },
                "private_metadata": {
                    "description": "Arbitrary string of your choosing (for instance serialised JSON context), echoed back in the submit webhook.",
                    "maxLength": 3000,
                    "type": "string",
                },
                "callback_id": {
                    "description": "Your own identifier for the form, echoed back on submit so you can tell forms apart.",
                    "maxLength": 255,
                    "type": "string",
                },
            },
            "additionalProperties": False,
            "required": ["title", "blocks", "type", "trigger_id"],
        },
        "places": {
            "title": "body.view",
            "close_text": "body.view",
            "submit_text": "body.view",
            "blocks": "body.view",
            "type": "body",
            "trigger_id": "body",
            "private_metadata": "body",
            "callback_id": "body",
        },
    },
    "submit_view_response": {
        "input_schema": {
            "type": "object",
            "properties": {
                "view_id": {
                    "type": "string",
                    "description": "String id of the submitted view, as given in the submission event.",
                },
                "submit_id": {
                    "description": "The `submit_id` of the `view_submit` event being answered.",
                    "type": "string",
                },
                "errors": {
                    "description": "Messages to show under fields, keyed by block `name`; leave it out to accept the submission and close the form.",
                    "type": "object",
                    "additionalProperties": {"description": "Text displayed under that field.", "type": "string"},
                },
            },
            "additionalProperties": False,
            "required": ["view_id", "submit_id"],
        },
        "places": {"view_id": "path", "submit_id": "body", "errors": "body"},
    },
}
