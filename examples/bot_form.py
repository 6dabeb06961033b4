"""A form bot: `/feedback` posts a button, the button opens a form, the form is checked, the user thanked.

Serve: `uvicorn --factory examples.bot_form:app.asgi`; try it on a fake: `python -m pachca_client.bot
form`, then type `/feedback`, `!click feedback` and `!submit name=Vera email=vera@example.com`.
"""

from typing import Any

from pachca_client.bot import App, Context
from pachca_client.models import ButtonWebhookPayload, MessageWebhookPayload, ViewSubmitWebhookPayload

app = App()

FORM: dict[str, Any] = {
    "title": "Feedback",
    "submit_text": "Send",
    "blocks": [
        {"type": "input", "name": "name", "label": "Your name", "required": True},
        {"type": "input", "name": "email", "label": "Email", "required": True},
        {"type": "input", "name": "text", "label": "What should we improve?", "multiline": True},
    ],
}


@app.command("/feedback")
def offer(ctx: Context[MessageWebhookPayload]) -> None:
    ctx.reply("Tell us what you think", buttons=[[{"text": "Leave feedback", "data": "feedback"}]])


@app.button("feedback")
def open_form(ctx: Context[ButtonWebhookPayload]) -> None:
    ctx.open_form(FORM, callback_id="feedback")  # within 3 s of the click


@app.form("feedback")
def check(ctx: Context[ViewSubmitWebhookPayload]) -> dict[str, str] | None:
    email = str(ctx.values.get("email") or "")
    if "@" not in email:
        return {"email": "This does not look like an email address"}  # the form stays open, this under the field
    ctx.ack()  # closes the form; the thank-you may take its time
    ctx.reply(f"Thank you, {ctx.values['name']}! We will write to {email}.")
    return None


if __name__ == "__main__":
    app.poll()
