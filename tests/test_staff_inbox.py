"""The staff inbox channel as ``rasa run`` mounts it: access control, the JSON API, the page, retries."""
from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import re
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import timedelta

import aiohttp
import pytest
from rasa.core.run import _create_single_channel, configure_app
from sanic import Sanic

from bot.channels.staff_inbox import DISABLED_MESSAGE, PAGE_FILE, StaffInboxChannel
from bot.escalation.notify import NotificationDispatcher, NotificationError, StaffNotifier
from bot.escalation.tickets import SqlTicketStore
from bot.harness import free_port
from tests.browser import CHROMIUM, CHROMIUM_ARGS, ensure_chromium

TOKEN = "correct-horse-battery-staple-42"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
QUESTION = "Is it normal that my leg is numb after the RFA?"
CONTACT = "+15558675309"


@pytest.fixture(autouse=True)
def no_env_token(monkeypatch):
    for name in ("STAFF_INBOX_TOKEN", "STAFF_NOTIFY_RETRY_SECONDS", "TICKETS_DB_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def store(tmp_path):
    store = SqlTicketStore(f"sqlite:///{tmp_path / 'tickets.db'}")
    yield store
    store.close()


@pytest.fixture
def tickets(store):
    urgent = store.create(
        channel="twilio", sender_id=CONTACT, urgency="urgent", reason="red_flag:new_weakness",
        contact=CONTACT, question=QUESTION, consent=True,
        transcript=[{"from": "patient", "text": QUESTION, "at": None}],
    )
    routine = store.create(channel="rest", sender_id="web-1", urgency="routine", reason="patient_request")
    return urgent, routine


class Inbox:
    """A running Rasa app with the inbox channel; ``url(path)`` and ``request(...)`` talk to it."""

    def __init__(self, port: int, session: aiohttp.ClientSession):
        self.port = port
        self.session = session

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def request(self, method: str, path: str, **kwargs) -> tuple[int, dict, object]:
        async with self.session.request(method, self.url(path), **kwargs) as reply:
            text = await reply.text()
            body = await reply.json(content_type=None) if "json" in reply.content_type else text
            return reply.status, dict(reply.headers), body


@pytest.fixture
async def serve(monkeypatch) -> AsyncIterator[Callable]:
    """Start an app built like ``rasa run`` builds it (channels under route /webhooks/) with a channel."""
    monkeypatch.setattr(Sanic, "test_mode", True)
    servers, sessions = [], []

    async def start(channel: StaffInboxChannel, route: str | None = "/webhooks/") -> Inbox:
        app = configure_app([channel], enable_api=False, route=route)
        port = free_port()
        server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False)
        await server.startup()
        await server.before_start()
        await server.after_start()
        await server.start_serving()
        servers.append(server)
        sessions.append(aiohttp.ClientSession())
        return Inbox(port, sessions[-1])

    yield start
    for session in sessions:
        await session.close()
    for server in servers:
        await server.before_stop()
        await server.close()
        await server.after_stop()


def channel(store, token: str | None = TOKEN, **kwargs) -> StaffInboxChannel:
    return StaffInboxChannel(token=token, store=store, retry_interval=kwargs.pop("retry_interval", 0), **kwargs)


# --- access ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "method, path",
    [("GET", "/staff/"), ("GET", "/staff/api/tickets"), ("GET", "/staff/api/tickets/x"),
     ("POST", "/staff/api/tickets/x/resolve")],
)
async def test_without_a_configured_token_every_route_answers_503(serve, store, method, path):
    inbox = await serve(channel(store, token=None))
    status, _, body = await inbox.request(method, path, headers={"Authorization": "Bearer "}, json={"by": "x"})
    assert status == 503
    text = body["error"] if isinstance(body, dict) else body
    assert text == DISABLED_MESSAGE == "staff inbox disabled: set STAFF_INBOX_TOKEN"


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
     {"Authorization": f"Bearer {TOKEN[:-1]}"}, {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": TOKEN}],
    ids=["missing", "wrong", "basic-scheme", "prefix", "longer", "no-scheme"],
)
async def test_a_missing_or_wrong_token_is_401_json_and_reveals_nothing(serve, store, tickets, headers):
    inbox = await serve(channel(store))
    for method, path in [("GET", "/staff/api/tickets"), ("GET", f"/staff/api/tickets/{tickets[0].id}"),
                         ("POST", f"/staff/api/tickets/{tickets[0].id}/resolve")]:
        status, reply_headers, body = await inbox.request(method, path, headers=headers, json={"by": "Eve"})
        assert status == 401
        assert body == {"error": "missing or wrong bearer token"}
        assert reply_headers["WWW-Authenticate"].startswith("Bearer")
    assert store.get(tickets[0].id).status == "open"


async def test_the_environment_token_wins_over_credentials(serve, store, monkeypatch):
    monkeypatch.setenv("STAFF_INBOX_TOKEN", "from-env-token")
    inbox = await serve(channel(store, token="from-credentials"))
    assert (await inbox.request("GET", "/staff/api/tickets", headers={"Authorization": "Bearer from-env-token"}))[0] == 200
    assert (await inbox.request("GET", "/staff/api/tickets", headers={"Authorization": "Bearer from-credentials"}))[0] == 401


def test_from_credentials_reads_token_and_database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'from-creds.db'}"
    built = _create_single_channel("bot.channels.staff_inbox.StaffInboxChannel", {"token": " t0k ", "tickets_db_url": url})
    assert isinstance(built, StaffInboxChannel)
    assert built.token == "t0k" and built.store.url == url
    monkeypatch.setenv("TICKETS_DB_URL", url)
    bare = StaffInboxChannel.from_credentials(None)
    assert bare.token is None and bare.store.url == url


# --- API -----------------------------------------------------------------------------------------------------
async def test_list_get_and_resolve_with_the_token(serve, store, tickets):
    urgent, routine = tickets
    inbox = await serve(channel(store))

    status, headers, body = await inbox.request("GET", "/staff/api/tickets", headers=AUTH)
    assert status == 200 and headers["Cache-Control"] == "no-store"
    assert [t["id"] for t in body["tickets"]] == [routine.id, urgent.id]  # newest first
    listed = body["tickets"][1]
    assert listed["question"] == QUESTION and listed["contact"] == CONTACT and listed["urgency"] == "urgent"
    assert listed["transcript"] == [{"from": "patient", "text": QUESTION, "at": None}]

    status, _, body = await inbox.request("GET", f"/staff/api/tickets/{urgent.id}", headers=AUTH)
    assert status == 200 and body["ticket"]["reason"] == "red_flag:new_weakness"

    status, _, body = await inbox.request(
        "POST", f"/staff/api/tickets/{urgent.id}/resolve", headers=AUTH, json={"by": "  Nurse Kim "}
    )
    assert status == 200
    assert body["ticket"]["status"] == "resolved" and body["ticket"]["resolved_by"] == "Nurse Kim"
    assert store.get(urgent.id).status == "resolved"

    open_ids = [t["id"] for t in (await inbox.request("GET", "/staff/api/tickets?status=open", headers=AUTH))[2]["tickets"]]
    resolved = (await inbox.request("GET", "/staff/api/tickets?status=resolved", headers=AUTH))[2]["tickets"]
    every = (await inbox.request("GET", "/staff/api/tickets?status=all&limit=1", headers=AUTH))[2]["tickets"]
    assert open_ids == [routine.id]
    assert [t["id"] for t in resolved] == [urgent.id]
    assert [t["id"] for t in every] == [routine.id]


@pytest.mark.parametrize(
    "method, path, payload",
    [("GET", "/staff/api/tickets/00000000-0000-0000-0000-000000000000", None),
     ("GET", "/staff/api/tickets/not-a-uuid", None),
     ("POST", "/staff/api/tickets/00000000-0000-0000-0000-000000000000/resolve", {"by": "Nurse Kim"})],
)
async def test_an_unknown_id_is_404_json(serve, store, method, path, payload):
    inbox = await serve(channel(store))
    status, _, body = await inbox.request(method, path, headers=AUTH, json=payload)
    assert status == 404 and body["error"].startswith("no ticket with id")


@pytest.mark.parametrize(
    "path, kwargs, fragment",
    [
        ("/staff/api/tickets?status=closed", {}, "status must be one of"),
        ("/staff/api/tickets?limit=abc", {}, "limit must be"),
        ("/staff/api/tickets?limit=0", {}, "limit must be"),
        ("RESOLVE", {"data": "not json", "headers": {"Content-Type": "application/json"}}, "body must be JSON"),
        ("RESOLVE", {"json": {}}, '"by" must name'),
        ("RESOLVE", {"json": ["Nurse Kim"]}, '"by" must name'),
        ("RESOLVE", {"json": {"by": "   "}}, '"by" must name'),
        ("RESOLVE", {"json": {"by": "x" * 81}}, '"by" must name'),
        ("RESOLVE", {"json": {"by": 7}}, '"by" must name'),
    ],
)
async def test_bad_input_is_a_clear_400(serve, store, tickets, path, kwargs, fragment):
    inbox = await serve(channel(store))
    method = "GET"
    if path == "RESOLVE":
        method, path = "POST", f"/staff/api/tickets/{tickets[0].id}/resolve"
    headers = {**AUTH, **kwargs.pop("headers", {})}
    status, _, body = await inbox.request(method, path, headers=headers, **kwargs)
    assert status == 400 and fragment in body["error"]
    assert store.get(tickets[0].id).status == "open"


async def test_an_unreachable_database_is_503_json_not_500(serve):
    broken = SqlTicketStore("postgresql+psycopg2://nobody:pw@127.0.0.1:1/tickets")
    inbox = await serve(channel(broken))
    status, _, body = await inbox.request("GET", "/staff/api/tickets", headers=AUTH)
    assert status == 503 and body == {"error": "ticket store unavailable, try again shortly"}


# --- mounting and the page --------------------------------------------------------------------------------------
@pytest.mark.parametrize("route", ["/webhooks/", None])
async def test_the_inbox_mounts_at_exactly_staff_whatever_the_route(serve, store, route):
    inbox = await serve(channel(store), route=route)
    assert (await inbox.request("GET", "/staff/api/tickets", headers=AUTH))[0] == 200
    assert (await inbox.request("GET", "/staff/"))[0] == 200
    assert (await inbox.request("GET", "/webhooks/staff_inbox/api/tickets", headers=AUTH))[0] == 404
    assert (await inbox.request("GET", "/api/tickets", headers=AUTH))[0] == 404


async def test_it_takes_no_patient_messages(serve, store):
    inbox = await serve(channel(store))
    for path in ("/staff/", "/staff/webhook", "/webhooks/staff_inbox/webhook"):
        status, _, _ = await inbox.request("POST", path, json={"sender": "p", "message": "hello"})
        assert status in (404, 405)


@pytest.mark.parametrize("path", ["/staff/", "/staff"])
async def test_the_page_is_served_without_the_token_and_holds_no_ticket_data(serve, store, tickets, path):
    inbox = await serve(channel(store))
    status, headers, page = await inbox.request("GET", path)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Mark resolved" in page and "sessionStorage" in page
    for secret in (QUESTION, CONTACT, tickets[0].id, tickets[1].id, TOKEN):
        assert secret not in page
    assert "innerHTML" not in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)  # no external assets


async def test_the_page_csp_allows_exactly_its_own_inline_script_and_style(serve, store):
    inbox = await serve(channel(store))
    _, headers, page = await inbox.request("GET", "/staff/")
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        [block] = re.findall(rf"<{tag}>(.*?)</{tag}>", page, flags=re.DOTALL)
        digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp
    assert page == PAGE_FILE.read_text(encoding="utf-8")


# --- notification retries ------------------------------------------------------------------------------------------
class Pager(StaffNotifier):
    name = "pager"

    def __init__(self):
        self.up = False
        self.calls: list[str] = []

    def notify(self, ticket):
        self.calls.append(ticket.id)
        if not self.up:
            raise NotificationError("pager down")


async def test_failed_notifications_are_retried_while_the_server_runs(serve, store):
    pager = Pager()
    dispatcher = NotificationDispatcher(store, [pager], retries=1, sleep=lambda _: None, retry_min_age=timedelta(0))
    ticket = dispatcher.open_ticket(channel="rest", sender_id="p", urgency="urgent", reason="red_flag:chest_pain")
    assert store.get(ticket.id).notification_status == "failed"
    pager.up = True

    await serve(channel(store, retry_interval=0.05, dispatcher_factory=lambda s: dispatcher))
    for _ in range(100):
        if store.get(ticket.id).notification_status == "sent":
            break
        await asyncio.sleep(0.05)
    assert store.get(ticket.id).notification_status == "sent"
    assert pager.calls == [ticket.id, ticket.id]


async def test_a_bad_notifier_configuration_turns_retries_off_but_the_inbox_works(serve, store, monkeypatch):
    monkeypatch.setenv("STAFF_NOTIFY", "carrier-pigeon")
    inbox = await serve(channel(store, retry_interval=0.05))
    assert (await inbox.request("GET", "/staff/api/tickets", headers=AUTH))[0] == 200


# --- the page in a browser -----------------------------------------------------------------------------------------
HOSTILE_QUESTION = '<img src=x onerror="window.__pwned=1">my leg is numb'
HOSTILE_TURN = "<script>window.__pwned=2</script>help"


@contextlib.contextmanager
def inbox_in_thread(inbox_channel: StaffInboxChannel) -> Iterator[str]:
    """The inbox app on its own event loop in a thread, for the synchronous Playwright API."""
    loop = asyncio.new_event_loop()
    app = configure_app([inbox_channel], enable_api=False)
    port = free_port()
    started: dict = {}
    ready = threading.Event()

    async def boot():
        server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False)
        await server.startup()
        await server.start_serving()
        return server

    async def stop():
        await started["server"].close()

    def run():
        asyncio.set_event_loop(loop)
        try:
            started["server"] = loop.run_until_complete(boot())
        finally:
            ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(30) and "server" in started, "inbox server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


@pytest.mark.browser
def test_staff_work_the_inbox_in_a_browser_and_ticket_text_stays_text(store, monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api")
    ensure_chromium()
    monkeypatch.setattr(Sanic, "test_mode", True)
    urgent = store.create(
        channel="twilio", sender_id=CONTACT, urgency="urgent", reason="red_flag:new_weakness", contact=CONTACT,
        question=HOSTILE_QUESTION, consent=True, transcript=[{"from": "patient", "text": HOSTILE_TURN, "at": None}],
    )
    routine = store.create(channel="rest", sender_id="web-1", urgency="routine", reason="patient_request")

    with inbox_in_thread(channel(store)) as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=False, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.set_default_timeout(15_000)
            csp_errors = []
            page.on("console", lambda msg: csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None)
            page.goto(f"{base}/staff/")

            page.get_by_label("Access token").fill("not-the-token")
            page.get_by_role("button", name="Open inbox").click()
            sync_api.expect(page.locator("#status")).to_contain_text("not accepted")
            sync_api.expect(page.get_by_label("Access token")).to_be_visible()

            page.get_by_label("Access token").fill(TOKEN)
            page.get_by_role("button", name="Open inbox").click()
            cards = page.locator("article")
            sync_api.expect(cards).to_have_count(2)
            sync_api.expect(cards.first).to_have_class(re.compile(r"\burgent\b"))  # urgent first
            sync_api.expect(cards.first).to_contain_text(HOSTILE_QUESTION)  # shown as text
            sync_api.expect(cards.first).to_contain_text(HOSTILE_TURN)
            sync_api.expect(cards.first).to_contain_text(CONTACT)
            assert page.locator("main img, main script").count() == 0
            assert page.evaluate("window.__pwned") is None

            page.get_by_label('Your name (for "resolved by")').fill("Nurse Kim")
            cards.first.get_by_role("button", name="Mark resolved").click()
            sync_api.expect(cards).to_have_count(1)
            sync_api.expect(cards.first).to_contain_text("patient_request")

            page.reload()  # the token stays for the browser session
            sync_api.expect(page.locator("article")).to_have_count(1)
            page.get_by_label("Show").select_option("resolved")
            sync_api.expect(page.locator("article")).to_contain_text("by Nurse Kim")
            assert csp_errors == []
        finally:
            browser.close()

    assert store.get(urgent.id).resolved_by == "Nurse Kim"
    assert store.get(routine.id).status == "open"
