"""The labour-law checker (core/shifts_rules.py): each rule with a clear violation and a near miss."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from core.shifts_rules import DEFAULT_RULES, RuleSet, Shift, Signal, Terms, check_roster

MON = date(2026, 11, 2)  # a Monday with no compulsory holiday that week


def at(day: date, hour: float) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)


def shift(day: date, start: float, end: float, sid: str = "", staff: str = "ana", **kw) -> Shift:
    return Shift(sid or f"{day}-{start}", staff, "MO-SEN", at(day, start), at(day, end), **kw)


def week(days: int = 6, start: float = 10, end: float = 18, first: date = MON) -> list[Shift]:
    return [shift(first + timedelta(days=i), start, end) for i in range(days)]


def rules_broken(shifts, **kw) -> list[str]:
    return [v.rule for v in check_roster(shifts, **kw)]


def test_a_normal_week_breaks_no_rule() -> None:
    assert rules_broken(week(), period=(MON, MON + timedelta(days=6))) == []


def test_more_than_eight_normal_hours_a_day_is_refused_with_its_article() -> None:
    [v] = check_roster([shift(MON, 9, 18)])
    assert (v.rule, v.article, v.value, v.limit) == ("shifts.day_hours", "Art 33(1)", 9, 8)
    assert rules_broken([shift(MON, 10, 18)]) == []  # exactly 8 h: allowed


def test_a_long_day_needs_an_agreement_and_at_most_twelve_hours() -> None:
    long = [shift(MON, 9, 19)]
    assert rules_broken(long) == ["shifts.day_hours"]
    assert rules_broken(long, terms={"ana": Terms(long_day=True)}) == []  # 10 h, agreed
    assert rules_broken([shift(MON, 8, 20.5)], terms={"ana": Terms(long_day=True)}) == ["shifts.long_day"]


def test_more_than_48_normal_hours_a_week() -> None:
    # six days of 8 h = 48 h: allowed; one half hour more (a long day, agreed) is not.
    assert rules_broken(week(6, 10, 18)) == []
    longer = [*week(5, 10, 18), shift(MON + timedelta(days=5), 10, 18.5)]
    broken = check_roster(longer, terms={"ana": Terms(long_day=True)})
    assert [(v.rule, v.value) for v in broken] == [("shifts.week_hours", 48.5)]


def test_ten_consecutive_hours_of_rest_between_two_days() -> None:
    close_then_open = [shift(MON, 14, 23), shift(MON + timedelta(days=1), 8.5, 16)]
    broken = check_roster(close_then_open, terms={"ana": Terms(long_day=True)})
    assert [(v.rule, v.value, v.article) for v in broken] == [("shifts.daily_rest", 9.5, "Art 33(2), 40(3)")]
    just_enough = [shift(MON, 14, 22), shift(MON + timedelta(days=1), 8, 16)]  # exactly 10 h
    assert rules_broken(just_enough) == []


def test_a_rest_day_in_every_seven() -> None:
    seven = week(7, 10, 16)  # 42 h, but no rest day
    broken = check_roster(seven)
    assert [(v.rule, v.day) for v in broken] == [("shifts.weekly_rest", MON + timedelta(days=6))]
    assert broken[0].article == "Art 42(1)"
    # Six days, a day off, six days: every window of seven days holds a rest day.
    fortnight = week(6, 10, 16) + week(6, 10, 16, first=MON + timedelta(days=7))
    assert rules_broken(fortnight, period=(MON, MON + timedelta(days=13))) == []


def test_a_night_shift_into_the_rest_day_takes_the_rest_day() -> None:
    shifts = [*week(5, 10, 16), shift(MON + timedelta(days=5), 18, 26)]  # Saturday 18:00 to Sunday 02:00
    shifts.append(shift(MON + timedelta(days=7), 10, 16))  # and back on Monday
    assert "shifts.weekly_rest" in rules_broken(shifts)


def test_flexible_rest_four_days_in_four_weeks_by_agreement() -> None:
    period = (MON, MON + timedelta(days=27))
    # 10 days on, 1 off, 10 on, 1 off, 6 on: 2 rest days in 28.
    days = [MON + timedelta(days=i) for i in range(28) if i not in (10, 21)]
    shifts = [shift(d, 10, 16) for d in days]
    flexible = {"ana": Terms(flexible_rest=True)}
    assert rules_broken(shifts, terms=flexible, period=period) == ["shifts.flexible_rest"]
    # 4 rest days bunched, 13 days on in a row: fine under the agreement, not without it.
    days = [MON + timedelta(days=i) for i in range(28) if i not in (12, 13, 14, 15)]
    shifts = [shift(d, 10, 16) for d in days]
    assert "shifts.flexible_rest" not in rules_broken(shifts, terms=flexible, period=period)
    assert "shifts.weekly_rest" in rules_broken(shifts, period=period)


def test_overtime_caps_sixteen_agreed_twelve_unforeseen() -> None:
    agreed = [shift(MON, 8, 16), shift(MON, 16, 24, "ot", overtime="agreed")]  # 16 h
    assert rules_broken(agreed) == []
    agreed_17 = [shift(MON, 7, 15), shift(MON, 15, 24, "ot", overtime="agreed")]
    assert rules_broken(agreed_17) == ["shifts.overtime_cap"]
    unforeseen = [shift(MON, 10, 18), shift(MON, 18, 22, "ot", overtime="unforeseen")]  # 12 h
    assert rules_broken(unforeseen) == []
    unforeseen_13 = [shift(MON, 9, 17), shift(MON, 17, 22, "ot", overtime="unforeseen")]
    [v] = check_roster(unforeseen_13)
    assert (v.rule, v.value, v.limit, v.article) == ("shifts.overtime_cap", 13, 12, "Art 36, 37")


def test_overtime_hours_do_not_count_as_normal_hours() -> None:
    assert rules_broken([shift(MON, 10, 18), shift(MON, 18, 20, "ot", overtime="agreed")]) == []
    assert rules_broken([shift(MON, 10, 18), shift(MON, 18, 20, "x")]) == ["shifts.day_hours"]


def test_work_on_a_compulsory_holiday_needs_a_replacement_rest_day_within_three_months() -> None:
    may_day = date(2026, 5, 1)
    [v] = check_roster([shift(may_day, 10, 18)])
    assert (v.rule, v.article) == ("shifts.holiday", "Art 44, 45")
    assert rules_broken([shift(may_day, 10, 18, replacement_rest=date(2026, 8, 1))]) == []  # 3 months
    assert rules_broken([shift(may_day, 10, 18, replacement_rest=date(2026, 8, 2))]) == ["shifts.holiday"]
    worked_rest = [shift(may_day, 10, 18, replacement_rest=date(2026, 5, 4)), shift(date(2026, 5, 4), 10, 18)]
    assert rules_broken(worked_rest) == ["shifts.holiday"]  # the replacement day is not a rest day
    assert rules_broken([shift(date(2026, 4, 30), 10, 18)]) == []  # the day before: an ordinary day


def test_holidays_are_data_per_year() -> None:
    assert DEFAULT_RULES.is_holiday(date(2026, 2, 17))  # Lunar New Year 2026
    assert not DEFAULT_RULES.is_holiday(date(2027, 2, 17))
    assert all(len(days) == 10 for days in DEFAULT_RULES.holidays.values())
    custom = RuleSet(holidays={2026: (date(2026, 11, 3),)})
    assert [v.rule for v in check_roster([shift(MON + timedelta(days=1), 10, 18)], rules=custom)] == [
        "shifts.holiday"
    ]


def test_double_booking_across_stores() -> None:
    a = Shift("a", "ana", "MO-SEN", at(MON, 10), at(MON, 14))
    b = Shift("b", "ana", "MO-TAI", at(MON, 13), at(MON, 17))
    [v] = check_roster([a, b])
    assert (v.rule, v.shift_ids) == ("shifts.overlap", ("a", "b"))
    c = Shift("c", "ana", "MO-TAI", at(MON, 14), at(MON, 18))  # starts when the other ends
    assert rules_broken([a, c]) == []


def test_work_under_typhoon_signal_8_must_be_recorded() -> None:
    storm = Signal(8, at(MON, 15), at(MON, 30))
    [v] = check_roster([shift(MON, 10, 18)], signals=[storm])
    assert (v.rule, v.value) == ("shifts.typhoon", 8)
    assert rules_broken([shift(MON, 10, 18, typhoon_record="volunteered")], signals=[storm]) == []
    assert rules_broken([shift(MON, 10, 15)], signals=[storm]) == []  # ends as the signal goes up
    assert rules_broken([shift(MON, 10, 18)], signals=[Signal(3, at(MON, 15), at(MON, 30))]) == []
