"""The contracts every ``ChatModel`` and every ``Embedder`` pass. A plugin's tests reuse them::

class TestMyBackend(ChatModelContract):
    @staticmethod
    def build() -> ChatModel:
        return MyBackend(...)

class TestMyEmbedder(EmbedderContract):
    @staticmethod
    def build() -> Embedder:
        return MyEmbedder()
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pytest

from tailorkit.llm import ChatModel, Completion, Embedder, Message

__all__ = ["ChatModelContract", "EmbedderContract"]

ASK: list[Message] = [{"role": "user", "content": "Name three colours."}]
OTHERS: list[list[Message]] = [
    [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Name three colours, please."},
    ],
    [{"role": "user", "content": "推荐一部电影"}],
]


class ChatModelContract:
    """Subclass with ``build()``; set ``deterministic = False`` for a backend that does not promise the
    same greedy answer to the same request."""

    deterministic: ClassVar[bool] = True

    @staticmethod
    def build() -> ChatModel:
        raise NotImplementedError

    @pytest.fixture(scope="class")
    @classmethod
    def model(cls) -> ChatModel:
        return cls.build()

    def test_is_a_chat_model(self, model: ChatModel) -> None:
        assert isinstance(model, ChatModel)
        assert isinstance(getattr(type(model), "name", None), str)

    def test_answers_within_the_length_asked(self, model: ChatModel) -> None:
        answer = model.chat(ASK, max_tokens=12, temperature=0.0)
        assert isinstance(answer, Completion) and isinstance(answer.text, str) and answer.text.strip()
        assert 0 < answer.completion_tokens <= 12 and answer.prompt_tokens >= 0
        assert answer.finish_reason in ("stop", "length")

    def test_streams_what_it_would_answer(self, model: ChatModel) -> None:
        pieces = list(model.stream(ASK, max_tokens=12, temperature=0.0))
        assert pieces and all(isinstance(p, str) for p in pieces)
        if self.deterministic:
            assert "".join(pieces) == model.chat(ASK, max_tokens=12, temperature=0.0).text

    def test_the_same_request_gets_the_same_answer_whatever_came_before(self, model: ChatModel) -> None:
        if not self.deterministic:
            pytest.skip("this backend does not promise deterministic answers")
        first = model.chat(ASK, max_tokens=16, temperature=0.0).text
        for other in OTHERS:
            model.chat(other, max_tokens=16, temperature=0.0)
        assert model.chat(ASK, max_tokens=16, temperature=0.0).text == first


class EmbedderContract:
    """Subclass with ``build()``."""

    @staticmethod
    def build() -> Embedder:
        raise NotImplementedError

    @pytest.fixture(scope="class")
    @classmethod
    def embedder(cls) -> Embedder:
        return cls.build()

    def test_rows_are_unit_float32_vectors_of_its_dimension(self, embedder: Embedder) -> None:
        vectors = embedder.embed(["I drink green tea", "我对花生过敏", "?"])
        assert vectors.dtype == np.float32 and vectors.shape == (3, embedder.dim) and embedder.dim > 0
        assert np.all(np.isfinite(vectors))
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)

    def test_a_text_has_one_vector_in_any_batch(self, embedder: Embedder) -> None:
        """The same vector alone and among others: exactly at full precision; within cosine 0.97 for a
        model that quantizes its activations by the batch (the bundled model's default ``int8``)."""
        alone = embedder.embed(["Allergic to peanuts"])
        batched = embedder.embed(["Likes jazz", "Allergic to peanuts", "住在上海"])
        assert float(batched[1] @ alone[0]) > 0.97

    def test_no_texts_no_vectors(self, embedder: Embedder) -> None:
        assert embedder.embed([]).shape == (0, embedder.dim)
