"""The demo chain's repairs: two engineers, each store's equipment, a preventive schedule and tickets
in several states, emitted by the head office's device (store None) like the rest of the demo."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from core.clock import Clock, FakeClock, SystemClock
from core.demo_chain import DEMO_PINS, demo_stores
from core.ids import new_id
from core.repairs import EngineerSet, EquipmentSet, RepairMoved, RepairRaised, ScheduleSet
from core.replica import emit
from core.staff import StaffUpserted, hash_pin

# (staff id, name, zh, pt, base store, skills)
DEMO_ENGINEERS = (
    (
        "ENG-1",
        "Engineer",
        "工程師",
        "Técnico",
        "MO-SEN",
        ["refrigeration", "hvac", "it", "electrical", "general"],
    ),
    (
        "ENG-2",
        "Engineer Taipa",
        "工程師 氹仔",
        "Técnico Taipa",
        "MO-TAI",
        ["refrigeration", "hvac", "security"],
    ),
)

# (kind, name, model, serial prefix, installed, warranty until)
_EQUIPMENT = (
    ("fridge", "Display fridge", "Frigel VC-1200", "FV", "2023-04-12", "2026-04-12"),
    ("aircon", "Air conditioning", "Daikō FTX-50", "DK", "2022-09-01", "2027-09-01"),
    ("pc", "Counter PC", "Lenovo M70q", "LN", "2024-02-20", "2027-02-20"),
    ("printer", "Receipt printer", "Epson TM-T82III", "EP", "2024-02-20", "2026-02-20"),
    ("scanner", "Barcode scanner", "Honeywell 1450g", "HW", "2024-02-20", "2027-02-20"),
)

# (store, equipment kind, priority, description, hours ago, moves as (state, by, note, parts))
_TICKETS: tuple[tuple[str, str, str, str, float, tuple[tuple[str, str, str, str], ...]], ...] = (
    ("MO-SEN", "fridge", "p1", "陳列雪櫃不凍，櫃內 14 °C / Display fridge not cooling", 1.5, ()),
    (
        "MO-SEN",
        "aircon",
        "p2",
        "冷氣滴水到收銀台 / AC drips on the counter",
        3,
        (("accepted", "ENG-1", "", ""),),
    ),
    (
        "MO-SEN",
        "printer",
        "p2",
        "收據打印機切紙只切一半 / Printer cuts slips half-way",
        5,
        (("accepted", "ENG-1", "", ""), ("on_site", "ENG-1", "", "")),
    ),
    (
        "MO-SEN",
        "scanner",
        "p3",
        "掃描器讀錯 EAN-13 條碼 / Scanner misreads EAN-13",
        26,
        (
            ("accepted", "ENG-1", "", ""),
            ("on_site", "ENG-1", "", ""),
            ("resolved", "ENG-1", "清潔鏡頭，更新韌體 / Lens cleaned, firmware updated", ""),
        ),
    ),
    (
        "MO-SEN",
        "pc",
        "p3",
        "收銀電腦開機很慢 / Counter PC slow to start",
        50,
        (
            ("accepted", "ENG-1", "", ""),
            ("on_site", "ENG-1", "", ""),
            ("resolved", "ENG-1", "更換硬碟 / Disk replaced", "SSD 256 GB"),
            ("verified", "MO-SEN-M", "", ""),
        ),
    ),
    ("MO-TAI", "fridge", "p1", "雪櫃門膠邊破損 / Fridge door seal torn", 0.5, ()),
)


def demo_facts(session: Session, clock: Clock | None = None) -> int:
    """Emit the demo's repairs in the caller's transaction (a head-office replica). Returns the count."""
    now = (clock or SystemClock()).now()
    count = 0

    def fact(kind: str, payload: object, store_id: str | None = None, at: datetime | None = None) -> None:
        nonlocal count
        emit(session, kind, payload, store_id=store_id, clock=FakeClock(at or now))  # type: ignore[arg-type]
        count += 1

    for staff_id, name, zh, pt, base, skills in DEMO_ENGINEERS:
        if staff_id != "ENG-1":  # ENG-1 is one of the demo chain's staff already
            fact(
                "staff.upserted",
                StaffUpserted(staff_id, name, "engineer", hash_pin(DEMO_PINS["engineer"]), None, zh, pt),
            )
        # Round the clock in the demo, so that dispatch shows whatever the time of day.
        fact(
            "repair.engineer_set",
            EngineerSet(staff_id, skills, base, 4, 0, 24 * 60, "0123456", "+853 6612 0000"),
        )
    equipment: dict[tuple[str, str], str] = {}
    for n, store in enumerate(demo_stores()):
        for kind, name, model, serial, installed, warranty in _EQUIPMENT:
            equipment_id = new_id()
            equipment[(store.store_id, kind)] = equipment_id
            payload = EquipmentSet(
                equipment_id, kind, name, model, f"{serial}-{n:02d}{len(name):03d}", installed, warranty
            )
            fact("repair.equipment_set", payload, store.store_id)
        due = (now.date() + timedelta(days=10 + 7 * n)).isoformat()
        schedule = ScheduleSet(new_id(), equipment[(store.store_id, "aircon")], "Clean AC filters", 90, due)
        fact("repair.schedule_set", schedule, store.store_id)
    for store_id, kind, priority, text, hours_ago, moves in _TICKETS:
        at = now - timedelta(hours=hours_ago)
        ticket_id = new_id()
        skill = {"fridge": "refrigeration", "aircon": "hvac"}.get(kind, "it")
        fact(
            "repair.raised",
            RepairRaised(ticket_id, skill, priority, text, equipment[(store_id, kind)]),
            store_id,
            at,
        )
        for step, (state, by, note, parts) in enumerate(moves, start=1):
            fact(
                "repair.moved",
                RepairMoved(ticket_id, state, note, parts, by),
                store_id,
                at + timedelta(minutes=25 * step),
            )
    return count
