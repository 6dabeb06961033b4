"""Receive Pachca webhooks with Starlette: `uvicorn --factory examples.webhook_starlette:create_app`.

Set PACHCA_WEBHOOK_SECRET to the bot's signing secret and point the bot's outgoing webhook at POST /webhook.
Callbacks should only hand work off (a queue, a task): Pachca expects a quick answer.
"""

from __future__ import annotations

import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from pachca_client.models import MessageWebhookPayload, ViewSubmitWebhookPayload
from pachca_client.webhooks import WebhookHandler, WebhookReply, form_errors

logger = logging.getLogger(__name__)


def create_app(secret: str | None = None) -> Starlette:
    handler = WebhookHandler(secret or os.environ["PACHCA_WEBHOOK_SECRET"])

    @handler.on("message", "new")
    def on_message(event: MessageWebhookPayload) -> None:
        logger.info("message %s in chat %s: %s", event.id, event.chat_id, event.content)

    @handler.on("view", "submit")
    def on_submit(event: ViewSubmitWebhookPayload) -> WebhookReply | None:
        if not event.data.additional_properties.get("title"):
            return form_errors({"title": "Give the task a title"})
        return None  # 200 closes the form

    async def webhook(request: Request) -> Response:
        result = handler.handle(await request.body(), request.headers)
        if result.error is not None:
            logger.warning("refused webhook: %s", result.error)
        if result.body is None:
            return Response(status_code=result.status)
        return JSONResponse(dict(result.body), status_code=result.status)

    return Starlette(routes=[Route("/webhook", webhook, methods=["POST"])])
