"""client.documents: voices, document → plan → narrated video (/api/v1/documents)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from ozor_client import errors
from ozor_client._core import D, EventStream, Op, Request, Resource, operation, stream
from ozor_client._files import DocumentInput, document
from ozor_client._models import Model
from ozor_client.types import Plan, PlanEvent, PlanScene, VoiceList, VoiceSettings

BASE = "/api/v1/documents"


def _plan_path(plan_id: str, *rest: str) -> str:
    return f"{BASE}/plans/{quote(plan_id, safe='')}" + "".join(f"/{r}" for r in rest)


def _wire(value: Model | dict[str, Any]) -> dict[str, Any]:
    return value.to_dict() if isinstance(value, Model) else dict(value)


def _event(data: dict[str, Any]) -> PlanEvent:
    event = PlanEvent(data)
    if event.step == "error":
        raise errors.GenerationError(event)
    return event


class Documents(Resource[D]):
    @operation
    def voices(self) -> Op[VoiceList]:
        response = yield from self._call(Request("GET", f"{BASE}/voices"))
        return VoiceList(response.json())

    @operation
    def voice_sample(
        self,
        voice_id: str,
        *,
        language: str | None = None,
        rate: float | None = None,
        style: str | None = None,
    ) -> Op[bytes]:
        """A WAV of the voice reading a short sentence, to listen to before choosing one."""
        params = {
            k: v for k, v in {"language": language, "rate": rate, "style": style}.items() if v is not None
        }
        path = f"{BASE}/voices/{quote(voice_id, safe='')}/sample"
        response = yield from self._call(Request("GET", path, params=params))
        return response.content

    @operation
    def analyze(
        self,
        *,
        file: DocumentInput | None = None,
        url: str | None = None,
        file_name: str | None = None,
        target_duration_sec: int | None = None,
        prompt: str | None = None,
        aspect_ratio: str | None = None,
        webhook_url: str | None = None,
        idempotency_key: str | None = None,
    ) -> Op[Plan]:
        """A scene-by-scene plan from a PDF/PPTX/DOCX (path, bytes or open file) or a web URL; 1 credit.

        `webhook_url` is where plan.generated goes once the plan's video is generated."""
        fields = {
            "url": url,
            "target_duration_sec": target_duration_sec,
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "webhook_url": webhook_url,
        }
        # Every field goes as a multipart part (the reference's encoding), text fields without a file name.
        parts: dict[str, Any] = {k: (None, str(v)) for k, v in fields.items() if v is not None}
        if file is not None:
            parts["file"] = document(file, file_name)
        request = Request("POST", f"{BASE}/analyze", files=parts, idempotency_key=idempotency_key)
        response = yield from self._call(request)
        return Plan(response.json()["plan"])

    @operation
    def get_plan(self, plan_id: str) -> Op[Plan]:
        response = yield from self._call(Request("GET", _plan_path(plan_id)))
        return Plan(response.json()["plan"])

    @operation
    def update_plan(
        self,
        plan_id: str,
        *,
        scenes: Iterable[PlanScene | dict[str, Any]] | None = None,
        voice_settings: VoiceSettings | dict[str, Any] | None = None,
    ) -> Op[Plan]:
        """Replace the scenes (all of them) and/or the voice, while the plan is draft or failed."""
        body: dict[str, Any] = {}
        if scenes is not None:
            body["scenes"] = [_wire(s) for s in scenes]
        if voice_settings is not None:
            body["voiceSettings"] = _wire(voice_settings)
        response = yield from self._call(Request("PATCH", _plan_path(plan_id), json=body))
        return Plan(response.json()["plan"])

    @stream
    def generate(
        self, plan_id: str, *, webhook_url: str | None = None, idempotency_key: str | None = None
    ) -> EventStream[PlanEvent]:
        """Progress events of building the narrated video; the last is `done` with `project_id`.

        The request is sent when iteration starts; an `error` event raises GenerationError.
        `webhook_url` (else the one given to analyze) hears plan.generated.
        """
        body = {"webhookUrl": webhook_url} if webhook_url else None
        request = Request("POST", _plan_path(plan_id, "generate"), json=body, idempotency_key=idempotency_key)
        return EventStream(request, _event, lambda e: e.step == "done")
