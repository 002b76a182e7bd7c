"""The one place that builds httpx clients: TLS verified, CA bundle, proxy, timeouts.

TLS verification is always on. The certificate authorities trusted are, in layers:
the operating system's store when ``use_system_certificates`` is on (``truststore``:
Windows' and macOS's own verifier; on Linux OpenSSL's default paths, which honour
``SSL_CERT_FILE``/``SSL_CERT_DIR``), otherwise the bundled Mozilla list (certifi);
plus the PEM file in ``ca_bundle`` on top of either. An unreadable ``ca_bundle`` is
logged and leaves the client trusting nothing extra — never a silent switch-off.

The proxy is decided once per client (a client talks to one server): the ``proxy``
setting, or else the system's proxy for the server's address (``urllib``'s
``getproxies``: the environment on Linux, the registry on Windows, the system
configuration on macOS; ``no_proxy`` and the bypass list honoured). Every request of
the client — retries and the event stream included — goes through it.
"""

from __future__ import annotations

import logging
import ssl
import urllib.request
from typing import Any

import certifi
import httpx

from desktop.config import Settings
from desktop.domain import protocol as proto

log = logging.getLogger("agentdesk.sync.http")

USER_AGENT = "AgentDesk/0.1"


def ssl_context(settings: Settings) -> ssl.SSLContext:
    """The verifying TLS context for the settings (never one that skips checks)."""
    ctx: ssl.SSLContext
    if settings["use_system_certificates"]:
        import truststore

        ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    else:
        ctx = ssl.create_default_context(cafile=certifi.where())
    bundle = str(settings["ca_bundle"] or "")
    if bundle:
        try:
            ctx.load_verify_locations(cafile=bundle)
        except (OSError, ssl.SSLError) as exc:
            log.error("cannot read the CA bundle %s (setting ca_bundle): %s", bundle, exc)
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def effective_proxy(settings: Settings, url: str | None = None) -> str | None:
    """The proxy URL requests to ``url`` (default: the server) go through, or None."""
    configured = str(settings["proxy"] or "").strip()
    if configured:
        return configured
    target = httpx.URL(url or str(settings["server_url"]))
    host = target.host
    if host and urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(target.scheme) or proxies.get("all")
    return proxy or None


def make_http_client(settings: Settings, **overrides: Any) -> httpx.Client:
    timeout = float(settings["request_timeout"])
    base_url = str(settings["server_url"]).rstrip("/")
    proxy = effective_proxy(settings, base_url)
    kwargs: dict[str, Any] = {
        "base_url": base_url,
        "timeout": httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        "verify": ssl_context(settings),
        "headers": {"User-Agent": USER_AGENT, proto.PROTOCOL_HEADER: str(proto.PROTOCOL_VERSION)},
        "follow_redirects": False,
        "proxy": proxy,
        # The proxy is decided above (configured, else the system's); httpx must not
        # pick another one from the environment.
        "trust_env": False,
    }
    if proxy:
        log.info("requests to %s go through the proxy %s", base_url, redacted_proxy(proxy))
    kwargs.update(overrides)
    return httpx.Client(**kwargs)


def redacted_proxy(url: str) -> str:
    """The proxy address without its password (for logs and the self-test)."""
    try:
        parsed = httpx.URL(url)
    except (TypeError, ValueError, httpx.InvalidURL):
        return "(unreadable proxy address)"
    if parsed.password:
        return str(parsed.copy_with(password="***"))
    return url
