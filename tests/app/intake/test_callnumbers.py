"""Spine-label lines from call numbers, by each classification's habits."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.intake.callnumbers import detect_scheme, spine_lines


@pytest.mark.parametrize(
    ("call_number", "max_chars", "lines"),
    [
        # UDC: auxiliaries on their own lines, the author sign kept whole.
        ("821.512.122-31 Ә 97", 12, ["821.512.122", "-31", "Ә 97"]),
        # ...and a number longer than the label broken before its points.
        ("821.512.122-31 Ә 97", 8, ["821.512", ".122", "-31", "Ә 97"]),
        ('УДК 94(574)"19" Н 25', 8, ["94", "(574)", '"19"', "Н 25"]),
        ("811.512.122(=512.122)(075.8) Қ 18", 12, ["811.512.122", "(=512.122)", "(075.8)", "Қ 18"]),
        ("37.01 Б 12 т.2", 8, ["37.01", "Б 12", "т.2"]),
        # BBK: the typological subdivision apart, the regional one kept with its class.
        ("84(5Каз)-44 А 93", 8, ["84(5Каз)", "-44", "А 93"]),
        ("ББК 63.3(5Каз)6 Қ 12", 8, ["63.3", "(5Каз)6", "Қ 12"]),
        ("63.3(5Каз)6 Қ 12", 12, ["63.3(5Каз)6", "Қ 12"]),
        # DDC: four digits after the point on the first line, then groups of four.
        ("891.7344 T65", 8, ["891.7344", "T65"]),
        ("891.73442109 T65 2001", 8, ["891.7344", "2109", "T65", "2001"]),
        # LC and anything else: at spaces (LC's class letters, number and Cutters apart).
        ("PG3476.P27 A6 2001", 8, ["PG", "3476", ".P27", "A6", "2001"]),
        ("Ф 12/3 Қ", 8, ["Ф", "12/3", "Қ"]),
    ],
)
def test_spine_lines(call_number: str, max_chars: int, lines: list[str]) -> None:
    assert spine_lines(call_number, max_chars=max_chars) == lines


@pytest.mark.parametrize(
    ("call_number", "scheme"),
    [
        ("821.512.122-31 Ә 97", "udc"),
        ("37.01 Б 12", "udc"),
        ("5 Ә 97", "udc"),
        ("84(5Каз)-44 А 93", "bbk"),
        ("63.3(2)1 К 90", "bbk"),
        ("ББК 94", "bbk"),
        ("891.7344 T65", "ddc"),
        ("УДК 891.7344 T65", "udc"),
        ("PG3476.P27 A6", "lc"),
    ],
)
def test_detect_scheme(call_number: str, scheme: str) -> None:
    assert detect_scheme(call_number) == scheme


def test_explicit_scheme_overrides_the_guess() -> None:
    assert spine_lines("891.73442 T65") == ["891.7344", "2", "T65"]
    assert spine_lines("891.73442 T65", scheme="udc") == ["891", ".73442", "T65"]


def test_every_line_fits() -> None:
    for call_number in ("821.512.122.035.3-31(574)(075.8) Ә 97", "ABCDEFGHIJKLMN 1234567890123"):
        for max_chars in (5, 8, 10):
            assert all(
                len(line) <= max_chars for line in spine_lines(call_number, max_chars=max_chars)
            )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("   ",), "empty"),
        (("УДК ",), "empty"),
        (("821", "colon"), "Unknown classification 'colon'"),
        (("821", "auto", 2), "too short"),
    ],
)
def test_rejects(args: tuple[object, ...], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        spine_lines(*args)  # type: ignore[arg-type]
