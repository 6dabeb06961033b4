"""Echo bot: answers every new message in its chats with the same text, receiving events by webhook.

A port of the echo bot of Pachca's official SDK examples to this client. The app is plain ASGI
(Starlette): serve it with any ASGI server, e.g. `uvicorn --factory examples.sdk_echo_bot:create_app`,
with PACHCA_TOKEN (the bot's token) and PACHCA_WEBHOOK_SECRET (its signing secret) set, and point the
bot's outgoing webhook at POST /webhook.

`python examples/sdk_echo_bot.py` without PACHCA_TOKEN runs it against a local fake Pachca: the
bot's webhooks go straight to the app, in-process, and a colleague says hello.
"""

from __future__ import annotations

import os

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from pachca_client import AsyncPachca
from pachca_client.models import MessageWebhookPayload, SortOrder
from pachca_client.webhooks import WebhookHandler


def create_app(pachca: AsyncPachca | None = None, secret: str | None = None) -> Starlette:
    """The bot: verify each delivery, answer 200 at once, then echo new messages that are not its own."""
    client = pachca or AsyncPachca(os.environ["PACHCA_TOKEN"])
    handler = WebhookHandler(secret or os.environ["PACHCA_WEBHOOK_SECRET"])
    me: list[int] = []  # the bot's own user id, fetched once

    async def echo(event: MessageWebhookPayload) -> None:
        if not me:
            me.append((await client.profile.get_profile()).id)
        if event.user_id == me[0] or not event.content.strip():
            return  # never answer itself (or a file without text)
        if event.entity_type == "thread":  # a comment: answer in the same thread
            await client.messages.create_message(
                body={"message": {"entity_type": "thread", "entity_id": event.entity_id, "content": event.content}}
            )
        else:
            await client.messages.create_message(
                body={"message": {"entity_id": event.chat_id, "content": event.content, "parent_message_id": event.id}}
            )

    async def webhook(request: Request) -> Response:
        result = handler.handle(await request.body(), request.headers)
        if result.body is not None:
            return JSONResponse(dict(result.body), status_code=result.status)
        event = result.event
        if isinstance(event, MessageWebhookPayload) and str(event.event) == "new":
            # answer Pachca first, reply after: a slow reply must not make Pachca deliver again
            return Response(status_code=200, background=BackgroundTask(echo, event))
        return Response(status_code=result.status)

    return Starlette(routes=[Route("/webhook", webhook, methods=["POST"])])


def demo() -> list[str]:
    """The bot against a local fake Pachca; returns the bot's answers, oldest first."""
    from pachca_client.testing import FakePachca

    with FakePachca() as fake:
        chat = fake.add_chat("Echo test", [fake.user("Vera")])
        bot = fake.add_bot("Echo", chats=[chat])
        client = bot.async_client()
        bot.attach(create_app(client, bot.signing_secret))  # webhooks go to the app, no network
        fake.user("Vera").posts(chat, "Hello, bot!")  # returns once the bot has answered
        fake.user("Vera").posts(chat, "Are you there?")
        fake.webhooks.run(client.close())  # the app's client lives on the apps' event loop
        with fake.client() as pachca:
            messages = pachca.messages.list_chat_messages(chat_id=chat["id"], order=SortOrder.ASC).data
    answers = [m.content for m in messages if m.user_id == bot.id]
    for answer in answers:
        print(f"echo bot answered: {answer}")
    return answers


if __name__ == "__main__":
    if os.environ.get("PACHCA_TOKEN"):
        raise SystemExit("serve it: uvicorn --factory examples.sdk_echo_bot:create_app")
    demo()
