"""WSGI entry point for gunicorn (`gunicorn web.wsgi:app`)."""

from neet.logs import configure
from web.app import create_app

configure()
app = create_app()
