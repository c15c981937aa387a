"""Settings: language, this device, the store's rules (a manager changes those), and (tabs) its
hardware and the store's staff (a manager's page)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.handover import HandoverRule
from core.projection import Changes
from core.registry import Area
from core.sales import RefundRule
from core.staff import Permission
from core.stocktake import AdjustmentThreshold
from core.transfers import auto_approve_limit, set_transfer_rule
from desktop.context import AppContext
from desktop.i18n import LANGUAGE_NAMES, LANGUAGES, error_text
from desktop.views.base import Screen
from desktop.views.counter_refund import refund_rule_setting, save_refund_rule
from desktop.views.counter_tender import hkd_rate_ppm, save_hkd_rate_ppm
from desktop.views.devices import DevicesPage
from desktop.views.handover import handover_rule, save_handover_rule
from desktop.views.staff import StaffPage
from desktop.views.stocktake import save_threshold, threshold_setting


class SettingsScreen(Screen):
    name = "settings"
    language_chosen = Signal(str)
    rule_posted = Signal(object)  # Changes: a store rule every till shares was recorded here (to sync)

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
        # The shift handover: a counted drawer further than this from the expected needs a manager.
        self.handover_label = QLabel()
        self.handover_max = QSpinBox()
        self.handover_max.setRange(0, 1_000_000)
        self.handover_max.setSingleStep(10)
        self.handover_max.setPrefix("MOP ")
        self.handover_max.setValue(handover_rule().max_variance_avos // 100)
        self.handover_max.valueChanged.connect(self._save_handover_rule)
        form.addRow(self.handover_label, self.handover_max)
        # Transfers: requests to this store worth up to this are approved by the hub at once, on every
        # till (a synced fact, saved with its button; 0: every request waits for a manager).
        self.transfer_label = QLabel()
        self.transfer_limit = QSpinBox()
        self.transfer_limit.setRange(0, 10_000_000)
        self.transfer_limit.setSingleStep(100)
        self.transfer_limit.setPrefix("MOP ")
        self.transfer_limit.setValue(0)
        self.transfer_save = QPushButton()
        self.transfer_save.clicked.connect(self._save_transfer_rule)
        self.transfer_note = QLabel()
        self.transfer_note.setObjectName("muted")
        self.transfer_note.setWordWrap(True)
        transfer_row = QHBoxLayout()
        transfer_row.setContentsMargins(0, 0, 0, 0)
        transfer_row.addWidget(self.transfer_limit)
        transfer_row.addWidget(self.transfer_save)
        transfer_row.addStretch(1)
        transfer_box = QWidget()
        transfer_box.setLayout(transfer_row)
        form.addRow(self.transfer_label, transfer_box)
        form.addRow("", self.transfer_note)
        self._transfer_avos: int | None = None  # as this replica has it (None: not read yet)
        self._transfer_message = ""
        self.rule_editors = (
            self.hkd_rate,
            self.max_units,
            self.max_value,
            self.refund_max,
            self.refund_cash,
            self.handover_max,
            self.transfer_limit,
            self.transfer_save,
        )

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

    def _save_handover_rule(self) -> None:
        if self._may_change_rules():
            save_handover_rule(HandoverRule(self.handover_max.value() * 100))

    def activated(self) -> None:
        self.load_transfer_rule()

    def load_transfer_rule(self) -> None:
        """Read the store's transfer rule (another till of the store may have changed it)."""
        self.ctx.usecases.read(
            auto_approve_limit,
            self.ctx.till.store_id,
            then=self._transfer_rule_read,
            failed=self._rule_failed,
        )

    def remote_changes(self, changes: Changes) -> None:
        if Area.TRANSFERS in changes.areas and self.isVisible():
            self.load_transfer_rule()

    def _transfer_rule_read(self, avos: int) -> None:
        self._transfer_avos = avos
        self.transfer_limit.setValue(avos // 100)
        self._show_transfer_note()

    def _save_transfer_rule(self) -> None:
        member = self.ctx.signed_in.member
        if member is None or not self._may_change_rules():
            return
        avos = self.transfer_limit.value() * 100
        self.ctx.usecases.write(
            set_transfer_rule,
            self.ctx.till,
            member,
            avos,
            then=lambda changes: self._transfer_rule_saved(avos, changes),
            failed=self._rule_failed,
        )

    def _transfer_rule_saved(self, avos: int, changes: Changes) -> None:
        self._transfer_avos = avos
        self._transfer_message = self.tr("Saved: every till of the store follows it once the hub has it.")
        self._show_transfer_note()
        self.rule_posted.emit(changes)

    def _rule_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._transfer_message = error_text(exc.code, exc.params)
        else:
            self._transfer_message = error_text("app.unexpected", {"detail": type(exc).__name__})
        self._show_transfer_note()

    def _show_transfer_note(self) -> None:
        if self._transfer_avos is None:
            rule = ""
        elif self._transfer_avos:
            rule = self.tr(
                "Requests to this store worth up to %1 are approved at once; above it a manager approves."
            )
            rule = rule.replace("%1", self.ctx.money(self._transfer_avos))
        else:
            rule = self.tr("Off: every request to this store waits for a manager.")
        self.transfer_note.setText(" ".join(t for t in (rule, self._transfer_message) if t))

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
        self.handover_label.setText(self.tr("Shift handover: a manager's PIN for a difference above"))
        self.transfer_label.setText(self.tr("Transfers: approve requests automatically up to (0: off)"))
        self.transfer_save.setText(self.tr("Save"))
        self._show_transfer_note()
        self.lock_rules()
        index = LANGUAGES.index(self.ctx.lang)
        if self.language.currentIndex() != index:
            self.language.setCurrentIndex(index)
