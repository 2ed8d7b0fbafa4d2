"""Build the offline gazetteer into geodata/build/ (``python -m explorer.geoparse.build``)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explorer.geoparse.build import main

if __name__ == "__main__":
    raise SystemExit(main())
