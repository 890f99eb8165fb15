"""``/healthz`` and ``/metrics``: what a load balancer, Docker or Prometheus asks.

``/healthz`` answers 200 while the database answers and the scheduler's heartbeat is
fresh, 503 otherwise; the JSON body says which check failed and lists warnings (late
polls, mail waiting) that need a person but not a restart. Neither page shows comment text
or personal data; put them behind the same reverse proxy rules as the rest (see
docs/operations.md).
"""

from __future__ import annotations

from flask import Blueprint, Response, jsonify
from prometheus_client import CONTENT_TYPE_LATEST

from monitor import health, metrics
from monitor.clock import utcnow
from monitor.web.site import context

ops = Blueprint("ops", __name__)


@ops.get("/healthz")
def healthz() -> tuple[Response, int]:
    factory, settings = context()
    result = health.check(factory, settings, utcnow())
    return jsonify(result.as_json()), 200 if result.healthy else 503


@ops.get("/metrics")
def prometheus() -> Response:
    factory, settings = context()
    return Response(metrics.exposition(factory, settings, utcnow()), mimetype=CONTENT_TYPE_LATEST)
