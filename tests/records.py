"""Building Kazakh-language MARC records in tests. No Kazakh MARC records exist in public
repositories (../shared/data/marc/README.md), so tests make them with real Kazakh titles."""

from __future__ import annotations

import pymarc
from pymarc import Field, Indicators, Subfield


def book(
    title: str,
    author: str = "",
    year: str = "2020",
    isbn: str = "",
    publisher: str = "Жазушы",
    place: str = "Алматы",
    subjects: tuple[str, ...] = (),
    control: str | None = None,
    org: str | None = None,
    lang: str = "kaz",
) -> pymarc.Record:
    record = pymarc.Record(force_utf8=True)
    record.leader = pymarc.Leader("00000nam a2200000 i 4500")
    if control:
        record.add_field(Field(tag="001", data=control))
    if org:
        record.add_field(Field(tag="003", data=org))
    record.add_field(Field(tag="008", data=f"201015s{year}    kz            000 0 {lang} d"))
    if isbn:
        record.add_field(
            Field(tag="020", indicators=Indicators(" ", " "), subfields=[Subfield("a", isbn)])
        )
    if author:
        record.add_field(
            Field(tag="100", indicators=Indicators("1", " "), subfields=[Subfield("a", author)])
        )
    record.add_field(
        Field(
            tag="245",
            indicators=Indicators("1" if author else "0", "0"),
            subfields=[Subfield("a", title)],
        )
    )
    record.add_field(
        Field(
            tag="264",
            indicators=Indicators(" ", "1"),
            subfields=[
                Subfield("a", f"{place} :"),
                Subfield("b", f"{publisher},"),
                Subfield("c", year),
            ],
        )
    )
    record.add_field(
        Field(tag="300", indicators=Indicators(" ", " "), subfields=[Subfield("a", "320 б.")])
    )
    for subject in subjects:
        record.add_field(
            Field(tag="650", indicators=Indicators(" ", "4"), subfields=[Subfield("a", subject)])
        )
    return record


KAZAKH_BOOKS = [
    book(
        "Қазақстан тарихы",
        "Қозыбаев, Манаш",
        "2010",
        "978-601-7000-00-1",
        subjects=("Қазақстан -- тарих",),
    ),
    book("Абай жолы", "Әуезов, Мұхтар", "1997", "5-605-00001-5", subjects=("Роман",)),
    book("Өркен", "Сейфуллин, Сәкен", "1985", "", publisher="Өнер"),
    book("Ұлы дала елі", "Назарбаев, Нұрсұлтан", "2019", ""),
    book("Үркер", "Есенберлин, Ілияс", "1978", ""),
    book("Арман", "Жұмабаев, Мағжан", "2001", ""),
    book("Ғылым және білім", "Ғабдуллин, Малік", "1965", "", subjects=("Ғылым",)),
]
