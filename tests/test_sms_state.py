"""The SMS channel's persistent state: dedupe, opt-outs, offered buttons."""
from __future__ import annotations

import concurrent.futures
from datetime import timedelta

import pytest

from bot.channels.sms_state import STATE_DB_URL_ENV, SqlSmsStateStore

PHONE = "+15550104567"
OTHER = "+15550109999"
BUTTONS = [{"title": "Yes, please", "payload": "/affirm"}, {"title": "RFA", "payload": '/inform{"procedure":"rfa"}'}]


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path}/nested/sms_state.db"


@pytest.fixture
def store(db_url):
    store = SqlSmsStateStore(db_url)
    yield store
    store.close()


def test_a_message_sid_is_claimed_once(store):
    assert store.claim_message("SM1") is True
    assert store.claim_message("SM1") is False
    assert store.claim_message("SM2") is True


def test_concurrent_deliveries_of_one_message_claim_it_once(store):
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(store.claim_message, ["SMsame"] * 8))
    assert results.count(True) == 1


def test_dedupe_survives_reopening(db_url, store):
    store.claim_message("SMold")
    reopened = SqlSmsStateStore(db_url)
    assert reopened.claim_message("SMold") is False
    reopened.close()


def test_old_message_sids_are_pruned(store):
    store.claim_message("SMold")
    assert store.prune_processed(older_than=timedelta(days=1)) == 0
    assert store.prune_processed(older_than=timedelta(seconds=-1)) == 1
    assert store.claim_message("SMold") is True


def test_opt_out_persists_across_reopen_until_opt_in(db_url, store):
    assert store.is_opted_out(PHONE) is False
    store.set_opted_out(PHONE, True)
    store.set_opted_out(PHONE, True)  # twice is an update, not a duplicate row
    store.close()

    reopened = SqlSmsStateStore(db_url)
    assert reopened.is_opted_out(PHONE) is True
    assert reopened.is_opted_out(OTHER) is False
    reopened.set_opted_out(PHONE, False)
    assert reopened.is_opted_out(PHONE) is False
    reopened.close()


def test_last_buttons_are_remembered_per_number_and_replaced(store):
    assert store.last_buttons(PHONE) == []
    store.remember_buttons(PHONE, BUTTONS)
    assert store.last_buttons(PHONE) == BUTTONS
    assert store.last_buttons(OTHER) == []
    store.remember_buttons(PHONE, BUTTONS[:1])
    assert store.last_buttons(PHONE) == BUTTONS[:1]
    store.remember_buttons(PHONE, [])
    assert store.last_buttons(PHONE) == []


def test_url_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(STATE_DB_URL_ENV, f"sqlite:///{tmp_path}/from_env.db")
    store = SqlSmsStateStore()
    store.claim_message("SMenv")
    store.close()
    assert (tmp_path / "from_env.db").exists()


def test_in_memory_sqlite_keeps_state_between_calls():
    store = SqlSmsStateStore("sqlite://")
    store.set_opted_out(PHONE, True)
    assert store.is_opted_out(PHONE) is True
    store.close()
