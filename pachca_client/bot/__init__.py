"""Write a Pachca bot as listeners; serve it by webhook (ASGI or WSGI) or by polling, with the same code.

    from pachca_client.bot import App, Context
    from pachca_client.models import MessageWebhookPayload

    app = App()  # PACHCA_TOKEN and PACHCA_SIGNING_SECRET from the environment

    @app.message()
    def echo(ctx: Context[MessageWebhookPayload]) -> None:
        ctx.reply(ctx.event.content)

    asgi = app.asgi()   # or app.wsgi(), or app.poll() without a public URL

Listeners: `message`, `command`, `button`, `form`, `reaction`, `member_joined`, `member_left`,
`link_shared` and `event`; the first one registered that matches runs. A `def` listener gets a `Context`
whose helpers (`reply`, `reply_in_thread`, `react`, `unreact`, `edit`, `delete`, `open_form`, `unfurl`)
each make one call with the sync client; an `async def` one gets an `AsyncContext` with the same helpers,
awaited. Deliveries are checked (signature, timestamp) and deduplicated (`replay_store`) before any code
runs, the bot's own messages are ignored, and forms are answered by what the listener does within 3 s.
`python -m pachca_client.bot examples/bot_echo.py` runs a bot against a local fake Pachca.
Another server's adapter hands each request to `app.dispatch(WebhookRequest(body, headers))` (`await
app.adispatch(...)` on its loop) and sends back the `WebhookResponse`, as `asgi()` and `wsgi()` do.
"""

from .._replay import RedisStore
from ._app import App
from ._context import AsyncContext, BaseContext, Context, TriggerExpiredError
from ._request import WebhookRequest, WebhookResponse

__all__ = [
    "App",
    "AsyncContext",
    "BaseContext",
    "Context",
    "RedisStore",
    "TriggerExpiredError",
    "WebhookRequest",
    "WebhookResponse",
]
