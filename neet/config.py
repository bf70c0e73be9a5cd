"""All configuration, read from the environment in one place (see README "Configuration")."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class Settings:
    database_url: str
    timezone: ZoneInfo
    secret_key: str
    public_base_url: str
    team_name: str
    council_name: str
    channel_mode: str  # "simulator" unless channel credentials are configured
    twilio_account_sid: str
    twilio_auth_token: str
    twilio_messaging_service_sid: str
    twilio_from_number: str
    twilio_api_base: str  # empty: api.twilio.com; set to an emulator in tests/demo
    telegram_bot_token: str
    telegram_webhook_secret: str
    telegram_api_base: str
    telegram_bot_username: str
    quiet_start: time
    quiet_end: time
    quiet_sundays: bool
    send_rate_per_second: float
    secure_cookies: bool
    spool_dir: Path  # inbound messages kept here while the database is unreachable
    alert_escalate_after: timedelta = timedelta(minutes=10)  # unacknowledged crisis -> managers
    # the council's target for NEET + Not Known % (Years 12-13), drawn on the scorecard charts
    target_combined_pct: float = 5.0
    # a page may show a scorecard snapshot this old while the worker rebuilds it
    figures_max_age: timedelta = timedelta(seconds=60)
    activity_survey_end: tuple[int, int] = (11, 30)  # education due 31 Aug held until then
    env: str = "production"  # production / development (make run) / test
    proxy_hops: int = 0  # reverse proxies in front of the web app (X-Forwarded-For, -Proto)
    public_base_url_set: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def default_database_url() -> str:
    return f"sqlite:///{ROOT / 'var' / 'neet.db'}"


def _month_day(raw: str) -> tuple[int, int]:
    """"11-30" -> (11, 30)."""
    try:
        m, d = (int(x) for x in raw.split("-"))
    except ValueError:
        raise ValueError(f"NEET_ACTIVITY_SURVEY_END must be MM-DD, got {raw!r}") from None
    return m, d


def default_spool_dir(database_url: str) -> Path:
    """One spool per database, so two services (or two test databases) never share one."""
    return ROOT / "var" / "spool" / hashlib.sha256(database_url.encode()).hexdigest()[:16]


def load(overrides: dict[str, str] | None = None) -> Settings:
    """Build settings from the environment; `overrides` win (used by tests and the CLI)."""
    env = dict(os.environ)
    env.update(overrides or {})

    def get(name: str, default: str = "") -> str:
        return env.get(name, default).strip()

    twilio_sid = get("TWILIO_ACCOUNT_SID")
    telegram_token = get("TELEGRAM_BOT_TOKEN")
    mode = get("NEET_CHANNEL", "")
    if not mode:
        mode = "live" if (twilio_sid or telegram_token) else "simulator"
    database_url = get("DATABASE_URL") or default_database_url()
    deployment = get("NEET_ENV", "production").lower()
    if deployment not in ENVIRONMENTS:
        raise ValueError(f"NEET_ENV must be one of {', '.join(ENVIRONMENTS)}")
    return Settings(
        database_url=database_url,
        timezone=ZoneInfo(get("NEET_TIMEZONE", "Europe/London")),
        secret_key=get("SECRET_KEY", DEV_SECRET),
        public_base_url=get("PUBLIC_BASE_URL", "http://127.0.0.1:5000").rstrip("/"),
        team_name=get("NEET_TEAM_NAME", "the Participation Team"),
        council_name=get("NEET_COUNCIL_NAME", "Kent County Council"),
        channel_mode=mode,
        twilio_account_sid=twilio_sid,
        twilio_auth_token=get("TWILIO_AUTH_TOKEN"),
        twilio_messaging_service_sid=get("TWILIO_MESSAGING_SERVICE_SID"),
        twilio_from_number=get("TWILIO_FROM_NUMBER"),
        twilio_api_base=get("TWILIO_API_BASE"),
        telegram_bot_token=telegram_token,
        telegram_webhook_secret=get("TELEGRAM_WEBHOOK_SECRET"),
        telegram_api_base=get("TELEGRAM_API_BASE"),
        telegram_bot_username=get("TELEGRAM_BOT_USERNAME", "neet_outreach_bot"),
        quiet_start=_hhmm(get("NEET_QUIET_START", "09:00")),
        quiet_end=_hhmm(get("NEET_QUIET_END", "20:00")),
        quiet_sundays=get("NEET_QUIET_SUNDAYS", "1") not in ("0", "false", "no"),
        send_rate_per_second=float(get("NEET_SEND_RATE", "10")),
        secure_cookies=get("NEET_SECURE_COOKIES", "0" if deployment != "production" else "1")
        in ("1", "true", "yes"),
        spool_dir=Path(get("NEET_SPOOL_DIR") or default_spool_dir(database_url)),
        env=deployment,
        alert_escalate_after=timedelta(minutes=float(get("NEET_ALERT_ESCALATE_MINUTES", "10") or 10)),
        target_combined_pct=float(get("NEET_TARGET_COMBINED_PCT", "5.0") or 5.0),
        figures_max_age=timedelta(seconds=float(get("NEET_FIGURES_MAX_AGE", "60") or 0)),
        activity_survey_end=_month_day(get("NEET_ACTIVITY_SURVEY_END", "11-30") or "11-30"),
        proxy_hops=int(get("NEET_PROXY_HOPS", "0") or 0),
        public_base_url_set=bool(get("PUBLIC_BASE_URL")),
    )


DEV_SECRET = "dev-only-not-secret"
ENVIRONMENTS = ("production", "development", "test")


def production_problems(s: Settings) -> list[str]:
    """What must be set before the service may serve real people (empty outside production)."""
    if s.env != "production":
        return []
    problems = []
    if s.secret_key == DEV_SECRET or len(s.secret_key) < 32:
        problems.append("SECRET_KEY must be set to a random value of at least 32 characters")
    if not s.public_base_url_set or not s.public_base_url.startswith("https://"):
        problems.append("PUBLIC_BASE_URL must be set to the service's https:// address")
    if s.twilio_account_sid and not s.twilio_auth_token:
        problems.append("TWILIO_AUTH_TOKEN must be set when Twilio is on")
    if s.telegram_bot_token and len(s.telegram_webhook_secret) < 16:
        problems.append("TELEGRAM_WEBHOOK_SECRET (16+ characters) must be set when Telegram is on")
    return problems
