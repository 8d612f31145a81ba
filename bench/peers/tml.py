"""Read a TimeML (.tml) article as the extraction benchmark needs it: its creation date and
its body text with the markup removed.

The benchmark times extraction, so it needs no gold annotations; keeping this reader in
``bench/`` lets it run on any folder of TimeML files, inside the repository or beside it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date


def read(path: str) -> tuple[date, str]:
    """(document creation date, body text) of one TimeML file.

    >>> import tempfile, os
    >>> tml = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
    ...        'functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>'
    ...        '<TEXT>Talks resumed <TIMEX3 tid="t1" type="DATE" value="1998-01-07">'
    ...        'yesterday</TIMEX3>.</TEXT></TimeML>')
    >>> with tempfile.NamedTemporaryFile("w", suffix=".tml", delete=False) as f:
    ...     _ = f.write(tml)
    >>> read(f.name)
    (datetime.date(1998, 1, 8), 'Talks resumed yesterday.')
    >>> os.unlink(f.name)
    """
    root = ET.parse(path).getroot()
    dct = next(
        (t.get("value", "")[:10] for t in root.iter("TIMEX3")
         if t.get("functionInDocument") == "CREATION_TIME"),
        "",
    )
    if not dct:
        raise ValueError(f"{path}: no TIMEX3 with functionInDocument=CREATION_TIME")
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    return date.fromisoformat(dct), "".join(body.itertext())
