"""The comment model gives a comment the same scores whatever it was polled with.

The shipped model is int8 with dynamic quantisation, whose activation scales are taken over
the whole input: run in a batch, a comment's probabilities moved with its neighbours and their
padding (a tweet's abuse probability from 0.009 to 0.014). A verdict that changes with the
rest of a poll cannot be explained or reproduced, so each comment is read on its own.
"""

from __future__ import annotations

import numpy as np

from monitor.scoring.engine import build_engine
from monitor.scoring.neural import NeuralScorer

COMMENT = "Cllr Reid has been fiddling his expenses for years and everyone knows it"
NEIGHBOURS = [
    "ok",
    "You absolute waste of space, get off the council you useless idiot " * 6,
    "Thanks for sorting the bins on Moor Lane so quickly, much appreciated",
    "I will find where you live",
]


def test_a_comment_scores_the_same_alone_and_among_others() -> None:
    model = NeuralScorer()
    alone = model.probabilities([COMMENT])[0]
    among = model.probabilities([NEIGHBOURS[0], NEIGHBOURS[1], COMMENT, *NEIGHBOURS[2:]])[2]
    assert np.array_equal(alone, among)


def test_the_engine_verdict_does_not_depend_on_the_rest_of_the_poll() -> None:
    engine = build_engine()
    (alone,) = engine.assess([COMMENT])
    among = engine.assess([*NEIGHBOURS, COMMENT])[-1]
    assert alone == among
