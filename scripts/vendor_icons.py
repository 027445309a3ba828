"""Vendor the Lucide icon set into src/ozor/icons/data from an unpacked `npm pack lucide-static` tarball.

Usage: npm pack lucide-static && tar xzf lucide-static-*.tgz && python scripts/vendor_icons.py package
"""

from __future__ import annotations

import gzip
import json
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "ozor" / "icons" / "data"


def _key(nodes: list[list[object]]) -> str:
    return json.dumps(sorted(json.dumps(n, sort_keys=True) for n in nodes))


def main(package: Path) -> None:
    meta = json.loads((package / "package.json").read_text())
    nodes: dict[str, list[list[object]]] = json.loads((package / "icon-nodes.json").read_text())
    tags: dict[str, list[str]] = json.loads((package / "tags.json").read_text())
    by_shape = {_key(v): k for k, v in nodes.items()}
    # The icons/ folder also keeps the old names of renamed icons as copies; a copy is an alias.
    aliases: dict[str, str] = {}
    for svg in sorted((package / "icons").glob("*.svg")):
        if svg.stem in nodes:
            continue
        root = ET.parse(svg).getroot()
        shape = [[el.tag.rsplit("}", 1)[-1], dict(el.attrib)] for el in root]
        if (target := by_shape.get(_key(shape))) is not None:
            aliases[svg.stem] = target
    data = {
        "source": f"{meta['name']}@{meta['version']}",
        "license": meta["license"],
        "icons": nodes,
        "tags": {k: v for k, v in tags.items() if k in nodes},
        "aliases": aliases,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, separators=(",", ":"), sort_keys=True).encode()
    # mtime=0 keeps the file byte-identical across re-runs, so re-vendoring the same version is no diff.
    (OUT / "lucide.json.gz").write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    shutil.copyfile(package / "LICENSE", OUT / "LICENSE-lucide.txt")
    print(f"{len(nodes)} icons, {len(aliases)} aliases, {len(raw)} bytes raw")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
