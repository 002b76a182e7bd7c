"""The HTTP API (FastAPI). Every endpoint checks the caller's permission itself."""

# No "from __future__ import annotations" here: FastAPI resolves the dependency
# aliases (DB, Me) defined inside create_app from real annotation objects.


import logging
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated, Any

import orjson
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop.domain import protocol as proto
from desktop.domain.roles import Role
from desktop.models import User
from server import auth, customers, events, feed, push, supervisor, telephony, visibility
from server.store import check_database, make_engine, session_factory

log = logging.getLogger("agentdesk.server.api")

VERSION = "0.1.0"


@dataclass
class ServerConfig:
    database_url: str
    token_policy: auth.TokenPolicy = field(default_factory=auth.TokenPolicy)
    max_page_size: int = proto.MAX_PAGE_SIZE
    telephony_secret: str = ""  # empty: the telephony webhook answers 503


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def _error(status: int, code: str, message: str,
           headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status,
                        headers=headers)


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1024)
    client_name: str = Field(default="", max_length=120)


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=10, max_length=200)


class UserOut(BaseModel):
    id: str
    username: str
    display_name: str
    role: str
    level: int | None
    team_id: str | None
    language: str


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int
    refresh_expires_in: int
    user: UserOut


class NewUser(BaseModel):
    username: str = Field(min_length=2, max_length=80, pattern=r"^[A-Za-z0-9._@-]+$")
    password: str = Field(min_length=8, max_length=1024)
    display_name: str = Field(min_length=1, max_length=160)
    role: Role
    level: int | None = Field(default=None, ge=1, le=3)
    team_id: str | None = None
    language: str = Field(default="de", pattern=r"^(de|en)$")


def _user_out(user: User) -> UserOut:
    return UserOut(id=user.id, username=user.username, display_name=user.display_name,
                   role=user.role, level=user.level, team_id=user.team_id,
                   language=user.language)


def create_app(config: ServerConfig) -> FastAPI:
    engine = make_engine(config.database_url)
    sessions: sessionmaker[Session] = session_factory(engine)

    hub = events.EventHub(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        await hub.start()
        yield
        await hub.stop()
        engine.dispose()

    app = FastAPI(title="AgentDesk server", version=VERSION, lifespan=lifespan,
                  description="Central server of AgentDesk: authentication and sync.")
    app.state.engine = engine
    app.state.hub = hub
    app.state.sessions = sessions
    app.state.config = config

    @app.exception_handler(ApiError)
    async def _api_error(_r: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_r: Request, exc: RequestValidationError) -> JSONResponse:
        details = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'body'}: {e.get('msg')}"
            for e in exc.errors()
        )
        return _error(422, proto.ERR_BAD_REQUEST, details or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_r: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, "http_error", str(exc.detail))

    def _refusal(method: str, path: str, headers: Headers) -> JSONResponse | None:
        wanted = headers.get(proto.PROTOCOL_HEADER)
        if wanted is not None and path.startswith(proto.API_PREFIX):
            try:
                ok = int(wanted) == proto.PROTOCOL_VERSION
            except ValueError:
                ok = False
            if not ok:
                return _error(426, proto.ERR_PROTOCOL,
                              f"This server speaks sync protocol {proto.PROTOCOL_VERSION}, "
                              f"the client asked for {wanted}. Please update AgentDesk.")
        if method in {"POST", "PUT", "PATCH"}:
            length = headers.get("content-length")
            if length is None and headers.get("transfer-encoding"):
                return _error(411, proto.ERR_BAD_REQUEST, "A Content-Length is required.")
            if length is not None and (not length.isdigit() or int(length) > push.MAX_BODY_BYTES):
                return _error(413, "too_large",
                              f"The request is larger than {push.MAX_BODY_BYTES} bytes.")
        return None

    class Guards:
        """Protocol version and body size, as plain ASGI middleware. Starlette's
        ``@app.middleware("http")`` (BaseHTTPMiddleware) passes every chunk of a
        streaming response through a memory stream and a task switch, per layer:
        with hundreds of event streams open that was most of the server's CPU."""

        def __init__(self, inner: ASGIApp) -> None:
            self.inner = inner

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await self.inner(scope, receive, send)
                return

            async def send_with_version(message: Message) -> None:
                if message["type"] == "http.response.start":
                    MutableHeaders(scope=message)[proto.PROTOCOL_HEADER] = str(
                        proto.PROTOCOL_VERSION)
                await send(message)

            refusal = _refusal(scope["method"], scope["path"], Headers(scope=scope))
            if refusal is not None:
                await refusal(scope, receive, send_with_version)
                return
            await self.inner(scope, receive, send_with_version)

    app.add_middleware(Guards)

    def db() -> Iterator[Session]:
        with sessions() as session:
            yield session

    DB = Annotated[Session, Depends(db)]  # noqa: N806 - a type alias

    def principal(authorization: Annotated[str | None, Header()] = None) -> auth.Principal:
        if not authorization or not authorization.lower().startswith("bearer "):
            raise ApiError(401, proto.ERR_TOKEN_INVALID, "Sign-in required.",
                           {"WWW-Authenticate": "Bearer"})
        try:
            # A short session of its own: on SQLite every transaction holds the write
            # lock, so it must be over before the endpoint opens its own.
            with sessions() as session:
                return auth.principal_for_access_token(session, authorization[7:].strip())
        except auth.AuthError as exc:
            raise ApiError(401, exc.code, exc.message,
                           {"WWW-Authenticate": f'Bearer error="{exc.code}"'}) from exc

    Me = Annotated[auth.Principal, Depends(principal)]  # noqa: N806 - a type alias

    def require(role: Role) -> Callable[[auth.Principal], auth.Principal]:
        def check(p: Me) -> auth.Principal:
            if not p.has(role):
                raise ApiError(403, proto.ERR_FORBIDDEN,
                               f"This needs the {role.value} role.")
            return p
        return check

    @app.get("/health", tags=["ops"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": VERSION}

    @app.get("/ready", tags=["ops"])
    def ready() -> JSONResponse:
        try:
            check_database(engine)
        except Exception as exc:  # any driver error means "not ready"
            log.warning("database not ready: %s", exc)
            return _error(503, "database_unavailable", "The database does not answer.")
        return JSONResponse({"status": "ready"})

    @app.post(f"{proto.API_PREFIX}/auth/login", response_model=TokenResponse, tags=["auth"])
    def login(body: LoginRequest, session: DB) -> TokenResponse:
        try:
            user = auth.authenticate(session, body.username, body.password)
        except auth.AuthError as exc:  # a revoked user
            raise ApiError(401, exc.code, exc.message) from exc
        if user is None:
            raise ApiError(401, proto.ERR_BAD_CREDENTIALS, "Wrong user name or password.")
        tokens = auth.issue_tokens(session, user, config.token_policy, body.client_name)
        session.commit()
        return TokenResponse(access_token=tokens.access_token,
                             refresh_token=tokens.refresh_token,
                             expires_in=tokens.access_expires_in,
                             refresh_expires_in=tokens.refresh_expires_in,
                             user=_user_out(user))

    @app.post(f"{proto.API_PREFIX}/auth/refresh", response_model=TokenResponse, tags=["auth"])
    def refresh(body: RefreshRequest, session: DB) -> TokenResponse:
        try:
            tokens = auth.refresh_session(session, body.refresh_token, config.token_policy)
        except auth.AuthError as exc:
            raise ApiError(401, exc.code, exc.message) from exc
        user = session.execute(
            select(User).join(auth.AuthSession, auth.AuthSession.user_id == User.id)
            .where(auth.AuthSession.id == tokens.session_id)
        ).scalar_one()
        session.commit()
        return TokenResponse(access_token=tokens.access_token,
                             refresh_token=tokens.refresh_token,
                             expires_in=tokens.access_expires_in,
                             refresh_expires_in=tokens.refresh_expires_in,
                             user=_user_out(user))

    @app.post(f"{proto.API_PREFIX}/auth/logout", status_code=204, tags=["auth"])
    def logout(me: Me, session: DB) -> Response:
        auth.revoke_session(session, me.session_id)
        session.commit()
        return Response(status_code=204)

    @app.get(f"{proto.API_PREFIX}/me", response_model=UserOut, tags=["auth"])
    def whoami(me: Me, session: DB) -> UserOut:
        return _user_out(session.get_one(User, me.user_id))

    @app.get(f"{proto.API_PREFIX}/admin/users", response_model=list[UserOut], tags=["admin"])
    def list_users(_p: Annotated[auth.Principal, Depends(require(Role.ADMIN))],
                   session: DB) -> list[UserOut]:
        users = session.execute(select(User).order_by(User.username)).scalars()
        return [_user_out(u) for u in users]

    @app.post(f"{proto.API_PREFIX}/admin/users", response_model=UserOut, status_code=201,
              tags=["admin"])
    def add_user(body: NewUser, _p: Annotated[auth.Principal, Depends(require(Role.ADMIN))],
                 session: DB) -> UserOut:
        try:
            uid = auth.create_user(session, username=body.username, password=body.password,
                                   display_name=body.display_name, role=body.role.value,
                                   level=body.level, team_id=body.team_id,
                                   language=body.language)
            session.commit()
        except ValueError as exc:
            raise ApiError(422, proto.ERR_BAD_REQUEST, str(exc)) from exc
        except IntegrityError as exc:
            raise ApiError(409, "conflict", "That user name is taken.") from exc
        return _user_out(session.get_one(User, uid))

    Admin = Annotated[auth.Principal, Depends(require(Role.ADMIN))]  # noqa: N806

    class DeviceOut(BaseModel):
        id: str
        username: str
        client_name: str
        created_at: str
        refresh_expires_at: str
        state: str

    @app.get(f"{proto.API_PREFIX}/admin/devices", response_model=list[DeviceOut],
             tags=["admin"])
    def list_devices(_p: Admin, session: DB,
                     username: Annotated[str | None, Query(max_length=80)] = None
                     ) -> list[DeviceOut]:
        return [DeviceOut(**vars(d)) for d in auth.list_devices(session, username)]

    @app.post(f"{proto.API_PREFIX}/admin/devices/{{device_id}}/revoke", status_code=204,
              tags=["admin"], responses={404: {"description": "No such device"}})
    def revoke_device(device_id: str, _p: Admin, session: DB) -> Response:
        try:
            auth.revoke_device(session, device_id)
        except auth.UnknownTarget as exc:
            raise ApiError(404, "not_found", str(exc)) from exc
        session.commit()
        return Response(status_code=204)

    @app.post(f"{proto.API_PREFIX}/admin/users/{{username}}/revoke", status_code=204,
              tags=["admin"], responses={404: {"description": "No such user"}})
    def revoke_user(username: str, _p: Admin, session: DB) -> Response:
        try:
            auth.revoke_user(session, username)
        except auth.UnknownTarget as exc:
            raise ApiError(404, "not_found", str(exc)) from exc
        session.commit()
        return Response(status_code=204)

    @app.post(f"{proto.API_PREFIX}/admin/users/{{username}}/restore", status_code=204,
              tags=["admin"], responses={404: {"description": "No such user"}})
    def restore_user(username: str, _p: Admin, session: DB) -> Response:
        try:
            auth.restore_user(session, username)
        except auth.UnknownTarget as exc:
            raise ApiError(404, "not_found", str(exc)) from exc
        session.commit()
        return Response(status_code=204)

    @app.post(f"{proto.API_PREFIX}/sync/push", tags=["sync"],
              responses={409: {"description": "Sequence gap or reuse"},
                         413: {"description": "Body or batch too large"}})
    def push_changes(body: push.PushRequest, me: Me) -> dict[str, Any]:
        try:
            return push.push(sessions, me, body)
        except push.PushRefused as exc:
            raise ApiError(exc.status, exc.code, exc.message) from exc

    class FetchRequest(BaseModel):
        records: list[tuple[str, str]] = Field(max_length=feed.MAX_FETCH)

    @app.post(f"{proto.API_PREFIX}/sync/fetch", tags=["sync"])
    def fetch(body: FetchRequest, me: Me, session: DB) -> Response:
        try:
            data = feed.fetch_records(session, body.records,
                                      visibility.visibility_for(session, me))
        except feed.BadPosition as exc:
            raise ApiError(400, proto.ERR_BAD_REQUEST, str(exc)) from exc
        return Response(orjson.dumps(data), media_type="application/json")

    @app.get(f"{proto.API_PREFIX}/events", tags=["sync"],
             response_class=StreamingResponse,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "Server-sent events: changes, calls"}})
    def event_stream(me: Me) -> StreamingResponse:
        return StreamingResponse(hub.stream(me.user_id), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache",
                                          "X-Accel-Buffering": "no"})

    @app.get(f"{proto.API_PREFIX}/sync/pull", tags=["sync"],
             responses={200: {"description": "One page of the change feed"},
                        410: {"description": "Cursor too old: resync required"}})
    def pull(me: Me, session: DB,
             since: Annotated[int, Query(ge=0)] = 0,
             hw: Annotated[int | None, Query(ge=0)] = None,
             position: Annotated[str | None, Query(max_length=200)] = None,
             limit: Annotated[int, Query(ge=1)] = proto.DEFAULT_PAGE_SIZE) -> Response:
        limit = min(limit, config.max_page_size)
        try:
            page = feed.pull_page(session, since, hw, position, limit,
                                  visibility.visibility_for(session, me))
        except feed.ResyncRequired as exc:
            raise ApiError(410, proto.ERR_RESYNC_REQUIRED, str(exc)) from exc
        except feed.BadPosition as exc:
            raise ApiError(400, proto.ERR_BAD_REQUEST, str(exc)) from exc
        return Response(orjson.dumps(page), media_type="application/json")

    telephony.install(app)
    customers.install(app)
    supervisor.install(app)
    return app
