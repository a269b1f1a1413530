"""Entry point of the bundled command-line program ``dictation`` (PyInstaller script).

``dictation selftest`` and ``dictation write-policy`` are answered here, so that the bundle
offers them whatever ``dictation.cli`` wires; everything else goes to ``dictation.cli``.
"""

import sys


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["selftest"]:
        from dictation.selftest import main as selftest

        return selftest(args[1:])
    if args[:1] == ["write-policy"]:
        import diktat_policy

        return diktat_policy.main(args[1:])
    from dictation.cli import main as cli

    return cli()


if __name__ == "__main__":
    sys.exit(main())
