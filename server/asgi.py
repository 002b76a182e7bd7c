"""The ASGI application for several uvicorn worker processes.

``agentdesk-server run --workers N`` cannot hand a built app to N processes; uvicorn
imports this factory in each worker instead, with the configuration the command put
into ``AGENTDESK_SERVER_CONFIG`` (JSON). The workers share nothing but the database;
live events reach every worker's streams through PostgreSQL LISTEN/NOTIFY.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from typing import Any

from fastapi import FastAPI

from server import auth
from server.api import ServerConfig, create_app

CONFIG_ENV = "AGENTDESK_SERVER_CONFIG"


def config_to_env(config: ServerConfig) -> str:
    return json.dumps({
        "database_url": config.database_url,
        "access_ttl": config.token_policy.access_ttl.total_seconds(),
        "refresh_ttl": config.token_policy.refresh_ttl.total_seconds(),
        "max_page_size": config.max_page_size,
        "telephony_secret": config.telephony_secret,
    })


def config_from_env(raw: str) -> ServerConfig:
    data: dict[str, Any] = json.loads(raw)
    policy = auth.TokenPolicy(access_ttl=timedelta(seconds=data["access_ttl"]),
                              refresh_ttl=timedelta(seconds=data["refresh_ttl"]))
    return ServerConfig(database_url=data["database_url"], token_policy=policy,
                        max_page_size=int(data["max_page_size"]),
                        telephony_secret=str(data.get("telephony_secret", "")))


def app_from_env() -> FastAPI:
    raw = os.environ.get(CONFIG_ENV)
    if not raw:
        raise RuntimeError(f"{CONFIG_ENV} is not set; start the server with agentdesk-server")
    return create_app(config_from_env(raw))
