"""TLS against a real local HTTPS server with a CA generated in the test (trustme).

Verification is always on: the company CA is trusted through ``ca_bundle`` or the system
store (truststore); a refused certificate names the host and the reason, is never
retried and never falls back to an unverified connection.

truststore on Linux verifies with OpenSSL's default paths, which honour
``SSL_CERT_FILE``: that is how the tests put the generated CA into "the system store".
Windows' and macOS's own verifiers (CryptoAPI, Security.framework) cannot run here;
their errors are classified from their messages (see ``test_reason_from_platform_text``).
"""

from __future__ import annotations

import datetime as dt
import logging
import ssl
from pathlib import Path

import pytest
import trustme

from desktop.app.messages import describe_error
from desktop.config import Settings
from desktop.sync import api
from desktop.sync.api import ServerClient, ServerUnreachable
from desktop.sync.http import make_http_client, ssl_context
from tests.support.tls_server import TlsServer, write_ca


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA(organization_name="Example Corp IT")


def client_for(url: str, **settings: object) -> ServerClient:
    client = ServerClient(make_http_client(Settings(cli={"server_url": url, **settings})))
    client.sleep = lambda _seconds: None
    return client


def refused(url: str, **settings: object) -> ServerUnreachable:
    client = client_for(url, **settings)
    try:
        with pytest.raises(ServerUnreachable) as info:
            client.health()
    finally:
        client.close()
    assert info.value.tls, info.value.message
    return info.value


def test_company_ca_through_the_bundle_is_trusted(ca: trustme.CA, tmp_path: Path) -> None:
    bundle = write_ca(ca, tmp_path / "company-ca.pem")
    with TlsServer(ca.issue_cert("localhost")) as server:
        client = client_for(server.url, ca_bundle=str(bundle))
        try:
            assert client.health()["version"] == "tls-test"
        finally:
            client.close()
        assert server.paths == ["/health"]


def test_unknown_issuer_is_refused_with_host_and_reason(ca: trustme.CA) -> None:
    with TlsServer(ca.issue_cert("localhost")) as server:
        exc = refused(server.url)
        assert server.paths == []  # no request went out over an unverified connection
    assert exc.reason == api.TLS_UNKNOWN_ISSUER
    assert exc.host == "localhost"
    text = describe_error(exc, server.url)
    assert "localhost" in text
    assert "certificate authority this computer does not trust" in text


def test_wrong_host_name_is_refused(ca: trustme.CA, tmp_path: Path) -> None:
    bundle = write_ca(ca, tmp_path / "company-ca.pem")
    with TlsServer(ca.issue_cert("agentdesk.example.com")) as server:
        exc = refused(server.url, ca_bundle=str(bundle))
        assert server.paths == []
    assert exc.reason == api.TLS_WRONG_HOST
    text = describe_error(exc, server.url)
    assert "localhost" in text and "issued for another server name" in text


def test_expired_certificate_is_refused(ca: trustme.CA, tmp_path: Path) -> None:
    bundle = write_ca(ca, tmp_path / "company-ca.pem")
    now = dt.datetime.now(dt.UTC)
    leaf = ca.issue_cert("localhost", not_before=now - dt.timedelta(days=60),
                         not_after=now - dt.timedelta(days=1))
    with TlsServer(leaf) as server:
        exc = refused(server.url, ca_bundle=str(bundle))
    assert exc.reason == api.TLS_EXPIRED
    assert "has expired" in describe_error(exc, server.url)


def test_a_refused_certificate_is_not_retried(ca: trustme.CA) -> None:
    calls: list[float] = []
    with TlsServer(ca.issue_cert("localhost")) as server:
        client = client_for(server.url)
        client.sleep = calls.append
        try:
            with pytest.raises(ServerUnreachable):
                client.health()
        finally:
            client.close()
    assert calls == []  # a retry would have slept first


def test_system_store_trusts_the_ca_openssl_reads(ca: trustme.CA, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    store = write_ca(ca, tmp_path / "system-store.pem")
    with TlsServer(ca.issue_cert("localhost")) as server:
        # Without the CA in the store: refused, even with the system store on.
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "empty.pem"))
        (tmp_path / "empty.pem").write_text("")
        monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "no-such-dir"))
        exc = refused(server.url, use_system_certificates=True)
        assert exc.reason == api.TLS_UNKNOWN_ISSUER
        # The CA in the store (SSL_CERT_FILE, which truststore honours on Linux): trusted.
        monkeypatch.setenv("SSL_CERT_FILE", str(store))
        client = client_for(server.url, use_system_certificates=True)
        try:
            assert client.health()["status"] == "ok"
        finally:
            client.close()


def test_system_store_plus_bundle(ca: trustme.CA, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = write_ca(ca, tmp_path / "company-ca.pem")
    (tmp_path / "empty.pem").write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "empty.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "no-such-dir"))
    with TlsServer(ca.issue_cert("localhost")) as server:
        client = client_for(server.url, use_system_certificates=True, ca_bundle=str(bundle))
        try:
            assert client.health()["status"] == "ok"
        finally:
            client.close()


def test_unreadable_bundle_is_logged_and_trusts_nothing_extra(
        ca: trustme.CA, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    missing = tmp_path / "not-there.pem"
    with caplog.at_level(logging.ERROR, logger="agentdesk.sync.http"), \
            TlsServer(ca.issue_cert("localhost")) as server:
        exc = refused(server.url, ca_bundle=str(missing))
    assert exc.reason == api.TLS_UNKNOWN_ISSUER
    assert any(str(missing) in r.getMessage() for r in caplog.records)


def test_verification_is_never_off() -> None:
    for system in (False, True):
        ctx = ssl_context(Settings(cli={"use_system_certificates": system}))
        assert ctx.verify_mode == ssl.CERT_REQUIRED
        assert ctx.check_hostname


@pytest.mark.parametrize(("text", "reason"), [
    ("certificate verify failed: certificate has expired", api.TLS_EXPIRED),
    ("The certificate chain was issued by an authority that is not trusted.",
     api.TLS_UNKNOWN_ISSUER),  # Windows SChannel/CryptoAPI wording
    ("“localhost” certificate is not trusted", api.TLS_UNKNOWN_ISSUER),  # macOS
    ("Hostname mismatch, certificate is not valid for 'x'.", api.TLS_WRONG_HOST),
    ("handshake failure", api.TLS_OTHER),
])
def test_reason_from_platform_text(text: str, reason: str) -> None:
    error = ssl.SSLCertVerificationError(1, text)
    assert api.tls_failure(error) == (reason, text)


def test_plain_connection_errors_are_not_tls() -> None:
    assert api.tls_failure(ConnectionRefusedError("[Errno 111] Connection refused")) is None


def test_self_test_checks_the_trust_settings(ca: trustme.CA, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.application import _check_trust

    bundle = write_ca(ca, tmp_path / "company-ca.pem")
    ok, text = _check_trust(Settings(cli={"ca_bundle": str(bundle)}))
    assert ok and text.startswith("ok (certifi, ") and str(bundle) in text
    ok, text = _check_trust(Settings(cli={"ca_bundle": str(tmp_path / "gone.pem")}))
    assert not ok and text.startswith("FAILED")
    ok, text = _check_trust(Settings(cli={"use_system_certificates": True}))
    assert ok and "truststore" in text
