import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_production_static_build_compresses_and_hashes_every_file(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        SECRET_KEY="a-long-random-production-secret-key-" + "x" * 40,
        STATIC_ROOT=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    css = list((tmp_path / "css").glob("portal.*.css"))
    assert css, "the stylesheet gets a content hash in its name"
    assert list((tmp_path / "css").glob("portal.*.css.gz"))
    assert (tmp_path / "staticfiles.json").exists()
