"""The OpenAPI document shows what #15 added: webhook events, live events, versions, webhookUrl,
plan sources and faithfulness, and Idempotency-Key on POSTs."""

from __future__ import annotations

import httpx


def test_the_additions_are_in_the_document(client: httpx.Client) -> None:
    doc = client.get("/openapi.json").json()
    paths, schemas = doc["paths"], doc["components"]["schemas"]
    assert set(doc["webhooks"]) == {
        "job.completed",
        "job.failed",
        "export.completed",
        "export.failed",
        "plan.generated",
    }
    hook = doc["webhooks"]["export.completed"]["post"]
    assert {p["name"] for p in hook["parameters"]} >= {"webhook-id", "webhook-timestamp", "webhook-signature"}
    assert hook["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/VideoDetail")
    events = paths["/api/v1/videos/{video_id}/events"]["get"]["responses"]["200"]["content"]
    assert "text/event-stream" in events
    for path in (
        "/api/v1/videos/{video_id}/versions",
        "/api/v1/videos/{video_id}/versions/{number}",
        "/api/v1/videos/{video_id}/versions/{number}/diff",
        "/api/v1/videos/{video_id}/versions/{number}/restore",
    ):
        assert path in paths
    restore = paths["/api/v1/videos/{video_id}/versions/{number}/restore"]["post"]
    assert "Idempotency-Key" in {p["name"] for p in restore["parameters"]}
    for model in ("GenerateRequest", "MessageRequest", "ExportRequest", "PlanGenerateRequest"):
        assert "webhookUrl" in schemas[model]["properties"], model
    assert "sources" in schemas["PlanSceneView"]["properties"]
    assert "faithfulness" in schemas["PlanView"]["properties"]
    assert "exportVersion" in schemas["VideoDetail"]["properties"]
