"""The conversation as stored: user messages, assistant messages and the tool calls each one made."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ozor.agent.director import Step
from ozor.db import ids
from ozor.db.models import Message, ToolCall
from ozor.db.timefmt import iso, utcnow

PREVIEW_CHARS = 120


def add_user_message(session: Session, conversation_id: str, text: str, job_id: str) -> Message:
    message = Message(
        id=ids.new_id("msg"), conversation_id=conversation_id, role="user", text=text, job_id=job_id
    )
    session.add(message)
    return message


def record(session: Session, conversation_id: str, job_id: str, steps: list[Step], reply: str) -> None:
    """The turn's assistant messages, in order, each with its tool calls; the last carries the reply."""
    now = utcnow()
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        message = Message(
            id=ids.new_id("msg"),
            conversation_id=conversation_id,
            role="assistant",
            text=reply if last else step.text,
            job_id=job_id,
            created_at=now + timedelta(microseconds=i),
        )  # distinct, ordered timestamps
        session.add(message)
        for seq, call in enumerate(step.calls):
            session.add(
                ToolCall(
                    message_id=message.id,
                    seq=seq,
                    name=call.name,
                    args=call.args,
                    result={"text": call.result} if call.result is not None else None,
                    error=call.error,
                    created_at=now,
                )
            )


def tool_trace(session: Session, video_id: str, conversation_id: str) -> dict[str, Any]:
    """The spec's tool-trace body: every assistant message, oldest first, with the tools it called."""
    messages = list(
        session.scalars(
            select(Message)
            .where(Message.conversation_id == conversation_id, Message.role == "assistant")
            .order_by(Message.created_at, Message.id)
        )
    )
    calls: dict[str, list[ToolCall]] = {m.id: [] for m in messages}
    if messages:
        for call in session.scalars(
            select(ToolCall)
            .where(ToolCall.message_id.in_(list(calls)))
            .order_by(ToolCall.message_id, ToolCall.seq)
        ):
            calls[call.message_id].append(call)
    total = (
        session.scalar(
            select(func.count(ToolCall.id))
            .join(Message, Message.id == ToolCall.message_id)
            .where(Message.conversation_id == conversation_id)
        )
        or 0
    )
    return {
        "videoId": video_id,
        "conversationId": conversation_id,
        "totalAssistantTurns": len(messages),
        "totalToolCalls": total,
        "messages": [
            {
                "messageId": m.id,
                "createdAt": iso(m.created_at),
                "textPreview": _preview(m.text),
                "toolCalls": [_call(c) for c in calls[m.id]],
            }
            for m in messages
        ],
    }


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1].rstrip() + "…"


def _call(call: ToolCall) -> dict[str, Any]:
    out: dict[str, Any] = {"name": call.name, "args": call.args}
    if call.error is not None:
        out["error"] = call.error
    elif call.result is not None:
        out["result"] = call.result.get("text")
    return out
