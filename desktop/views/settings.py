"""Settings: language, this device, the store's rules (a manager changes those), and (tabs) its
hardware and the store's staff (a manager's page)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.sales import RefundRule
from core.staff import Permission
from core.stocktake import AdjustmentThreshold
from desktop.context import AppContext
from desktop.i18n import LANGUAGE_NAMES, LANGUAGES
from desktop.views.base import Screen
from desktop.views.counter_refund import refund_rule_setting, save_refund_rule
from desktop.views.counter_tender import hkd_rate_ppm, save_hkd_rate_ppm
from desktop.views.devices import DevicesPage
from desktop.views.staff import StaffPage
from desktop.views.stocktake import save_threshold, threshold_setting


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
        form.setHorizontalSpacing(20)  # a long Chinese label never touches its field
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
        # The store's rules: changed only while a store manager is signed in at this counter.
        self.rules_label = QLabel()
        self.rules_label.setObjectName("sectionTitle")
        self.rules_note = QLabel()
        self.rules_note.setObjectName("muted")
        self.rules_note.setWordWrap(True)
        form.addRow(self.rules_label)
        form.addRow(self.rules_note)
        # The till's Hong Kong dollar rate: MOP paid per HKD handed over (change is always in MOP).
        self.hkd_label = QLabel()
        self.hkd_rate = QDoubleSpinBox()
        self.hkd_rate.setDecimals(4)
        self.hkd_rate.setRange(0.5, 2.0)
        self.hkd_rate.setSingleStep(0.0005)
        self.hkd_rate.setValue(hkd_rate_ppm() / 1_000_000)
        self.hkd_rate.valueChanged.connect(self._save_hkd_rate)
        form.addRow(self.hkd_label, self.hkd_rate)
        # Stocktake differences above either limit wait for a manager's approval.
        threshold = threshold_setting()
        self.units_label, self.value_label = QLabel(), QLabel()
        self.max_units = QSpinBox()
        self.max_units.setRange(0, 10_000)
        self.max_units.setValue(threshold.max_units)
        self.max_value = QSpinBox()
        self.max_value.setRange(0, 10_000_000)
        self.max_value.setSingleStep(100)
        self.max_value.setPrefix("MOP ")
        self.max_value.setValue(threshold.max_value_avos // 100)
        for box in (self.max_units, self.max_value):
            box.valueChanged.connect(self._save_threshold)
        form.addRow(self.units_label, self.max_units)
        form.addRow(self.value_label, self.max_value)
        # Refunds above this amount, and cash refunds unless unticked, need a manager's PIN.
        rule = refund_rule_setting()
        self.refund_label = QLabel()
        self.refund_max = QSpinBox()
        self.refund_max.setRange(0, 10_000_000)
        self.refund_max.setSingleStep(50)
        self.refund_max.setPrefix("MOP ")
        self.refund_max.setValue(rule.max_avos // 100)
        self.refund_cash = QCheckBox()
        self.refund_cash.setChecked(rule.cash_needs_approval)
        self.refund_max.valueChanged.connect(self._save_refund_rule)
        self.refund_cash.toggled.connect(self._save_refund_rule)
        form.addRow(self.refund_label, self.refund_max)
        form.addRow("", self.refund_cash)
        self.rule_editors = (self.hkd_rate, self.max_units, self.max_value, self.refund_max, self.refund_cash)

        # Settings → Devices (desktop/views/devices.py); an app without hardware gets an empty tab.
        self.devices: DevicesPage | None = (
            DevicesPage(ctx, ctx.hardware) if ctx.hardware is not None else None
        )
        devices = self.devices if self.devices is not None else QWidget()

        # Settings → Staff (desktop/views/staff.py): managed while a manager is signed in at the Counter.
        self.staff = StaffPage(ctx)

        self.tabs.addTab(general, "")
        self.tabs.addTab(devices, "")
        self.tabs.addTab(self.staff, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def _may_change_rules(self) -> bool:
        member = self.ctx.signed_in.member
        return member is not None and member.can(Permission.APPROVE_ADJUSTMENT)

    def lock_rules(self) -> None:
        """The store's rules may be changed while a store manager is signed in at this counter."""
        allowed = self._may_change_rules()
        for editor in self.rule_editors:
            editor.setEnabled(allowed)
        member = self.ctx.signed_in.member
        self.rules_note.setText(
            self.tr("Signed in: %1, who may change these.").replace("%1", member.shown_name(self.ctx.lang))
            if allowed and member is not None
            else self.tr("Sign in on the Counter as a store manager to change these.")
        )
        self.staff.lock()

    def _save_hkd_rate(self, rate: float) -> None:
        if self._may_change_rules():
            save_hkd_rate_ppm(round(rate * 1_000_000))

    def _save_threshold(self) -> None:
        if self._may_change_rules():
            save_threshold(AdjustmentThreshold(self.max_units.value(), self.max_value.value() * 100))

    def _save_refund_rule(self) -> None:
        if self._may_change_rules():
            save_refund_rule(RefundRule(self.refund_max.value() * 100, self.refund_cash.isChecked()))

    def set_store_name(self, name: str) -> None:
        """The store's name in the current language, with its id for support calls."""
        store_id = self.ctx.till.store_id
        self.store_value.setText(f"{name}  ({store_id})" if store_id and name != store_id else name or "—")

    def show_devices(self) -> None:
        self.tabs.setCurrentIndex(1)

    def show_staff(self) -> None:
        self.tabs.setCurrentWidget(self.staff)

    def is_ready(self) -> bool:
        if self.devices is not None and self.tabs.currentWidget() is self.devices:
            return self.devices.is_ready()
        if self.tabs.currentWidget() is self.staff:
            return self.staff.is_ready()
        return True

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Devices"))
        self.tabs.setTabText(self.tabs.indexOf(self.staff), self.tr("Staff"))
        self.lang_label.setText(self.tr("Language"))
        self.device_label.setText(self.tr("This device"))
        self.store_label.setText(self.tr("Store"))
        self.hub_label.setText(self.tr("Hub"))
        self.data_label.setText(self.tr("Data folder"))
        self.hkd_label.setText(self.tr("HKD rate (MOP per HKD)"))
        self.rules_label.setText(self.tr("Store rules"))
        self.units_label.setText(self.tr("Stocktake: a manager approves differences above (units)"))
        self.value_label.setText(self.tr("Stocktake: … or above (value)"))
        self.refund_label.setText(self.tr("Refunds: a manager's PIN above"))
        self.refund_cash.setText(self.tr("Cash refunds always need a manager's PIN"))
        self.lock_rules()
        index = LANGUAGES.index(self.ctx.lang)
        if self.language.currentIndex() != index:
            self.language.setCurrentIndex(index)
