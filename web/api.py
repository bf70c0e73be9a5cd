"""JSON API for the same actions as the pages, described by an OpenAPI document. Session
authentication as the pages; POSTs need the CSRF token in the X-CSRFToken header."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import select

from db.models import Alert, Referral
from neet.clock import today_london
from neet.referrals import service
from neet.reports import scorecard, snapshots
from web.auth import current_user, db, login_required
from web.scope import person_or_404, record_or_404, scoped, scoped_scorecard

bp = Blueprint("api", __name__, url_prefix="/api")


def _ref(r: Referral) -> dict:
    return {"id": r.id, "person_id": r.person_id, "service": r.service, "status": r.status,
            "reasons": r.reasons, "district_id": r.district_id, "re_referral": r.is_re_referral,
            "raised_at": r.raised_at.isoformat()}


@bp.get("/scorecard")
@login_required()
def api_scorecard():
    month = request.args.get("month")
    today = today_london()
    month = month or f"{today.year}-{today.month:02d}"
    try:
        scorecard.parse_month(month)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    s = db()
    card = snapshots.scorecard_for(s, month, today,
                                   current_app.extensions["neet"].settings.figures_max_age)
    card["as_of"] = card["as_of"].isoformat()
    return jsonify(scoped_scorecard(card, s, current_user()))


@bp.get("/referrals")
@login_required()
def api_referrals():
    s, user = db(), current_user()
    q = scoped(select(Referral).order_by(Referral.raised_at.desc()).limit(500),
               Referral.district_id, s, user)
    return jsonify(referrals=[_ref(r) for r in s.scalars(q)])


@bp.post("/referrals/<int(max=2147483647):rid>/move")
@login_required("nss", "manager")
def api_move(rid: int):
    s, user = db(), current_user()
    r = record_or_404(s, user, Referral, rid)
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("to"), str):
        return jsonify(error='JSON body {"to": ...} required'), 400
    code = body.get("eet_code")
    if code is not None and not isinstance(code, int):
        return jsonify(error="eet_code must be an integer"), 400
    try:
        service.move(s, r, body["to"], user.email, outcome=str(body.get("outcome", ""))[:4000],
                     today=today_london(),
                     eet_code=code)
    except service.BadTransition as exc:
        return jsonify(error=str(exc)), 409
    s.commit()
    return jsonify(_ref(r))


@bp.get("/people/<int(max=2147483647):pid>")
@login_required()
def api_person(pid: int):
    s, user = db(), current_user()
    p = person_or_404(s, user, pid)
    s.commit()
    a = p.current_activity
    return jsonify(id=p.id, ccis_id=p.ccis_id, forename=p.forename, surname=p.surname,
                   district=p.district.name, activity_code=a.code if a else None,
                   crisis_hold=p.crisis_hold, phone_chase=p.phone_chase)


@bp.get("/alerts")
@login_required()
def api_alerts():
    s, user = db(), current_user()
    q = scoped(select(Alert).where(Alert.acknowledged_at.is_(None)).limit(500),
               Alert.district_id, s, user)
    return jsonify(alerts=[{"id": a.id, "kind": a.kind, "person_id": a.person_id,
                            "raised_at": a.raised_at.isoformat()} for a in s.scalars(q)])


@bp.get("/openapi.json")
def openapi():
    ref = {"type": "object", "properties": {
        "id": {"type": "integer"}, "person_id": {"type": "integer"}, "service": {"type": "string"},
        "status": {"type": "string"}, "reasons": {"type": "string"},
        "district_id": {"type": "integer"}, "re_referral": {"type": "boolean"},
        "raised_at": {"type": "string"}}}
    err = {"description": "error", "content": {"application/json": {"schema": {
        "type": "object", "properties": {"error": {"type": "string"}}}}}}
    auth = {"401": {"description": "not signed in"}, "403": {"description": "wrong role"},
            "404": {"description": "not found or outside your districts"}}
    return jsonify({
        "openapi": "3.0.3",
        "info": {"title": "neet-outreach API", "version": "1"},
        "components": {"securitySchemes": {"session": {"type": "apiKey", "in": "cookie",
                                                       "name": "session"}}},
        "security": [{"session": []}],
        "paths": {
            "/api/scorecard": {"get": {"summary": "DfE scorecard figures", "parameters": [
                {"name": "month", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}}],
                "responses": {"200": {"description": "figures"}, "400": err, **auth}}},
            "/api/referrals": {"get": {"summary": "Referrals in your districts", "responses": {
                "200": {"description": "list", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"referrals": {"type": "array", "items": ref}}}}}},
                **auth}}},
            "/api/referrals/{rid}/move": {"post": {
                "summary": "Move a referral through its lifecycle",
                "parameters": [{"name": "rid", "in": "path", "required": True, "schema": {"type": "integer"}},
                               {"name": "X-CSRFToken", "in": "header", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["to"], "properties": {
                        "to": {"type": "string", "enum": ["notified", "accepted", "in_progress", "closed"]},
                        "outcome": {"type": "string"}, "eet_code": {"type": "integer"}}}}}},
                "responses": {"200": {"description": "moved", "content": {"application/json": {"schema": ref}}},
                              "400": err, "409": err, **auth}}},
            "/api/people/{pid}": {"get": {"summary": "A young person (audited)", "parameters": [
                {"name": "pid", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "person"}, **auth}}},
            "/api/alerts": {"get": {"summary": "Open alerts in your districts",
                                    "responses": {"200": {"description": "list"}, **auth}}},
        }})
