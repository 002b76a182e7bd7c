"""``make bench``: figures against the targets in DESIGN.md, as ratios to raw floors."""
