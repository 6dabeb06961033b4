"""An AI-agent style bot: marks a message as being worked on, answers in its thread, then clears the mark.

The "agent" is a stand-in (`think`); put a model call there. Listeners are async, and `background=True`
answers Pachca at once, so a long think never makes Pachca deliver the message again. Replies in the
thread reach the bot as messages too, and are answered in the same thread.

Serve: `uvicorn --factory examples.bot_agent_thread:app.asgi`; on a fake: `python -m pachca_client.bot
agent_thread`.
"""

import asyncio

from pachca_client.bot import App, AsyncContext
from pachca_client.models import MessageWebhookPayload

app = App()
WORKING = "⏳"


async def think(question: str) -> str:
    await asyncio.sleep(0.1)  # a model call would go here
    return f"Here is what I found about “{question.strip()}”: ..."


@app.message(background=True)
async def agent(ctx: AsyncContext[MessageWebhookPayload]) -> None:
    if not ctx.event.content.strip():
        return
    await ctx.react(WORKING)
    try:
        await ctx.reply_in_thread(await think(ctx.event.content))
    finally:
        await ctx.unreact(WORKING)


if __name__ == "__main__":
    app.poll()
