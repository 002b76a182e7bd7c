"""The team view's charts (QtCharts): calls and tickets per hour against staffing,
the service level through the day, and the backlog trend.

Each ``*_chart`` function builds a fresh ``QChart`` from the hourly buckets, so the same
figures can be shown in the window and rendered into the PDF report
(:func:`chart_images`). A click on an hour's bar asks for the calls or tickets behind it
(``TeamCharts.hour_clicked``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from desktop.app.supervisor import SeriesBucket
from desktop.ui import labels

log = logging.getLogger("agentdesk.ui.team_charts")

try:  # part of PySide6-Addons; the window works without charts when it is missing
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QChartView,
        QLineSeries,
        QValueAxis,
    )

    CHARTS_AVAILABLE = True
except ImportError:  # pragma: no cover - depends on the installation
    CHARTS_AVAILABLE = False

CALLS_COLOUR = "#2f6fdf"
TICKETS_COLOUR = "#8fb3ef"
STAFF_COLOUR = "#c05a00"
SL_COLOUR = "#2e9d5b"
TARGET_COLOUR = "#7a8794"
BACKLOG_COLOUR = "#6b4fbb"
IMAGE_SIZE = (900, 360)


DAY_BUCKETS_FROM = 36  # more hourly buckets than this are shown per day
DAY_START, DAY_END = 7, 19  # hours always shown of a single day (local time)


def hour_label(start: datetime) -> str:
    local = labels.to_qdatetime(start)
    return f"{local.time().hour():02d}"


def bucket_label(bucket: SeriesBucket, daily: bool) -> str:
    if not daily:
        return hour_label(bucket.start)
    local = labels.to_qdatetime(bucket.start).date()
    return QLocale().toString(local, "ddd d.")


def for_display(buckets: Sequence[SeriesBucket]) -> tuple[list[SeriesBucket], bool]:
    """What the charts show, and whether per day: a day's hours from the first to the
    last with activity (at least the working day), a longer range summed per day (the
    service level averaged over the hours that had calls, the backlog at the day's end)."""
    items = sorted(buckets, key=lambda b: b.start)
    if len(items) > DAY_BUCKETS_FROM:
        days: dict[object, list[SeriesBucket]] = {}
        for bucket in items:
            days.setdefault(labels.to_qdatetime(bucket.start).date().toJulianDay(),
                            []).append(bucket)
        merged = []
        for hours in days.values():
            levels = [h.service_level for h in hours if h.service_level is not None]
            merged.append(SeriesBucket(
                start=hours[0].start, calls=sum(h.calls for h in hours),
                tickets=sum(h.tickets for h in hours),
                staffed_agents=max(h.staffed_agents for h in hours),
                service_level=sum(levels) / len(levels) if levels else None,
                backlog=hours[-1].backlog))
        return merged, True
    active = [n for n, b in enumerate(items)
              if b.calls or b.tickets or b.staffed_agents or b.service_level is not None]
    working = [n for n, b in enumerate(items)
               if DAY_START <= labels.to_qdatetime(b.start).time().hour() <= DAY_END]
    keep = active + working
    if not keep:
        return items, False
    return items[min(keep):max(keep) + 1], False


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(9.0, font.pointSizeF()))
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


def _axis_y(chart: QChart, series: Sequence[object], top: float, fmt: str,
            title: str = "", align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
            ) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setLabelFormat(fmt)
    axis.setTickCount(5)
    if title:
        axis.setTitleText(title)
    chart.addAxis(axis, align)
    for s in series:
        s.attachAxis(axis)  # type: ignore[attr-defined]
    return axis


def _nice_top(value: float) -> float:
    if value <= 4:
        return 4.0
    step = 4 if value <= 20 else 10 if value <= 100 else 50
    return float(((int(value) // step) + 1) * step)


def volume_chart(all_buckets: Sequence[SeriesBucket]) -> QChart:
    """Calls and tickets per hour (bars) against the staffed agents (line)."""
    buckets, daily = for_display(all_buckets)
    chart = _base_chart(
        QCoreApplication.translate("TeamCharts", "Calls and tickets per hour"))
    calls = QBarSet(QCoreApplication.translate("TeamCharts", "Calls"))
    calls.setColor(QColor(CALLS_COLOUR))
    tickets = QBarSet(QCoreApplication.translate("TeamCharts", "Tickets"))
    tickets.setColor(QColor(TICKETS_COLOUR))
    staffing = QLineSeries()
    staffing.setName(QCoreApplication.translate("TeamCharts", "Staffed agents"))
    staffing.setPen(QPen(QColor(STAFF_COLOUR), 2.5))
    categories = []
    for n, bucket in enumerate(buckets):
        calls.append(bucket.calls)
        tickets.append(bucket.tickets)
        staffing.append(n, bucket.staffed_agents)
        categories.append(bucket_label(bucket, daily))
    bars = QBarSeries()
    bars.append(calls)
    bars.append(tickets)
    chart.addSeries(bars)
    chart.addSeries(staffing)
    axis_x = QBarCategoryAxis()
    axis_x.append(categories or [""])
    _small_labels(axis_x)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_x)
    staffing.attachAxis(axis_x)
    top = max([b.calls for b in buckets] + [b.tickets for b in buckets] + [0])
    _axis_y(chart, [bars], _nice_top(top), "%d")
    staff_top = max([b.staffed_agents for b in buckets] + [0.0])
    _axis_y(chart, [staffing], _nice_top(staff_top), "%d",
            QCoreApplication.translate("TeamCharts", "Agents"), Qt.AlignmentFlag.AlignRight)
    chart.setProperty("bars", bars)
    return chart


def service_level_chart(all_buckets: Sequence[SeriesBucket], target: float | None
                        ) -> QChart:
    """The service level per hour (percent), with the target as a dashed line."""
    buckets, daily = for_display(all_buckets)
    chart = _base_chart(
        QCoreApplication.translate("TeamCharts", "Service level through the day"))
    line = QLineSeries()
    line.setName(QCoreApplication.translate("TeamCharts", "Service level"))
    line.setPen(QPen(QColor(SL_COLOUR), 2.5))
    line.setPointsVisible(True)
    for n, bucket in enumerate(buckets):
        if bucket.service_level is not None:
            line.append(n, bucket.service_level * 100)
    chart.addSeries(line)
    series: list[object] = [line]
    if target is not None and buckets:
        goal = QLineSeries()
        goal.setName(QCoreApplication.translate("TeamCharts", "Target"))
        pen = QPen(QColor(TARGET_COLOUR), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        goal.setPen(pen)
        goal.append(0, target * 100)
        goal.append(max(1, len(buckets) - 1), target * 100)
        chart.addSeries(goal)
        series.append(goal)
    _hour_axis(chart, buckets, daily, series)
    _axis_y(chart, series, 100, "%d %%")
    return chart


def backlog_chart(all_buckets: Sequence[SeriesBucket]) -> QChart:
    """Open tickets at the end of each hour."""
    buckets, daily = for_display(all_buckets)
    chart = _base_chart(QCoreApplication.translate("TeamCharts", "Backlog trend"))
    line = QLineSeries()
    line.setName(QCoreApplication.translate("TeamCharts", "Open tickets"))
    line.setPen(QPen(QColor(BACKLOG_COLOUR), 2.5))
    for n, bucket in enumerate(buckets):
        line.append(n, bucket.backlog)
    chart.addSeries(line)
    _hour_axis(chart, buckets, daily, [line])
    _axis_y(chart, [line], _nice_top(max([b.backlog for b in buckets] + [0])), "%d")
    chart.legend().hide()
    return chart


def _small_labels(axis: QBarCategoryAxis) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
    axis.setLabelsFont(font)


def _hour_axis(chart: QChart, buckets: Sequence[SeriesBucket], daily: bool,
               series: Sequence[object]) -> None:
    axis = QBarCategoryAxis()
    axis.append([bucket_label(b, daily) for b in buckets] or [""])
    _small_labels(axis)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    for s in series:
        s.attachAxis(axis)  # type: ignore[attr-defined]


class TeamCharts(QWidget):
    """The three charts side by side (two rows when narrow).

    Signals:
        hour_clicked(str, object, object): ``calls`` or ``tickets_created`` and the
            hour's start and end, after a click on a bar.
    """

    hour_clicked = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamCharts")
        self.buckets: tuple[SeriesBucket, ...] = ()
        self.target: float | None = None
        self.views: list[QWidget] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        if not CHARTS_AVAILABLE:
            note = QLabel(self.tr("Charts need the Qt Charts module, which is not "
                                  "installed."), self)
            note.setObjectName("chartsMissing")
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note, 0, 0)
            return
        for column in range(3):
            view = QChartView(self)
            view.setObjectName(f"chart{column}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            layout.addWidget(view, 0, column)
            self.views.append(view)
        self.views[0].setAccessibleName(self.tr("Calls and tickets per hour"))
        self.views[1].setAccessibleName(self.tr("Service level through the day"))
        self.views[2].setAccessibleName(self.tr("Backlog trend"))
        self.set_series((), None)

    def set_series(self, buckets: Sequence[SeriesBucket], target: float | None) -> None:
        self.buckets = tuple(buckets)
        self.target = target
        if not CHARTS_AVAILABLE:
            return
        charts = [volume_chart(self.buckets), service_level_chart(self.buckets, target),
                  backlog_chart(self.buckets)]
        for view, chart in zip(self.views, charts, strict=True):
            old = view.chart()  # type: ignore[attr-defined]
            view.setChart(chart)  # type: ignore[attr-defined]
            if old is not None and old is not chart:
                old.deleteLater()
        bars = charts[0].property("bars")
        if bars is not None:
            bars.clicked.connect(self._bar_clicked)

    def _bar_clicked(self, index: int, barset: object) -> None:
        shown, daily = for_display(self.buckets)
        if not 0 <= index < len(shown):
            return
        start = shown[index].start
        calls_label = QCoreApplication.translate("TeamCharts", "Calls")
        label = barset.label() if barset is not None else ""  # type: ignore[attr-defined]
        kpi = "calls" if label == calls_label else "tickets_created"
        self.hour_clicked.emit(kpi, start, start + timedelta(days=1 if daily else 0,
                                                              hours=0 if daily else 1))


def chart_images(buckets: Sequence[SeriesBucket], target: float | None) -> list[QImage]:
    """The three charts as pictures for a report (empty when QtCharts is missing)."""
    if not CHARTS_AVAILABLE:
        return []
    images = []
    for chart in (volume_chart(buckets), service_level_chart(buckets, target),
                  backlog_chart(buckets)):
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.resize(*IMAGE_SIZE)
        images.append(view.grab().toImage())
        view.deleteLater()
    return images
