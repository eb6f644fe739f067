"""The custom Rasa NLU components, run on rasa Message objects."""
from __future__ import annotations

import numpy as np
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.components import EmptyMessageGuard, ProcedureEntityExtractor, SentenceEmbeddingFeaturizer


class _Context:
    node_name = "test_node"


def create(component, config=None):
    return component.create({**component.get_default_config(), **(config or {})}, None, None, _Context())


@pytest.fixture(scope="module")
def extractor():
    return create(ProcedureEntityExtractor)


def test_extractor_adds_normalised_procedure_entities(extractor):
    [message] = extractor.process([Message.build(text="is a radiofrequncy ablation worse than an epidural?")])
    entities = message.get("entities")
    assert [(e["entity"], e["value"]) for e in entities] == [("procedure", "rfa"), ("procedure", "esi")]
    assert all(e["extractor"] == "ProcedureEntityExtractor" for e in entities)
    text = message.get("text")
    assert text[entities[1]["start"] : entities[1]["end"]] == "epidural"


def test_extractor_leaves_messages_without_procedures_alone(extractor):
    [message] = extractor.process([Message.build(text="thanks so much")])
    assert not message.get("entities")


def test_featurizer_adds_a_unit_sentence_vector(encoder):
    featurizer = create(SentenceEmbeddingFeaturizer)
    messages = featurizer.process([Message.build(text="will i be awake"), Message.build(text="")])
    [features] = messages[0].features
    assert features.type == "sentence" and features.features.shape == (1, 384)
    assert np.isclose(np.linalg.norm(features.features), 1.0, atol=1e-3)
    assert not messages[1].features


@pytest.mark.parametrize("text", ["", "  ", "😀😀😀", "???"])
def test_guard_sends_wordless_messages_to_fallback(text):
    message = Message.build(text=text)
    message.set("intent", {"name": None, "confidence": 0.0})
    [message] = create(EmptyMessageGuard).process([message])
    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 1.0}


@pytest.mark.parametrize("text", ["hi 😀", "/greet", "rfa?"])
def test_guard_keeps_messages_with_words(text):
    message = Message.build(text=text)
    message.set("intent", {"name": "greet", "confidence": 0.9})
    [message] = create(EmptyMessageGuard).process([message])
    assert message.get("intent")["name"] == "greet"
