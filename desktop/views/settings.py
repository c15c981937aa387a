"""Settings: language, this device, and (tab) its hardware."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.i18n import LANGUAGE_NAMES, LANGUAGES
from desktop.views.base import Screen


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

        devices = QWidget()
        dev_layout = QVBoxLayout(devices)
        self.devices_badge = QLabel()
        self.devices_badge.setObjectName("badge")
        self.devices_body = QLabel()
        self.devices_body.setWordWrap(True)
        self.devices_body.setObjectName("lead")
        dev_layout.addWidget(self.devices_badge, 0, Qt.AlignmentFlag.AlignLeft)
        dev_layout.addWidget(self.devices_body)
        dev_layout.addStretch(1)

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

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Devices"))
        self.lang_label.setText(self.tr("Language"))
        self.device_label.setText(self.tr("This device"))
        self.store_label.setText(self.tr("Store"))
        self.hub_label.setText(self.tr("Hub"))
        self.data_label.setText(self.tr("Data folder"))
        self.devices_badge.setText(self.tr("Placeholder: not available yet"))
        self.devices_body.setText(
            self.tr(
                "USB barcode scanners and receipt printers will be listed and tested here. "
                "Until then, a scanner that types like a keyboard works in the Counter's scan field."
            )
        )
        index = LANGUAGES.index(self.ctx.lang)
        if self.language.currentIndex() != index:
            self.language.setCurrentIndex(index)
