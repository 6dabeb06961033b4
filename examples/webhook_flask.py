"""Receive Pachca webhooks with Flask: `flask --app examples.webhook_flask run` (finds `create_app`).

Set PACHCA_WEBHOOK_SECRET to the bot's signing secret and point the bot's outgoing webhook at POST /webhook.
Callbacks should only hand work off (a queue, a task): Pachca expects a quick answer.
"""

from __future__ import annotations

import os

from flask import Flask, Response, jsonify, request

from pachca_client.models import MessageWebhookPayload, ViewSubmitWebhookPayload
from pachca_client.webhooks import WebhookHandler, WebhookReply, form_errors


def create_app(secret: str | None = None) -> Flask:
    app = Flask(__name__)
    handler = WebhookHandler(secret or os.environ["PACHCA_WEBHOOK_SECRET"])

    @handler.on("message", "new")
    def on_message(event: MessageWebhookPayload) -> None:
        app.logger.info("message %s in chat %s: %s", event.id, event.chat_id, event.content)

    @handler.on("view", "submit")
    def on_submit(event: ViewSubmitWebhookPayload) -> WebhookReply | None:
        if not event.data.additional_properties.get("title"):
            return form_errors({"title": "Give the task a title"})
        return None  # 200 closes the form

    @app.post("/webhook")
    def webhook() -> Response:
        result = handler.handle(request.get_data(), request.headers)
        if result.error is not None:
            app.logger.warning("refused webhook: %s", result.error)
        response = jsonify(dict(result.body)) if result.body is not None else Response()
        response.status_code = result.status
        return response

    return app
