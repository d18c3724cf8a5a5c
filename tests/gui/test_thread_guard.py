"""The guard fixture fails a test that leaves a QThread running, and passes one that stops it."""

from pathlib import Path

CONFTEST = Path(__file__).with_name("conftest.py").read_text(encoding="utf-8")


def test_a_leaked_thread_fails_the_test(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile("""
        from PySide6.QtCore import QThread

        KEEP = []

        def test_leaks():
            thread = QThread()
            thread.start()
            KEEP.append(thread)

        def test_cleans_up():
            thread = QThread()
            thread.start()
            thread.quit()
            thread.wait()
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*left 1 QThread(s) running*"])
