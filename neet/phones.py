"""Mobile numbers: parsed and validated with the phonenumbers library, stored as E.164."""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


class InvalidNumber(ValueError):
    pass


def normalise_mobile(raw: str, region: str = "GB") -> str:
    """Return the E.164 form of a mobile number, or raise InvalidNumber saying why."""
    text = (raw or "").strip()
    if not text:
        raise InvalidNumber("empty number")
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        raise InvalidNumber(f"not a phone number ({exc._msg})") from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidNumber("not a valid number")
    if phonenumbers.number_type(number) not in MOBILE_TYPES:
        raise InvalidNumber("not a mobile number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
