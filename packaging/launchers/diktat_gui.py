"""Entry point of the bundled desktop program ``diktat`` (PyInstaller script).

Besides starting the app it answers two calls that must work without a display:

* ``diktat --selftest [...]``: the installation self-test (``dictation.selftest``);
* ``diktat --write-policy NAME=VALUE ...``: writes the machine-wide settings file; the MSI's
  custom action calls this with its public properties (see ``diktat_policy``).

On Windows this program has no console: run ``dictation.exe selftest`` there to see the
report, or ``diktat.exe --selftest --report C:\\pfad\\bericht.txt``.
"""

import sys


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--selftest"]:
        from dictation.selftest import main as selftest

        return selftest(args[1:])
    if args[:1] == ["--write-policy"]:
        import diktat_policy

        return diktat_policy.main(args[1:])
    from ui.app import main as app

    return app()


if __name__ == "__main__":
    sys.exit(main())
