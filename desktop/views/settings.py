"""Settings: language, this device, and (tab) its hardware."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.i18n import LANGUAGE_NAMES, LANGUAGES
from desktop.views.base import Screen
from desktop.views.counter_tender import hkd_rate_ppm, save_hkd_rate_ppm
from desktop.views.devices import DevicesPage


class SettingsScreen(Screen):
    name = "settings"
    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.tabs = QTabWidget()

        general = QWidget()
        form = QFormLayout(general)
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(LANGUAGES.index(ctx.lang))
        self.language.activated.connect(lambda i: self.language_chosen.emit(self.language.itemData(i)))
        self.lang_label, self.device_label, self.store_label = QLabel(), QLabel(), QLabel()
        self.hub_label, self.data_label = QLabel(), QLabel()
        form.addRow(self.lang_label, self.language)
        form.addRow(self.device_label, QLabel(ctx.till.device_id))
        self.store_value = QLabel(ctx.till.store_id or "—")
        form.addRow(self.store_label, self.store_value)
        form.addRow(self.hub_label, QLabel(ctx.hub_url))
        data = QLabel(str(ctx.data_dir))
        data.setWordWrap(True)
        form.addRow(self.data_label, data)
        # The till's Hong Kong dollar rate: MOP paid per HKD handed over (change is always in MOP).
        self.hkd_label = QLabel()
        self.hkd_rate = QDoubleSpinBox()
        self.hkd_rate.setDecimals(4)
        self.hkd_rate.setRange(0.5, 2.0)
        self.hkd_rate.setSingleStep(0.0005)
        self.hkd_rate.setValue(hkd_rate_ppm() / 1_000_000)
        self.hkd_rate.valueChanged.connect(lambda v: save_hkd_rate_ppm(round(v * 1_000_000)))
        form.addRow(self.hkd_label, self.hkd_rate)

        # Settings → Devices (desktop/views/devices.py); an app without hardware gets an empty tab.
        self.devices: DevicesPage | None = (
            DevicesPage(ctx, ctx.hardware) if ctx.hardware is not None else None
        )
        devices = self.devices if self.devices is not None else QWidget()

        self.tabs.addTab(general, "")
        self.tabs.addTab(devices, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def set_store_name(self, name: str) -> None:
        """The store's name in the current language, with its id for support calls."""
        store_id = self.ctx.till.store_id
        self.store_value.setText(f"{name}  ({store_id})" if store_id and name != store_id else name or "—")

    def show_devices(self) -> None:
        self.tabs.setCurrentIndex(1)

    def is_ready(self) -> bool:
        if self.devices is not None and self.tabs.currentWidget() is self.devices:
            return self.devices.is_ready()
        return True

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Devices"))
        self.lang_label.setText(self.tr("Language"))
        self.device_label.setText(self.tr("This device"))
        self.store_label.setText(self.tr("Store"))
        self.hub_label.setText(self.tr("Hub"))
        self.data_label.setText(self.tr("Data folder"))
        self.hkd_label.setText(self.tr("HKD rate (MOP per HKD)"))
        index = LANGUAGES.index(self.ctx.lang)
        if self.language.currentIndex() != index:
            self.language.setCurrentIndex(index)
