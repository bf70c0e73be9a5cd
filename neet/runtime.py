"""The process-wide handles (settings, engine, sessions) built once from configuration."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.session import make_engine, make_sessionmaker
from neet import config


@dataclass
class Runtime:
    settings: config.Settings
    engine: Engine
    sessions: sessionmaker[Session]
    cache: dict = field(default_factory=dict, repr=False)  # per-process objects (channels)


def build(overrides: dict[str, str] | None = None) -> Runtime:
    settings = config.load(overrides)
    from neet import currency

    currency.configure(settings.activity_survey_end)
    engine = make_engine(settings.database_url)
    return Runtime(settings, engine, make_sessionmaker(engine))
