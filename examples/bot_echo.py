"""Echo bot: says back whatever is written in its chats.

Serve its webhooks: `uvicorn --factory examples.bot_echo:app.asgi` (PACHCA_TOKEN, PACHCA_SIGNING_SECRET set);
without a public URL, `python examples/bot_echo.py` polls instead. On a local fake Pachca, no account needed:
`python -m pachca_client.bot echo`.
"""

from pachca_client.bot import App, Context
from pachca_client.models import MessageWebhookPayload

app = App()  # PACHCA_TOKEN and PACHCA_SIGNING_SECRET from the environment


@app.message()
def echo(ctx: Context[MessageWebhookPayload]) -> None:
    if ctx.event.content:  # a message of files alone has no text
        ctx.reply(ctx.event.content)


if __name__ == "__main__":
    app.poll()
