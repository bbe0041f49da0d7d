"""UN Office at Geneva holidays: which days of a year have no Council meeting.

Three sources, in order of trust: the dates a user gives in the session file (the year's
information circular), the per-year lists shipped in data/hrc_calendar.yaml, and dates
computed by rule (Easter from dateutil for Easter-based days, Jeune genevois, fixed
days). Eid al-Fitr and Eid al-Adha are lunar and set by the circular; the tabular Islamic
calendar only tells whether one might fall inside a session, so a missing date is warned
about rather than guessed.
"""

from __future__ import annotations

import datetime as dt

import dateutil.easter

from planner.core.session import Holiday

EID_NAMES = ("Eid al-Fitr", "Eid al-Adha")


def jeune_genevois(year: int) -> dt.date:
    """Thursday after the first Sunday of September."""
    first = dt.date(year, 9, 1)
    first_sunday = first + dt.timedelta(days=(6 - first.weekday()) % 7)
    return first_sunday + dt.timedelta(days=4)


def computed_holidays(year: int) -> list[Holiday]:
    """The usual Geneva list by rule, for years the shipped data does not cover.

    Whit Monday and Jeune genevois are kept: they were UNOG holidays before the
    2024/2025 change and the reference data cannot say whether they came back.
    """
    easter = dateutil.easter.easter(year)  # Western (Gregorian) Easter
    days = [
        (dt.date(year, 1, 1), "New Year's Day"),
        (easter - dt.timedelta(days=2), "Good Friday"),
        (easter + dt.timedelta(days=1), "Easter Monday"),
        (easter + dt.timedelta(days=39), "Ascension Day"),
        (easter + dt.timedelta(days=50), "Whit Monday"),
        (jeune_genevois(year), "Jeune genevois"),
        (dt.date(year, 12, 25), "Christmas Day"),
    ]
    return [Holiday(date=day, name=name, source="computed") for day, name in days]


def _islamic_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Tabular (arithmetical) Islamic calendar; within about two days of the real date."""
    jdn = day + -(-(295 * (month - 1)) // 10) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return dt.date.fromordinal(jdn - 1721425)


def approximate_eids(year: int) -> list[tuple[str, dt.date]]:
    """Tabular dates of Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijja) in a year."""
    found = []
    hijri_year = (year - 622) * 33 // 32
    for hijri in range(hijri_year - 1, hijri_year + 3):
        for name, month, day in ((EID_NAMES[0], 10, 1), (EID_NAMES[1], 12, 10)):
            date = _islamic_to_gregorian(hijri, month, day)
            if date.year == year:
                found.append((name, date))
    return sorted(found, key=lambda pair: pair[1])


def builtin_holidays(year: int, by_year: dict[int, list[dict]]) -> list[Holiday]:
    """The shipped list for `year` (dates only where known), else the computed one."""
    days = by_year.get(year)
    if days is None:
        return computed_holidays(year)
    source = f"built-in {year} list"
    return [Holiday(date=dt.date.fromisoformat(str(d["date"])), name=d["name"], source=source) for d in days]


def eid_warnings(first: dt.date, last: dt.date, holidays: list[Holiday], margin_days: int = 3) -> list[str]:
    """Warn when an Eid may fall inside the session and no date for it is given."""
    warnings = []
    known = {(h.name, h.date.year) for h in holidays if h.name in EID_NAMES}
    for year in range(first.year, last.year + 1):
        for name, approx in approximate_eids(year):
            near = first - dt.timedelta(days=margin_days) <= approx <= last + dt.timedelta(days=margin_days)
            if near and (name, year) not in known:
                key = "eid_al_fitr" if name == EID_NAMES[0] else "eid_al_adha"
                warnings.append(
                    f"{name} {year} may fall in the session (about {approx.isoformat()} by the tabular "
                    f"calendar) and its date is not given: add holidays.{key} = {year}-MM-DD to the session "
                    "file from the UN Office at Geneva circular"
                )
    return warnings
