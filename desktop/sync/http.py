"""The one place that builds httpx clients: TLS verified, CA bundle, proxy, timeouts."""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from desktop.config import Settings
from desktop.domain import protocol as proto

USER_AGENT = "AgentDesk/0.1"


def ssl_context(settings: Settings) -> ssl.SSLContext | bool:
    """Verification is always on; a CA bundle or the system store may be added."""
    if settings["use_system_certificates"]:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    bundle = settings["ca_bundle"]
    if bundle:
        ctx = ssl.create_default_context(cafile=bundle)
        return ctx
    return True


def make_http_client(settings: Settings, **overrides: Any) -> httpx.Client:
    timeout = float(settings["request_timeout"])
    kwargs: dict[str, Any] = {
        "base_url": settings["server_url"].rstrip("/"),
        "timeout": httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        "verify": ssl_context(settings),
        "headers": {"User-Agent": USER_AGENT, proto.PROTOCOL_HEADER: str(proto.PROTOCOL_VERSION)},
        "follow_redirects": False,
    }
    if settings["proxy"]:
        kwargs["proxy"] = settings["proxy"]
    kwargs.update(overrides)
    return httpx.Client(**kwargs)
