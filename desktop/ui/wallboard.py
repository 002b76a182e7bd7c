"""The wallboard: the team's figures full screen, large enough to read across the room.

F11 or Esc leaves it. The service level and the longest wait turn amber or red at
thresholds the supervisor sets (``Team → Wallboard thresholds…``), kept in the window
state file beside the user settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app import supervisor as sv
from desktop.ui import labels
from desktop.ui.widgets import repolish

GOOD, WARN, BAD, NEUTRAL = "good", "warn", "bad", "neutral"
GROUP = "wallboard"


@dataclass(frozen=True)
class Thresholds:
    """Service level: good from ``service_level_target``, amber from
    ``service_level_warn``, red below. Longest wait: amber from ``wait_warn_seconds``,
    red from ``wait_alarm_seconds``."""

    service_level_target: float = 0.80
    service_level_warn: float = 0.70
    wait_warn_seconds: int = 60
    wait_alarm_seconds: int = 180

    def service_level(self, value: float | None) -> str:
        if value is None:
            return NEUTRAL
        if value >= self.service_level_target:
            return GOOD
        return WARN if value >= self.service_level_warn else BAD

    def wait(self, seconds: float | None) -> str:
        if seconds is None:
            return GOOD
        if seconds >= self.wait_alarm_seconds:
            return BAD
        return WARN if seconds >= self.wait_warn_seconds else GOOD


def load_thresholds(state_file: Path | None) -> Thresholds:
    default = Thresholds()
    if state_file is None:
        return default
    store = QSettings(str(state_file), QSettings.Format.IniFormat)

    def number(key: str, fallback: float) -> float:
        try:
            return float(store.value(f"{GROUP}/{key}", fallback))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return fallback

    target = min(1.0, max(0.0, number("sl_target", default.service_level_target)))
    warn = min(target, max(0.0, number("sl_warn", default.service_level_warn)))
    wait_warn = int(max(0, number("wait_warn", default.wait_warn_seconds)))
    wait_alarm = int(max(wait_warn, number("wait_alarm", default.wait_alarm_seconds)))
    return Thresholds(target, warn, wait_warn, wait_alarm)


def save_thresholds(state_file: Path | None, thresholds: Thresholds) -> None:
    if state_file is None:
        return
    store = QSettings(str(state_file), QSettings.Format.IniFormat)
    store.setValue(f"{GROUP}/sl_target", thresholds.service_level_target)
    store.setValue(f"{GROUP}/sl_warn", thresholds.service_level_warn)
    store.setValue(f"{GROUP}/wait_warn", thresholds.wait_warn_seconds)
    store.setValue(f"{GROUP}/wait_alarm", thresholds.wait_alarm_seconds)
    store.sync()


WALLBOARD_STYLE = """
QWidget#wallboard { background: #161b21; }
QFrame#wallTile { background: #222a33; border-radius: 14px; }
QFrame#wallTile[level="good"] { background: #1f5e3a; }
QFrame#wallTile[level="warn"] { background: #8a5a00; }
QFrame#wallTile[level="bad"] { background: #8e1f19; }
QLabel#wallCaption { color: #c9d3dd; }
QLabel#wallValue { color: #ffffff; }
QLabel#wallDetail { color: #c9d3dd; }
QLabel#wallTitle { color: #ffffff; }
QLabel#wallHint { color: #7d8a97; }
"""


class WallTile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallTile")
        self.setProperty("level", NEUTRAL)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(4)
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("wallCaption")
        self.value = QLabel("\u2013", self)
        self.value.setObjectName("wallValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.detail = QLabel(" ", self)
        self.detail.setObjectName("wallDetail")
        # the level in words and a shape as well: never by the colour alone
        self.level_label = QLabel("", self)
        self.level_label.setObjectName("wallDetail")
        layout.addWidget(self.caption)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.level_label)
        self.setAccessibleName(caption)

    def level_text(self, level: str) -> str:
        texts = {GOOD: "\u2713 " + self.tr("On target"),
                 WARN: "\u25b2 " + self.tr("Warning"),
                 BAD: "\u25a0 " + self.tr("Alert")}
        return texts.get(level, "")

    def set_value(self, value: str, level: str = NEUTRAL, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail or " ")
        state = self.level_text(level)
        self.level_label.setText(state)
        self.level_label.setVisible(bool(state))
        self.setAccessibleDescription(" ".join(p for p in (value, detail, state[2:]) if p))
        if self.property("level") != level:
            self.setProperty("level", level)
            repolish(self)

    def scale(self, height: int) -> None:
        """Fonts from the screen height: the value about a tenth of it."""
        value_font = QFont(self.value.font())
        value_font.setPixelSize(max(28, height // 11))
        value_font.setBold(True)
        self.value.setFont(value_font)
        small = QFont(self.caption.font())
        small.setPixelSize(max(16, height // 32))
        small.setBold(True)
        self.caption.setFont(small)
        detail = QFont(self.detail.font())
        detail.setPixelSize(max(13, height // 40))
        self.detail.setFont(detail)
        self.level_label.setFont(detail)


class Wallboard(QWidget):
    """Full-screen figures of the team view; fed by its ``overview_changed`` and
    ``kpis_changed`` signals and its clock.

    Signals:
        left(): the wallboard was closed (F11 or Esc).
    """

    left = Signal()

    def __init__(self, state_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.state_file = state_file
        self.thresholds = load_thresholds(state_file)
        self.overview: sv.Overview | None = None
        self.kpis: sv.Kpis | None = None
        self.now: datetime | None = None
        self.setObjectName("wallboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(WALLBOARD_STYLE)
        self.setWindowTitle(self.tr("Wallboard"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        self.title = QLabel(self.tr("Team today"), self)
        self.title.setObjectName("wallTitle")
        layout.addWidget(self.title)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.tiles = {
            "service_level": WallTile(self.tr("Service level"), self),
            "waiting_calls": WallTile(self.tr("Calls waiting"), self),
            "longest_wait": WallTile(self.tr("Longest wait"), self),
            "available": WallTile(self.tr("Available"), self),
            "on_call": WallTile(self.tr("On a call"), self),
            "not_ready": WallTile(self.tr("After-call work / break"), self),
            "at_risk": WallTile(self.tr("Tickets at risk"), self),
            "breached": WallTile(self.tr("SLA breached"), self),
            "abandonment": WallTile(self.tr("Abandoned"), self),
        }
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // 3, n % 3)
        layout.addLayout(grid, 1)
        self.hint = QLabel(self.tr("F11 or Esc: leave the wallboard"), self)
        self.hint.setObjectName("wallHint")
        layout.addWidget(self.hint)
        for key in ("F11", "Esc"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(self.close)

    def show_full(self) -> None:
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self._scale()

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._scale()

    def _scale(self) -> None:
        height = max(480, self.height())
        for tile in self.tiles.values():
            tile.scale(height)
        font = QFont(self.title.font())
        font.setPixelSize(max(20, height // 24))
        font.setBold(True)
        self.title.setFont(font)
        hint = QFont(self.hint.font())
        hint.setPixelSize(max(12, height // 60))
        self.hint.setFont(hint)

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self.thresholds = thresholds
        self._update()

    def show_overview(self, overview: sv.Overview) -> None:
        self.overview = overview
        self._update()

    def show_kpis(self, kpis: sv.Kpis) -> None:
        self.kpis = kpis
        self._update()

    def tick(self, now: datetime) -> None:
        self.now = now
        self._update_wait()

    def longest_wait(self) -> float | None:
        overview = self.overview
        if overview is None:
            return None
        waits = [q.longest_wait_seconds for q in overview.queues
                 if q.longest_wait_seconds is not None and q.waiting_calls]
        if not waits:
            return None
        elapsed = 0.0
        if self.now is not None:
            elapsed = max(0.0, (self.now - overview.generated_at).total_seconds())
        return max(waits) + elapsed

    def _update_wait(self) -> None:
        from desktop.ui.team_view import format_duration

        wait = self.longest_wait()
        self.tiles["longest_wait"].set_value(format_duration(wait) if wait is not None
                                             else "0:00", self.thresholds.wait(wait))

    def _update(self) -> None:
        from desktop.ui.team_view import format_share

        number = labels.format_number
        overview, kpis, t = self.overview, self.kpis, self.thresholds
        if overview is not None:
            states = [a.state for a in overview.agents]
            waiting = sum(q.waiting_calls for q in overview.queues)
            self.tiles["waiting_calls"].set_value(
                number(waiting), BAD if waiting and self.longest_wait() is not None
                and t.wait(self.longest_wait()) == BAD else NEUTRAL)
            self.tiles["available"].set_value(number(states.count("available")))
            self.tiles["on_call"].set_value(number(states.count("on_call")))
            self.tiles["not_ready"].set_value(
                f"{number(states.count('after_call_work'))} / "
                f"{number(states.count('break'))}")
            at_risk = sum(q.at_risk for q in overview.queues)
            breached = sum(q.breached for q in overview.queues)
            self.tiles["at_risk"].set_value(number(at_risk), WARN if at_risk else GOOD)
            self.tiles["breached"].set_value(number(breached), BAD if breached else GOOD)
            self._update_wait()
        if kpis is not None:
            self.tiles["service_level"].set_value(
                format_share(kpis.service_level, 0), t.service_level(kpis.service_level),
                labels.fill(self.tr("target %1 within %2 s"),
                            format_share(t.service_level_target, 0),
                            number(kpis.service_level_target_seconds)))
            self.tiles["abandonment"].set_value(
                format_share(kpis.abandonment_rate, 1), NEUTRAL,
                labels.fill(self.tr("%1 of %Ln call(s)", "", kpis.counts.calls),
                            number(kpis.counts.abandoned)))

    def level_of(self, key: str) -> str:
        return str(self.tiles[key].property("level"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.left.emit()


class ThresholdsDialog(QDialog):
    """The wallboard's colour thresholds."""

    def __init__(self, parent: QWidget, current: Thresholds, state_file: Path | None) -> None:
        super().__init__(parent)
        self.state_file = state_file
        self.setObjectName("thresholdsDialog")
        self.setWindowTitle(self.tr("Wallboard thresholds"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.target = QDoubleSpinBox(self)
        self.warn = QDoubleSpinBox(self)
        for box, value in ((self.target, current.service_level_target),
                           (self.warn, current.service_level_warn)):
            box.setRange(0, 100)
            box.setDecimals(0)
            box.setSuffix("\u00a0%")
            box.setValue(value * 100)
        self.wait_warn = QSpinBox(self)
        self.wait_alarm = QSpinBox(self)
        for spin, seconds in ((self.wait_warn, current.wait_warn_seconds),
                              (self.wait_alarm, current.wait_alarm_seconds)):
            spin.setRange(0, 3600)
            spin.setSuffix(self.tr(" s"))
            spin.setValue(seconds)
        form.addRow(self.tr("Service level &target (green from):"), self.target)
        form.addRow(self.tr("Service level &warning (amber from):"), self.warn)
        form.addRow(self.tr("Longest wait a&mber from:"), self.wait_warn)
        form.addRow(self.tr("Longest wait &red from:"), self.wait_alarm)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def thresholds(self) -> Thresholds:
        target = self.target.value() / 100
        warn = min(target, self.warn.value() / 100)
        wait_warn = self.wait_warn.value()
        return Thresholds(target, warn, wait_warn, max(wait_warn, self.wait_alarm.value()))

    def _save(self) -> None:
        save_thresholds(self.state_file, self.thresholds())
        self.accept()
