"""Grades a learner's code against an exercise's hidden checks.

One file, run as it is by the browser's Python worker (Pyodide), by the build's content check and
by the unit tests (CPython), so a verdict means the same everywhere. `grade()` returns a JSON string:
{"error": str | None, "stdout": str, "results": [{"name", "passed", "detail"}]}.
`error` is set when the learner's code itself could not run (a syntax error, an exception at the
top level); then no check runs and every result fails with that detail.
"""

import contextlib
import io
import json
import traceback


def _last_line(exc: BaseException) -> str:
    return traceback.format_exception_only(type(exc), exc)[-1].strip()


def _where(exc: BaseException, filename: str) -> str:
    """" (line N)" for the deepest frame in the learner's code, or ""."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == filename:
            line = frame.lineno
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        line = exc.lineno
    return f" (line {line})" if line else ""


def grade(code: str, checks: list) -> str:
    """Runs `code`, then each check in a shallow copy of its namespace."""
    stdout = io.StringIO()
    namespace = {"__name__": "__main__"}
    error = None
    try:
        compiled = compile(code, "<your code>", "exec")
        with contextlib.redirect_stdout(stdout):
            exec(compiled, namespace)
    except (Exception, SystemExit) as exc:
        error = _last_line(exc) + _where(exc, "<your code>")
    results = []
    for check in checks:
        name = check["name"]
        if error is not None:
            results.append({"name": name, "passed": False, "detail": "your code did not run: " + error})
            continue
        env = dict(namespace)
        try:
            with contextlib.redirect_stdout(stdout):
                exec(compile(check["code"], "<check " + name + ">", "exec"), env)
        except AssertionError as exc:
            results.append({"name": name, "passed": False, "detail": str(exc)})
        except (Exception, SystemExit) as exc:
            results.append({"name": name, "passed": False, "detail": "got " + _last_line(exc) + _where(exc, "<your code>")})
        else:
            results.append({"name": name, "passed": True, "detail": ""})
    return json.dumps({"error": error, "stdout": stdout.getvalue(), "results": results})


if __name__ == "__main__":
    # CPython entry for the tests: a JSON list of {"code", "checks"} on stdin, a JSON list of verdicts out.
    import sys

    jobs = json.load(sys.stdin)
    print(json.dumps([json.loads(grade(job["code"], job["checks"])) for job in jobs]))
