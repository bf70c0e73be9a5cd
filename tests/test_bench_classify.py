"""The classifier benchmark's own steps run (make bench is not part of make test): every cache
it empties between passes exists, so a cache lost in a change fails here, not at bench time."""

from bench.classify import _one_pass, baseline
from bot.understand import classify
from bot.understand.normalise import normalise


def test_a_pass_of_the_classify_benchmark_runs_from_cold_caches():
    assert _one_pass(classify, ["at college doing plumbing", "stop"]) >= 0
    assert normalise.cache_info().misses >= 2  # normalise is cached, as the service relies on


def test_the_keyword_baseline_reads_what_it_is_meant_to():
    assert baseline("STOP texting") == "opt_out" and baseline("hmm") == "unclear"
