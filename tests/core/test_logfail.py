"""The fixture that fails a test on an unexpected warning-level log line (tests/conftest.py)
fails, and lets expected lines through."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

CONFTEST = """
from tests.conftest import _warning_logs_fail, expect_log  # noqa: F401

def pytest_configure(config):
    config.addinivalue_line("markers", "allow_log_warnings: see tests/conftest.py")
"""

TESTS = """
import logging
import threading

import pytest

log = logging.getLogger("raketti.sample")

def test_info_is_fine():
    log.info("opened")

def test_unexpected_warning_fails():
    log.warning("disk almost full")

def test_warning_from_a_worker_thread_fails():
    worker = threading.Thread(target=lambda: log.error("report failed"))
    worker.start()
    worker.join()

def test_expected_warning_passes(expect_log):
    with expect_log("almost", logger="raketti.sample"):
        log.warning("disk almost full")

def test_expected_warning_that_never_comes_fails(expect_log):
    with expect_log("almost"):
        log.info("disk almost full")

def test_only_the_expected_line_is_let_through(expect_log):
    with expect_log("almost"):
        log.warning("disk almost full")
        log.warning("something else")

@pytest.mark.allow_log_warnings
def test_marked_test_may_warn():
    log.warning("tolerated")
"""


@pytest.mark.allow_log_warnings  # the inner run logs through this process's root logger too
def test_warning_log_lines_fail_unless_expected(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_sample=TESTS)
    result = pytester.runpytest("-p", "no:cacheprovider", "-q")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed") == 6  # six test bodies pass, the seventh ...
    assert outcomes.get("failed") == 1  # ... waited for an expected line that never came
    assert outcomes.get("errors") == 3  # three of the six fail at teardown
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_unexpected_warning_fails*",
            "*WARNING raketti.sample: disk almost full*",
        ]
    )
    errors = [line for line in result.stdout.lines if line.startswith("ERROR test_sample.py")]
    assert sorted(e.split("::")[1].split(" ")[0] for e in errors) == [
        "test_only_the_expected_line_is_let_through",
        "test_unexpected_warning_fails",
        "test_warning_from_a_worker_thread_fails",
    ]
    result.stdout.fnmatch_lines(["*expected a log line matching 'almost'*"])
