#!/bin/sh
# Runs the lifeguard command from PATH (LIFEGUARD overrides it) for
# lifeguard.bzl's actions.
exec "${LIFEGUARD:-lifeguard}" "$@"
