#!/bin/sh
# Installed as /usr/bin/@NAME@ by the Diktat package: starts the program in /opt/diktat.
exec /opt/diktat/@NAME@ "$@"
