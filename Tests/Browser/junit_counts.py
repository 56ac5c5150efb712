"""Prints "PASSED FAILED" from pytest's JUnit XML report, for `make test`'s last line.

Usage: junit_counts.py REPORT.xml PYTEST_EXIT_STATUS

Failed counts failures and errors (a fixture that fails in set-up or tear-down is an
error); skipped tests are neither. A missing or unreadable report, or a pytest that
exited non-zero with no failed test in its report (exit 5: no tests collected, an
internal error, an interrupt), counts as one failed, so the line never reads
"0 failed" for a run that failed.
"""

import sys
import xml.etree.ElementTree as ElementTree


def counts(path: str, exit_status: int) -> tuple[int, int]:
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        print(f"junit_counts: no readable report at {path}: {error}", file=sys.stderr)
        return 0, 1
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    tests = failed = skipped = 0
    for suite in suites:
        tests += int(suite.get("tests", 0))
        failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skipped += int(suite.get("skipped", 0))
    passed = tests - failed - skipped
    if exit_status != 0 and failed == 0:
        print(f"junit_counts: pytest exited {exit_status} with no failed test in {path}", file=sys.stderr)
        failed = 1
    return passed, failed


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: junit_counts.py REPORT.xml PYTEST_EXIT_STATUS")
    passed, failed = counts(sys.argv[1], int(sys.argv[2]))
    print(passed, failed)
