"""Upload a file and send it in a message: a port of the upload example of Pachca's official SDK examples.

The upload takes two hosts: `POST /uploads` gives a one-time form, the file goes to its `direct_url`
(the storage host, never with the token), and the message then refers to the stored `key`.
`files.upload` does both steps and works out the file's type (and an image's size).

    PACHCA_TOKEN=... python examples/sdk_upload.py <chat id> <file> ["caption"]

Without PACHCA_TOKEN it runs against a local fake Pachca and downloads the file back to check it.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from pachca_client import Pachca
from pachca_client.models import Message, MessageCreateRequest, MessageCreateRequestMessage


def send_file(
    pachca: Pachca, chat_id: int, source: str | os.PathLike[str] | bytes, *, name: str | None = None, caption: str = ""
) -> Message:
    """Upload `source` (a path or bytes) and post it to `chat_id` with an optional caption."""
    uploaded = pachca.files.upload(source, name=name)
    message = MessageCreateRequestMessage(entity_id=chat_id, content=caption, files=[uploaded.to_message_file()])
    return pachca.messages.create_message(body=MessageCreateRequest(message=message))


def demo(folder: Path | None = None) -> bytes:
    """Upload a report to a fake Pachca, then read it back by file id; returns what came back."""
    from pachca_client.testing import FakePachca

    report = b"date,deploys\n2026-10-01,3\n2026-10-02,5\n"
    with FakePachca() as fake, fake.client() as pachca:
        chat = pachca.chats.create_chat(body={"chat": {"name": "Reports"}}).data
        path = (folder or Path.cwd()) / "deploys.csv"
        path.write_bytes(report)
        try:
            message = send_file(pachca, chat.id, path, caption="Deploys this week")
        finally:
            path.unlink()
        attached = message.files[0]
        print(f"message #{message.id}: {message.content!r} with {attached.name} ({attached.file_type})")
        back = io.BytesIO()
        pachca.files.download_file(attached.id, back)
    print(f"downloaded {len(back.getvalue())} bytes back, same as sent: {back.getvalue() == report}")
    return back.getvalue()


if __name__ == "__main__":
    token = os.environ.get("PACHCA_TOKEN")
    if not token:
        demo()
    elif len(sys.argv) < 3:
        raise SystemExit(__doc__)
    else:
        with Pachca(token) as client:
            sent = send_file(client, int(sys.argv[1]), sys.argv[2], caption=" ".join(sys.argv[3:]))
            print(f"sent message #{sent.id} with {sent.files[0].name}")
