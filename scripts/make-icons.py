#!/usr/bin/env python3
"""Draws the extension's icons (public/icon/*.png) with the standard library only.

An original mark: a teal rounded square with a white speech-bubble-like ring and a dot, so it never
looks like a State product (no Marianne, no blue-white-red)."""
import struct
import zlib
from pathlib import Path

TEAL = (0, 105, 110, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x: float, y: float) -> tuple:
    # Coordinates in [0, 1].
    r = 0.2  # corner radius
    cx = min(max(x, r), 1 - r)
    cy = min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return CLEAR
    d = ((x - 0.5) ** 2 + (y - 0.5) ** 2) ** 0.5
    if 0.22 <= d <= 0.32 and not (x > 0.55 and abs(y - 0.5) < 0.09):  # a "C" ring, open to the right
        return WHITE
    if ((x - 0.72) ** 2 + (y - 0.5) ** 2) ** 0.5 <= 0.07:  # the dot: a colleague
        return WHITE
    return TEAL


def png(size: int) -> bytes:
    ss = 4  # supersampling for smooth edges
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(ss):
                for si in range(ss):
                    p = pixel((i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size)
                    for k in range(3):
                        acc[k] += p[k] * p[3]
                    acc[3] += p[3]
            a = acc[3] / (ss * ss)
            rgb = [int(acc[k] / acc[3]) if acc[3] else 0 for k in range(3)]
            row += bytes(rgb + [int(a)])
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')


out = Path(__file__).resolve().parent.parent / 'public' / 'icon'
out.mkdir(parents=True, exist_ok=True)
for s in (16, 32, 48, 96, 128):
    (out / f'{s}.png').write_bytes(png(s))
print('icons written to', out)
