"""Numbers, sums and dates as Kazakh and Russian documents write them: 288 650,50 (a
narrow no-break space between thousands, a comma before the tiyn), «2026 жылғы 5 желтоқсан» /
«5 декабря 2026 г.», and totals in words («екі жүз сексен сегіз мың алты жүз елу теңге 50
тиын» / «двести восемьдесят восемь тысяч шестьсот пятьдесят тенге 50 тиынов»)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

GROUP = "\u202f"  # narrow no-break space: a sum is never broken across lines

KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан")  # fmt: skip
RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")  # fmt: skip


def grouped(value: int) -> str:
    """12345 -> "12 345" (non-breaking space)."""
    sign = "-" if value < 0 else ""
    digits = str(abs(value))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sign + GROUP.join(reversed(groups))


def amount(value: Decimal | None) -> str:
    """288650.5 -> "288 650,50"; None -> ""."""
    if value is None:
        return ""
    value = Decimal(value).quantize(Decimal("0.01"), ROUND_HALF_UP)
    whole = int(abs(value))
    cents = int((abs(value) - whole) * 100)
    return f"{'-' if value < 0 else ''}{grouped(whole)},{cents:02d}"


def long_date(value: date, language: str) -> str:
    """«2026 жылғы 5 желтоқсан» / «5 декабря 2026 г.»."""
    if language == "ru":
        return f"{value.day} {RU_MONTHS[value.month - 1]} {value.year} г."
    return f"{value.year} жылғы {value.day} {KK_MONTHS[value.month - 1]}"


# -- Kazakh ------------------------------------------------------------------------------
_KK_ONES = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_KK_SCALES = ("", "мың", "миллион", "миллиард")


def _kk_triple(n: int) -> list[str]:
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_KK_ONES[hundreds], "жүз"]
    tens, ones = divmod(rest, 10)
    if tens:
        words.append(_KK_TENS[tens])
    if ones:
        words.append(_KK_ONES[ones])
    return words


def kk_words(n: int) -> str:
    """A whole number in Kazakh words: 288650 -> "екі жүз сексен сегіз мың алты жүз елу"."""
    if n == 0:
        return "нөл"
    if n < 0:
        return "минус " + kk_words(-n)
    words: list[str] = []
    for scale in range(len(_KK_SCALES) - 1, -1, -1):
        part = (n // 1000**scale) % 1000
        if part:
            words += _kk_triple(part)
            if _KK_SCALES[scale]:
                words.append(_KK_SCALES[scale])
    return " ".join(words)


# -- Russian -----------------------------------------------------------------------------
_RU_ONES_M = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_ONES_F = ("", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
             "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")  # fmt: skip
_RU_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
            "восемьдесят", "девяносто")  # fmt: skip
_RU_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
                "восемьсот", "девятьсот")  # fmt: skip
_RU_SCALES: tuple[tuple[str, str, str, bool], ...] = (
    ("", "", "", False),
    ("тысяча", "тысячи", "тысяч", True),
    ("миллион", "миллиона", "миллионов", False),
    ("миллиард", "миллиарда", "миллиардов", False),
)


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun form after n: 1 экземпляр, 2 экземпляра, 5 экземпляров."""
    n = abs(n) % 100
    if 11 <= n <= 14:
        return many
    n %= 10
    if n == 1:
        return one
    if 2 <= n <= 4:
        return few
    return many


def _ru_triple(n: int, feminine: bool) -> list[str]:
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(_RU_HUNDREDS[hundreds])
    if 10 <= rest <= 19:
        words.append(_RU_TEENS[rest - 10])
        return words
    tens, ones = divmod(rest, 10)
    if tens:
        words.append(_RU_TENS[tens])
    if ones:
        words.append((_RU_ONES_F if feminine else _RU_ONES_M)[ones])
    return words


def ru_words(n: int, feminine: bool = False) -> str:
    """A whole number in Russian words: 288650 -> "двести восемьдесят восемь тысяч шестьсот
    пятьдесят"; `feminine` for the units of a feminine noun (одна книга)."""
    if n == 0:
        return "ноль"
    if n < 0:
        return "минус " + ru_words(-n, feminine)
    words: list[str] = []
    for scale in range(len(_RU_SCALES) - 1, -1, -1):
        part = (n // 1000**scale) % 1000
        if not part:
            continue
        one, few, many, fem = _RU_SCALES[scale]
        words += _ru_triple(part, fem if scale else feminine)
        if one:
            words.append(ru_plural(part, one, few, many))
    return " ".join(words)


def count_in_words(n: int, language: str) -> str:
    """ "5 (бес) дана" / "5 (пять) экземпляров"."""
    if language == "ru":
        noun = ru_plural(n, "экземпляр", "экземпляра", "экземпляров")
        return f"{grouped(n)} ({ru_words(n)}) {noun}"
    return f"{grouped(n)} ({kk_words(n)}) дана"


def sum_in_words(value: Decimal, language: str) -> str:
    """ "288 650,50 (екі жүз сексен сегіз мың алты жүз елу) теңге 50 тиын"."""
    value = Decimal(value).quantize(Decimal("0.01"), ROUND_HALF_UP)
    whole = int(value)
    cents = int((value - whole) * 100)
    if language == "ru":
        tiyn = ru_plural(cents, "тиын", "тиына", "тиынов")
        return f"{amount(value)} ({ru_words(whole)}) тенге {cents:02d} {tiyn}"
    return f"{amount(value)} ({kk_words(whole)}) теңге {cents:02d} тиын"
