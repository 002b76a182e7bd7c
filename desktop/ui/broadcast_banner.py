"""Supervisor broadcasts on the agents' desktops.

A broadcast is a ``broadcasts`` row (``team_id``, ``body``, ``expires_at``) that reaches
every desktop through the normal sync. After each sync, :class:`BroadcastBanner` looks
for the newest broadcast for the agent's team (or for everyone) that has not expired and
that the agent has not dismissed, and shows it in a banner across the top of the main
window; a new one is also announced through the tray (``desktop.ui.notifications``) when
the window is not in front. Dismissed ids are remembered in the window state file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import and_, or_, select

from desktop.models import Broadcast, User
from desktop.models.types import utcnow
from desktop.sync.localdb import LocalDatabase
from desktop.ui import labels

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("agentdesk.ui.broadcasts")

RECENT = timedelta(hours=12)  # broadcasts without an expiry are shown this long
DISMISSED_KEY = "broadcasts/dismissed"
DISMISSED_KEEP = 200

BANNER_STYLE = """
QFrame#broadcastBanner { background: #fff4d6; border-bottom: 1px solid #e8cf8a; }
QLabel#broadcastTitle { color: #6b4d00; font-weight: 600; }
QLabel#broadcastBody { color: #2b2100; }
QLabel#broadcastMore { color: #6b4d00; }
"""


@dataclass(frozen=True)
class BroadcastRow:
    id: str
    body: str
    author: str
    author_id: str | None
    created_at: datetime
    expires_at: datetime | None


def current_broadcasts(db: LocalDatabase, team_id: str | None, now: datetime
                       ) -> list[BroadcastRow]:
    """Unexpired broadcasts for ``team_id`` (or for everyone), newest first."""
    engine = db.engine
    if engine is None:
        return []
    b, u = Broadcast.__table__, User.__table__
    team = b.c.team_id.is_(None) if team_id is None else or_(
        b.c.team_id.is_(None), b.c.team_id == team_id)
    live = or_(b.c.expires_at > now,
               and_(b.c.expires_at.is_(None), b.c.created_at > now - RECENT))
    query = (select(b.c.id, b.c.body, u.c.display_name, b.c.author_id, b.c.created_at,
                    b.c.expires_at)
             .select_from(b.outerjoin(u, u.c.id == b.c.author_id))
             .where(team, live).order_by(b.c.created_at.desc()).limit(50))
    with engine.connect() as conn:
        return [BroadcastRow(str(i), str(body or ""), str(name or ""), author,
                             created, expires)
                for i, body, name, author, created, expires in conn.execute(query)]


class BroadcastBanner(QFrame):
    """The newest broadcast across the top of the main window, until dismissed or
    expired.

    Signals:
        broadcast_arrived(object): a :class:`BroadcastRow` shown for the first time.
    """

    broadcast_arrived = Signal(object)

    def __init__(self, db: LocalDatabase, user: dict[str, Any], state_file: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user_id = str(user.get("id") or "")
        self.team_id = user.get("team_id")
        self.state_file = state_file
        self.rows: list[BroadcastRow] = []
        self.current: BroadcastRow | None = None
        self._announced: set[str] = set()
        self.dismissed: list[str] = self._load_dismissed()
        self.setObjectName("broadcastBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(BANNER_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(12)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("broadcastTitle")
        self.body_label = QLabel(self)
        self.body_label.setObjectName("broadcastBody")
        self.body_label.setWordWrap(True)
        self.body_label.setTextFormat(Qt.TextFormat.PlainText)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.title_label)
        text.addWidget(self.body_label)
        layout.addLayout(text, 1)
        self.more_label = QLabel(self)
        self.more_label.setObjectName("broadcastMore")
        layout.addWidget(self.more_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss_button.setObjectName("broadcastDismiss")
        # the button's own mnemonic: Alt+D in English, Alt+B in German ("Aus&blenden")
        keys = QKeySequence.mnemonic(self.dismiss_button.text()).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.dismiss_button.setToolTip(labels.fill(
            self.tr("Hide this message; the next one shows, if any (%1)"), keys))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.expiry = QTimer(self)
        self.expiry.setObjectName("broadcastExpiry")
        self.expiry.setSingleShot(True)
        self.expiry.timeout.connect(self.refresh)
        self.setAccessibleName(self.tr("Message from the supervisor"))
        self.hide()

    # -- dismissed ids ---------------------------------------------------------------------
    def _store(self) -> QSettings | None:
        if self.state_file is None:
            return None
        return QSettings(str(self.state_file), QSettings.Format.IniFormat)

    def _load_dismissed(self) -> list[str]:
        store = self._store()
        value = store.value(DISMISSED_KEY) if store is not None else None
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list):
            return [str(v) for v in value]
        return []

    def _save_dismissed(self) -> None:
        store = self._store()
        if store is not None:
            store.setValue(DISMISSED_KEY, self.dismissed[-DISMISSED_KEEP:])
            store.sync()

    # -- showing ---------------------------------------------------------------------------
    def refresh_after_sync(self, _result: object) -> None:
        """``sync_finished`` slot: a bound method, so Qt drops the connection with the
        banner (a lambda would outlive it and touch a deleted widget)."""
        self.refresh()

    def refresh(self) -> None:
        """Read the broadcasts again (after a sync, or when one expires)."""
        now = utcnow()
        try:
            rows = current_broadcasts(self.db, self.team_id, now)
        except Exception as exc:  # the window must not break over a banner
            log.error("cannot read the broadcasts: %s", exc)
            return
        self.rows = [r for r in rows if r.id not in self.dismissed]
        for row in reversed(self.rows):
            if row.id not in self._announced:
                self._announced.add(row.id)
                self.broadcast_arrived.emit(row)
        self._show_first()
        expiries = [r.expires_at if r.expires_at is not None else r.created_at + RECENT
                    for r in self.rows]
        if expiries:
            wait_ms = int((min(expiries) - now).total_seconds() * 1000) + 500
            self.expiry.start(max(1000, min(wait_ms, 3_600_000)))
        else:
            self.expiry.stop()

    def _show_first(self) -> None:
        if not self.rows:
            self.current = None
            self.hide()
            return
        row = self.current = self.rows[0]
        author = row.author or self.tr("Supervisor")
        self.title_label.setText(labels.fill(self.tr("Message from %1 at %2"), author,
                                             labels.format_time(row.created_at)))
        self.body_label.setText(row.body)
        more = len(self.rows) - 1
        self.more_label.setText(self.tr("%n more", "", more) if more else "")
        self.more_label.setVisible(more > 0)
        self.setAccessibleDescription(row.body)
        self.show()

    def dismiss(self) -> None:
        if self.current is None:
            return
        self.dismissed.append(self.current.id)
        self._save_dismissed()
        self.rows = [r for r in self.rows if r.id != self.current.id]
        self._show_first()


class BroadcastWatcher:
    """Puts the banner into one main window and feeds it after every sync."""

    def __init__(self, window: MainWindow) -> None:
        from desktop.ui.main_window import state_path

        self.window = window
        user = {"id": window.view_context.user_id, "team_id": window.view_context.team_id}
        self.banner = BroadcastBanner(window.db, user, state_path(window.settings), window)
        central = window.takeCentralWidget()
        container = QWidget(window)
        container.setObjectName("centralWithBanner")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        if central is not None:
            layout.addWidget(central, 1)
        window.setCentralWidget(container)
        self.banner.broadcast_arrived.connect(self._announce)
        window.sync.sync_finished.connect(self.banner.refresh_after_sync)
        self.banner.refresh()

    def _announce(self, row: BroadcastRow) -> None:
        if row.author_id and row.author_id == self.banner.user_id:
            return  # the supervisor's own message: the banner is enough
        from desktop.ui.notifications import TrayNotifier

        notifier = self.window.findChild(TrayNotifier)
        title = labels.fill(
            QCoreApplication.translate("BroadcastBanner", "Message from %1"),
            row.author or QCoreApplication.translate("BroadcastBanner", "Supervisor"))
        if notifier is not None:
            notifier.notify("broadcast", title, row.body, "")
        else:
            self.window.statusBar().showMessage(f"{title}: {row.body}", 15_000)


def install(window: MainWindow) -> BroadcastWatcher:
    watcher = BroadcastWatcher(window)
    window.broadcasts = watcher  # type: ignore[attr-defined]
    return watcher
