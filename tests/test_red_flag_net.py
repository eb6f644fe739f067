"""The learned safety net behind the red-flag rules, and the action that answers its checks."""
from __future__ import annotations

import asyncio
import random

import numpy as np
import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from actions.safety import ActionHandleRedFlag, ActionReviewRedFlag
from bot.clinic import clinic
from bot.constants import MESSAGE_RED_FLAG_DISMISSED, PROJECT_ROOT
from bot.nlu.red_flag_net import (
    BATCH_SIZE,
    CHUNK_BATCHES,
    RedFlagNetError,
    RedFlagSafetyNet,
    fine_tune,
    length_batches,
    padded_tokens,
    read_examples,
    training_set,
)
from tests.conftest import make_tracker

EMERGENCIES = [
    "my throat is closing up and i cannot get air in",
    "i can barely breathe and my lips are swelling",
    "wheezing hard and my tongue is huge",
    "she is gasping and her face is puffing up",
    "cannot swallow, throat feels tight and closing",
    "struggling for air since the injection",
]
LOOK_ALIKES = [
    "what if my throat swells after the dye",
    "is trouble breathing a side effect",
    "no trouble breathing at all, just tired",
    "can the contrast cause an allergic reaction",
    "my breathing is totally normal, only sore",
    "how would i know if i am allergic",
]
ORDINARY = ["how long does rfa take", "will i be awake for the epidural", "what is a facet injection", "thanks"]


@pytest.fixture
def examples(tmp_path):
    path = tmp_path / "set.yml"
    path.write_text(yaml.safe_dump({
        "red_flags": [{"text": t, "category": "allergic_reaction"} for t in EMERGENCIES],
        "non_urgent": [{"text": t, "why": "hypothetical"} for t in LOOK_ALIKES],
    }))
    return path


def trained(tmp_path, examples, threshold=0.6) -> RedFlagSafetyNet:
    config = {**RedFlagSafetyNet.get_default_config(), "examples": [str(examples)], "threshold": threshold}
    (tmp_path / "storage").mkdir()
    storage = LocalModelStorage(tmp_path / "storage")
    resource = Resource("red_flag_net")
    context = ExecutionContext(GraphSchema({}), "test")
    net = RedFlagSafetyNet.create(config, storage, resource, context)
    data = TrainingData([Message(data={TEXT: t, INTENT: "ask_duration"}) for t in ORDINARY])
    net.train(data)
    return RedFlagSafetyNet.load(config, storage, resource, context)


def message(text, intent="ask_risks"):
    msg = Message(data={TEXT: text})
    msg.set(INTENT, {INTENT_NAME_KEY: intent, "confidence": 0.7})
    msg.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: intent, "confidence": 0.7}])
    return msg


def test_an_emergency_the_rules_missed_becomes_a_check_and_questions_do_not(tmp_path, examples):
    net = trained(tmp_path, examples)
    assert net.probability("throat closing and i can't breathe") > net.probability("how long does the epidural take")
    emergency, question, confirmed, payload = net.process([
        message("throat closing and i can't breathe"),
        message("how long does the epidural take", "ask_duration"),
        message("my throat is closing", "report_red_flag"),
        message("/affirm", "affirm"),
    ])
    assert emergency.get(INTENT)[INTENT_NAME_KEY] == "report_red_flag"
    assert emergency.get(INTENT_RANKING_KEY)[1][INTENT_NAME_KEY] == "ask_risks"
    (possible,) = emergency.get(ENTITIES)
    assert possible["entity"] == "red_flag" and possible["value"] == "possible"
    assert question.get(INTENT)[INTENT_NAME_KEY] == "ask_duration"
    assert confirmed.get(INTENT)[INTENT_NAME_KEY] == "report_red_flag"
    assert not confirmed.get(ENTITIES)  # the rules' finding is left as it is
    assert payload.get(INTENT)[INTENT_NAME_KEY] == "affirm"


def test_the_threshold_decides(tmp_path, examples):
    net = trained(tmp_path, examples, threshold=1.0)
    (msg,) = net.process([message("throat closing and i can't breathe")])
    assert msg.get(INTENT)[INTENT_NAME_KEY] == "ask_risks"


def test_a_phrase_the_rules_dismissed_needs_the_higher_threshold(tmp_path, examples):
    net = trained(tmp_path, examples, threshold=0.0)
    net._config["dismissed_threshold"] = 1.0
    judged = message("throat closing and i can't breathe")
    judged.set(MESSAGE_RED_FLAG_DISMISSED, True)
    unread = message("throat closing and i can't breathe")
    judged, unread = net.process([judged, unread])
    assert judged.get(INTENT)[INTENT_NAME_KEY] == "ask_risks"
    assert unread.get(INTENT)[INTENT_NAME_KEY] == "report_red_flag"


@pytest.mark.parametrize(
    ("text", "dismissed"),
    [
        ("no chest pain at all, just sore", True),  # negated
        ("can an epidural cause a seizure?", True),  # hypothetical
        ("my dog had a seizure last year", True),  # someone else
        ("how long does the epidural take", False),  # nothing for the rules to read
        ("i feel like a stranger in my own body since the shot", False),
    ],
)
def test_the_rules_component_marks_what_it_read_and_dismissed(red_flag_detector, text, dismissed):
    from bot.nlu.red_flag_component import RedFlagClassifier

    (msg,) = RedFlagClassifier(red_flag_detector).process([message(text)])
    assert bool(msg.get(MESSAGE_RED_FLAG_DISMISSED)) is dismissed
    assert msg.get(INTENT)[INTENT_NAME_KEY] == "ask_risks"
    assert MESSAGE_RED_FLAG_DISMISSED not in msg.as_dict(only_output_properties=True)


def rules_then_net(red_flag_detector, net, msg):
    """``msg`` through the pipeline's last two steps: the rules' classifier, then the safety net."""
    from bot.nlu.red_flag_component import RedFlagClassifier

    return net.process(RedFlagClassifier(red_flag_detector).process([msg]))[0]


def red_flag_entities(msg):
    return [(e["entity"], e["value"]) for e in msg.get(ENTITIES) or [] if e["entity"].startswith("red_flag")]


def test_a_rule_alarm_the_net_scores_below_veto_below_gets_back_the_classifiers_intent(
    tmp_path, examples, red_flag_detector
):
    net = trained(tmp_path, examples, threshold=1.0)
    text = "how long does rfa take? my legs went numb an hour ago"
    assert red_flag_detector.detect(text).category == "weakness_numbness"
    probability = net.probability(text)

    net._config["veto_below"] = None  # the rules' alarm always stands
    assert rules_then_net(red_flag_detector, net, message(text, "ask_duration")).get(INTENT)[INTENT_NAME_KEY] == (
        "report_red_flag"
    )
    net._config["veto_below"] = probability  # scored at the limit: not below it
    stands = rules_then_net(red_flag_detector, net, message(text, "ask_duration"))
    assert stands.get(INTENT)[INTENT_NAME_KEY] == "report_red_flag"
    assert red_flag_entities(stands) == [("red_flag", "weakness_numbness")]

    net._config["veto_below"] = probability + 1e-6
    overruled = rules_then_net(red_flag_detector, net, message(text, "ask_duration"))
    assert overruled.get(INTENT)[INTENT_NAME_KEY] == "ask_duration"
    assert [r[INTENT_NAME_KEY] for r in overruled.get(INTENT_RANKING_KEY)] == ["ask_duration"]
    assert red_flag_entities(overruled) == [("red_flag_review", "weakness_numbness")]
    (review,) = overruled.get(ENTITIES)
    assert text[review["start"]:review["end"]] in text and review["confidence"] == round(probability, 4)


def test_the_net_never_overrules_self_harm_or_its_own_check(tmp_path, examples, red_flag_detector):
    net = trained(tmp_path, examples, threshold=0.0)
    net._config["veto_below"] = 1.01  # every score is below it
    crisis = rules_then_net(red_flag_detector, net, message("i want to kill myself tonight", "out_of_scope"))
    assert crisis.get(INTENT)[INTENT_NAME_KEY] == "report_red_flag"
    assert red_flag_entities(crisis) == [("red_flag", "self_harm")]
    check = rules_then_net(red_flag_detector, net, message("how long does the epidural take", "ask_duration"))
    assert red_flag_entities(check) == [("red_flag", "possible")]  # its own check (threshold 0) stays


def test_an_overruled_alarm_never_leaves_as_the_classifiers_report_red_flag(tmp_path, examples, red_flag_detector):
    net = trained(tmp_path, examples, threshold=1.0)
    net._config["veto_below"] = 1.01
    msg = message("my legs went numb an hour ago", "report_red_flag")  # the classifier's own guess
    msg.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: "report_red_flag", "confidence": 0.6},
                                 {INTENT_NAME_KEY: "ask_recovery", "confidence": 0.3}])
    overruled = rules_then_net(red_flag_detector, net, msg)
    assert overruled.get(INTENT)[INTENT_NAME_KEY] == "ask_recovery"
    assert red_flag_entities(overruled) == [("red_flag_review", "weakness_numbness")]


def test_editing_the_examples_changes_the_fingerprint(examples):
    config = {"examples": [str(examples)]}
    before = RedFlagSafetyNet.fingerprint_addon(config)
    examples.write_text(examples.read_text() + "\n")
    assert RedFlagSafetyNet.fingerprint_addon(config) != before


def test_a_broken_examples_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("red_flags: []\n")
    with pytest.raises(RedFlagNetError, match="bad.yml"):
        read_examples([str(bad)])


def test_the_configured_examples_never_include_the_sealed_set():
    config = yaml.safe_load(open("config.yml"))
    (net,) = (c for c in config["pipeline"] if c["name"].endswith("RedFlagSafetyNet"))
    assert net["examples"] and not any("sealed" in path for path in net["examples"])
    emergencies, look_alikes = read_examples(net["examples"])
    assert len(emergencies) >= 300 and len(look_alikes) >= 250


# --- the action that answers every red flag and check ----------------------------------------------------


def red_flag_entity(category):
    return {"entity": "red_flag", "value": category, "start": 0, "end": 5}


@pytest.mark.parametrize(
    "intent, entities, reply, reason",
    [
        ("report_red_flag", [red_flag_entity("weakness_numbness")], "emergency", "red_flag:weakness_numbness"),
        ("report_red_flag", [red_flag_entity("self_harm")], "crisis", "red_flag:self_harm"),
        ("report_red_flag", [red_flag_entity("possible")], "check", "red_flag:possible"),
    ],
)
async def test_every_red_flag_opens_an_urgent_ticket_and_picks_its_reply(
    dispatcher, ticket_store, intent, entities, reply, reason
):
    tracker = make_tracker("something bad is happening", intent, entities, sender_id="web-1")
    events = await ActionHandleRedFlag().run(dispatcher, tracker, {})
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["red_flag_reply"] == reply and slots["on_call_phone"]
    for _ in range(50):  # the notification runs in the background; the ticket is saved before the reply
        if ticket_store.list():
            break
        await asyncio.sleep(0.01)
    (ticket,) = ticket_store.list()
    assert ticket.urgency == "urgent" and ticket.reason == reason and ticket.question == "something bad is happening"


async def wait_for_tickets(ticket_store, count=1):
    for _ in range(50):  # the notification runs in the background; the ticket is saved before the reply
        if len(ticket_store.list()) >= count:
            break
        await asyncio.sleep(0.01)
    return ticket_store.list()


async def test_an_overruled_alarm_opens_an_urgent_ticket_to_check_it(dispatcher, ticket_store):
    review = {"entity": "red_flag_review", "value": "cannot_walk", "start": 0, "end": 5}
    tracker = make_tracker("legs are dead after the hike lol, how long does rfa take", "ask_duration", [review])
    events = await ActionReviewRedFlag().run(dispatcher, tracker, {})
    assert events == [{"event": "slot", "timestamp": None, "name": "red_flag_review", "value": "cannot_walk"}]
    # The patient is told staff will read it (with 911 and the on-call line); the ordinary reply follows.
    (line,) = dispatcher.messages
    assert "care team will read it" in line["text"] and "911" in line["text"]
    assert clinic().on_call_phone in line["text"]
    (ticket,) = await wait_for_tickets(ticket_store)
    assert ticket.urgency == "urgent" and ticket.reason == "red_flag_review:cannot_walk"
    assert ticket.question == "legs are dead after the hike lol, how long does rfa take"


async def test_the_review_line_is_the_clinics_own_wording(dispatcher, ticket_store, tmp_path, monkeypatch):
    settings = yaml.safe_load((PROJECT_ROOT / "clinic.yml").read_text())
    settings["red_flag_review_line"] = "A nurse at {name} will read this. Severe and happening now? Call 911."
    (tmp_path / "clinic.yml").write_text(yaml.safe_dump(settings))
    monkeypatch.setenv("CLINIC_CONFIG", str(tmp_path / "clinic.yml"))
    clinic.cache_clear()
    try:
        review = {"entity": "red_flag_review", "value": "cannot_walk", "start": 0, "end": 5}
        tracker = make_tracker("legs are dead after the hike lol", "ask_duration", [review])
        await ActionReviewRedFlag().run(dispatcher, tracker, {})
        (line,) = dispatcher.messages
        assert line["text"] == f"A nurse at {clinic().name} will read this. Severe and happening now? Call 911."
        await wait_for_tickets(ticket_store)
    finally:
        clinic.cache_clear()


async def test_the_review_runs_once_a_message_and_clears_itself(dispatcher, ticket_store):
    ordinary = make_tracker("how long does rfa take", "ask_duration", slots={"red_flag_review": "cannot_walk"})
    assert await ActionReviewRedFlag().run(dispatcher, ordinary, {}) == [
        {"event": "slot", "timestamp": None, "name": "red_flag_review", "value": None}
    ]
    review = {"entity": "red_flag_review", "value": "cannot_walk", "start": 0, "end": 5}
    again = make_tracker("legs are dead after the hike lol", "ask_duration", [review])
    again.events.append({"event": "slot", "name": "red_flag_review", "value": "cannot_walk"})  # it already ran
    assert await ActionReviewRedFlag().run(dispatcher, again, {}) == []
    assert not dispatcher.messages and not ticket_store.list()
    assert await ActionReviewRedFlag().run(dispatcher, make_tracker("thanks", "thank"), {}) == []


def test_the_review_action_is_rasas_global_slot_validation_so_it_runs_after_every_message():
    # Rasa calls action_validate_slot_mappings inside action_extract_slots after every patient
    # message, whatever the intent, and keeps its messages (a slot-mapping action's are dropped).
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    assert ActionReviewRedFlag().name() == "action_validate_slot_mappings" in domain["actions"]
    assert domain["slots"]["red_flag_review"]["mappings"] == [{"type": "custom"}]  # set by the action only
    assert "red_flag_review" in domain["entities"]


def test_the_fine_tuned_net_learns_the_examples_and_is_stored_with_the_model(tmp_path, examples):
    config = {
        **RedFlagSafetyNet.get_default_config(), "examples": [str(examples)], "fine_tune": True, "epochs": 4,
    }
    (tmp_path / "storage").mkdir()
    storage = LocalModelStorage(tmp_path / "storage")
    resource = Resource("red_flag_net")
    context = ExecutionContext(GraphSchema({}), "test")
    net = RedFlagSafetyNet.create(config, storage, resource, context)
    net.train(TrainingData([Message(data={TEXT: t, INTENT: "ask_duration"}) for t in ORDINARY]))
    loaded = RedFlagSafetyNet.load(config, storage, resource, context)
    # Its own encoder, not the shared one: the stored copy gives the same scores after loading.
    texts = ["throat closing and i can't breathe", "how long does the epidural take", "is wheezing a side effect"]
    assert [round(net.probability(t), 4) for t in texts] == [round(loaded.probability(t), 4) for t in texts]
    assert (tmp_path / "storage" / "red_flag_net" / "encoder").is_dir()
    emergency, ordinary, question = (loaded.probability(t) for t in texts)
    assert emergency > 0.5 > ordinary and emergency > question


def test_the_same_examples_read_in_another_order_give_the_same_training_set(examples):
    # rasa train's importer and load_data read the FAQ examples in different orders.
    data = [Message(data={TEXT: t, INTENT: "ask_duration"}) for t in ORDINARY]
    data.append(Message(data={TEXT: "my throat is closing", INTENT: "report_red_flag"}))
    texts, labels = training_set([str(examples)], TrainingData(data))
    again, labels_again = training_set([str(examples)], TrainingData(list(reversed(data))))
    assert texts == again and labels.tolist() == labels_again.tolist()
    assert texts == EMERGENCIES + LOOK_ALIKES + sorted(ORDINARY)  # a red-flag example is not an ordinary one
    assert labels.tolist() == [1] * len(EMERGENCIES) + [0] * (len(LOOK_ALIKES) + len(ORDINARY))


def test_fine_tuning_the_same_inputs_twice_gives_the_same_net():
    # So a net trained by hand (scripts/red_flag_net_probe.py) is the net CI trains,
    # in bfloat16 as config.yml fine-tunes it.
    import torch

    from bot.embeddings import packaged_model_path

    texts = EMERGENCIES + LOOK_ALIKES + ORDINARY
    labels = np.array([1] * len(EMERGENCIES) + [0] * (len(LOOK_ALIKES) + len(ORDINARY)))
    settings = {"epochs": 2, "learning_rate": 2e-5, "bf16": True}
    runs = [fine_tune(texts, labels, packaged_model_path(), seed=7, **settings) for _ in range(2)]
    (first, weights, bias), (second, weights_again, bias_again) = runs
    assert np.array_equal(weights, weights_again) and bias == bias_again
    probe = ["my lips are swelling", "how long does rfa take"]
    assert np.array_equal(first.encode(probe), second.encode(probe))
    # The saved encoder is float32 whatever the fine-tuning ran in.
    assert {p.dtype for p in first.parameters()} == {torch.float32}
    # A different seed, or float32, is a different net: the comparisons above can fail.
    _, other_seed, _ = fine_tune(texts, labels, packaged_model_path(), seed=8, **settings)
    _, float32, _ = fine_tune(texts, labels, packaged_model_path(), seed=7, **{**settings, "bf16": False})
    assert not np.array_equal(weights, other_seed) and not np.array_equal(weights, float32)


def test_fine_tuning_batches_cover_every_message_once_and_group_similar_lengths():
    draw = random.Random(1)
    lengths = [draw.randint(3, 150) for _ in range(BATCH_SIZE * CHUNK_BATCHES * 2 + 17)]
    epoch = length_batches(lengths, random.Random(13))
    assert sorted(i for batch in epoch for i in batch) == list(range(len(lengths)))
    assert all(len(batch) <= BATCH_SIZE for batch in epoch)
    # Padding is to the longest in each batch: far less than with the same messages in random batches.
    padded = sum(max(lengths[i] for i in batch) * len(batch) for batch in epoch)
    shuffled = list(range(len(lengths)))
    random.Random(13).shuffle(shuffled)
    padded_random = sum(
        max(lengths[i] for i in shuffled[s : s + BATCH_SIZE]) * len(shuffled[s : s + BATCH_SIZE])
        for s in range(0, len(shuffled), BATCH_SIZE)
    )
    assert padded < 0.75 * padded_random
    # Seeded: the same seed gives the same epoch, the next epoch a different order.
    rng = random.Random(13)
    assert length_batches(lengths, rng) == epoch and length_batches(lengths, rng) != epoch


def test_a_token_limit_keeps_a_fresh_sample_of_batches_within_it_each_epoch_and_changes_nothing_above_it():
    draw = random.Random(2)
    lengths = [draw.randint(3, 150) for _ in range(BATCH_SIZE * CHUNK_BATCHES + 300)]
    whole = sum(padded_tokens(batch, lengths) for batch in length_batches(lengths, random.Random(13)))
    limit = whole // 3
    rng = random.Random(13)
    first, second = (length_batches(lengths, rng, token_limit=limit) for _ in range(2))
    for epoch in (first, second):
        cost = sum(padded_tokens(batch, lengths) for batch in epoch)
        # Within the limit, and not far under it: one more batch would have gone over.
        assert limit - BATCH_SIZE * max(lengths) < cost <= limit
        indexes = [i for batch in epoch for i in batch]
        assert len(indexes) == len(set(indexes)) and len(indexes) < len(lengths) * 0.6
    # A fresh sample each epoch: the first epoch's kept batches are the start of what it drew.
    assert first != second
    assert first == length_batches(lengths, random.Random(13))[: len(first)]
    # Long messages cost more: the same limit keeps fewer of them.
    longer = [n * 2 for n in lengths]
    assert sum(map(len, length_batches(longer, random.Random(13), token_limit=limit))) < sum(map(len, first))
    # A limit below one batch still trains on one; at or above the whole epoch, nothing changes.
    assert len(length_batches(lengths, random.Random(13), token_limit=1)) == 1
    for at_or_above in (whole, whole + 1):
        assert length_batches(lengths, random.Random(13), token_limit=at_or_above) == length_batches(
            lengths, random.Random(13)
        )


@pytest.mark.parametrize(
    ("configured", "passed"), [({}, (None, False)), ({"max_tokens_per_epoch": 500000, "bf16": True}, (500000, True))]
)
def test_the_configured_token_limit_and_precision_reach_the_fine_tuning(monkeypatch, tmp_path, configured, passed):
    import bot.nlu.red_flag_net as net_module

    seen = {}

    class Saved:
        def save(self, path):
            seen["saved"] = path

    def fake_fine_tune(texts, labels, base_path, **settings):
        seen.update(settings)
        return Saved(), None, 0.0

    monkeypatch.setattr(net_module, "fine_tune", fake_fine_tune)
    monkeypatch.setattr(net_module, "load_encoder", lambda path: "encoder")
    config = {**RedFlagSafetyNet.get_default_config(), "fine_tune": True, **configured}
    net_module.learn(["a", "b"], None, config, tmp_path)
    assert (seen["token_limit"], seen["bf16"]) == passed and seen["epochs"] == 3


def test_the_replaced_message_cap_is_a_clear_error_not_silently_ignored(monkeypatch, tmp_path):
    import bot.nlu.red_flag_net as net_module

    monkeypatch.setattr(net_module, "fine_tune", lambda *args, **kwargs: pytest.fail("fine-tuned anyway"))
    config = {**RedFlagSafetyNet.get_default_config(), "fine_tune": True, "max_examples_per_epoch": 21000}
    with pytest.raises(RedFlagNetError, match="max_tokens_per_epoch"):
        net_module.learn(["a", "b"], None, config, tmp_path)
