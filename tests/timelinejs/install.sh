#!/usr/bin/env bash
# Install TimelineJS (pinned in package-lock.json) for tests/test_html_browser.py's render
# of the TimelineJS export. .ci/run calls this; without it the render test is skipped.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --silent --no-audit --no-fund
