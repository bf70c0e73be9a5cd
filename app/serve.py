"""`neet serve`: the web app, and with --with-worker the scheduler in the same process
(what `make run` uses). Production runs gunicorn and `neet worker` (see Procfile)."""

from __future__ import annotations

from neet.runtime import Runtime


def run(rt: Runtime, host: str, port: int, with_worker: bool) -> int:
    from werkzeug.serving import run_simple

    from neet.logs import configure
    from web.app import create_app

    configure()
    app = create_app(rt)
    worker = None
    if with_worker:
        from app import worker as worker_mod

        worker = worker_mod.start_background(rt)
    try:
        run_simple(host, port, app, threaded=True, use_reloader=False)
    finally:
        if worker is not None:
            worker.shutdown(wait=False)
    return 0
