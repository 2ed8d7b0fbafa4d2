"""Build the offline gazetteer into geodata/build/ (same as ``python -m explorer.geoparse.build``)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explorer.geoparse.build import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
