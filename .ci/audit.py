"""Check the installed dependencies for known vulnerabilities with pip-audit.

Fails (exit 1) on any finding. When the vulnerability database cannot be reached, or
could audit nothing, it says so and passes: a CI run without network must not fail for
that, and must not pretend it audited either.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

UNREACHABLE = (
    "ConnectionError",
    "ProxyError",
    "NameResolutionError",
    "Max retries exceeded",
    "Temporary failure in name resolution",
    "timed out",
)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "audit.json"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip_audit",
                "--skip-editable",
                "--progress-spinner",
                "off",
                "--format",
                "json",
                "--output",
                str(report),
            ],
            capture_output=True,
            text=True,
        )
        found = json.loads(report.read_text()) if report.exists() else None
    if found is None:
        said = result.stderr + result.stdout
        if any(sign in said for sign in UNREACHABLE):
            print("dependency audit skipped: the vulnerability database could not be reached")
            return 0
        print(said, file=sys.stderr)
        return result.returncode or 1
    dependencies = found.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
            print(f"{dependency['name']} {dependency.get('version')}: {vuln['id']} ({fixed})")
    audited = [d for d in dependencies if "skip_reason" not in d]
    if vulnerable:
        print(f"{len(vulnerable)} of {len(audited)} audited packages have known vulnerabilities")
        return 1
    if not audited:
        print(
            f"dependency audit skipped: none of {len(dependencies)} packages could be looked "
            "up in the vulnerability database"
        )
        return 0
    skipped = len(dependencies) - len(audited)
    print(f"{len(audited)} packages audited, no known vulnerabilities ({skipped} not found)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
