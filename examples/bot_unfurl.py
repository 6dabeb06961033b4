"""An unfurl bot: previews of links to an issue tracker (the bot's unfurl domain: tracker.example.com).

Serve: `uvicorn --factory examples.bot_unfurl:app.asgi`; try it on a fake: `python -m pachca_client.bot
unfurl`, then type `see https://tracker.example.com/issues/42`.
"""

import re

from pachca_client.bot import App, Context
from pachca_client.models import LinkSharedWebhookPayload

app = App()

ISSUES = {42: ("Login fails on Safari", "Open · assigned to Boris"), 7: ("Dark theme", "Done")}


@app.link_shared("tracker.example.com")
def preview(ctx: Context[LinkSharedWebhookPayload]) -> None:
    previews = {}
    for link in ctx.links:
        found = re.search(r"/issues/(\d+)", link.url)
        if found and int(found[1]) in ISSUES:
            title, status = ISSUES[int(found[1])]
            previews[link.url] = {"title": f"#{found[1]} {title}", "description": status}
    if previews:
        ctx.unfurl(previews)


if __name__ == "__main__":
    app.poll()
