#!/usr/bin/env python3
"""Draws the Teams app icons: manifest/color.png (192x192) and manifest/outline.png (32x32).

The icon is a speech bubble holding a civic building: a question asked about the council's
constitution. Standard library only (zlib + struct), so it runs on a fresh machine:

    python3 manifest/icons/make-icons.py
"""
import os
import struct
import zlib

NAVY = (0x1F, 0x4E, 0x79)  # the manifest's accentColor
WHITE = (0xFF, 0xFF, 0xFF)
GOLD = (0xF2, 0xB7, 0x05)
SAMPLES = 4  # per axis; 16 samples a pixel give smooth edges


def rounded_rect(x0, y0, x1, y1, r):
    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    return inside


def rect(x0, y0, x1, y1):
    return lambda x, y: x0 <= x <= x1 and y0 <= y <= y1


def triangle(a, b, c):
    def side(p, q, x, y):
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])

    def inside(x, y):
        d1, d2, d3 = side(a, b, x, y), side(b, c, x, y), side(c, a, x, y)
        return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))
    return inside


def union(*shapes):
    return lambda x, y: any(s(x, y) for s in shapes)


def minus(shape, hole):
    return lambda x, y: shape(x, y) and not hole(x, y)


def render(size, background, layers):
    """Paints (shape, colour) layers over the background; returns rows of RGBA tuples."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            r, g, b, a = background
            for shape, colour in layers:
                hits = sum(
                    shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
                    for sy in range(SAMPLES) for sx in range(SAMPLES))
                if hits == 0:
                    continue
                cover = hits / (SAMPLES * SAMPLES)
                out_a = cover + a * (1 - cover)
                r, g, b = (
                    (colour[i] * cover + channel * a * (1 - cover)) / out_a
                    for i, channel in enumerate((r, g, b)))
                a = out_a
            row.append((round(r), round(g), round(b), round(a * 255)))
        rows.append(row)
    return rows


def png(rows, alpha):
    """Encodes RGBA rows as an 8-bit PNG: colour type 6 with alpha, 2 (RGB) without."""
    channels = 4 if alpha else 3
    raw = b"".join(b"\x00" + bytes(v for pixel in row for v in pixel[:channels]) for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", len(rows[0]), len(rows), 8, 6 if alpha else 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def civic_building(left, top, width, height, columns):
    """A pediment, an entablature, columns and a plinth inside the given box."""
    pediment = triangle((left + width / 2, top), (left, top + height * 0.3), (left + width, top + height * 0.3))
    entablature = rect(left + width * 0.05, top + height * 0.34, left + width * 0.95, top + height * 0.44)
    plinth = rect(left, top + height * 0.88, left + width, top + height)
    step = width * 0.8 / columns
    shafts = [rect(left + width * 0.1 + i * step + step * 0.2, top + height * 0.48,
                   left + width * 0.1 + i * step + step * 0.8, top + height * 0.84)
              for i in range(columns)]
    return pediment, union(entablature, plinth, *shafts)


def colour_icon():
    bubble = union(rounded_rect(24, 30, 168, 140, 26), triangle((50, 132), (94, 132), (40, 170)))
    pediment, body = civic_building(58, 46, 76, 80, 4)
    return render(192, (*NAVY, 1.0), [(bubble, WHITE), (pediment, GOLD), (body, NAVY)])


def outline_icon():
    outer = union(rounded_rect(2, 3, 30, 23, 5), triangle((7, 21), (13, 21), (5, 29)))
    inner = rounded_rect(4.5, 5.5, 27.5, 20.5, 3)
    pediment, body = civic_building(10, 7.5, 12, 11.5, 3)
    return render(32, (*WHITE, 0.0), [(minus(outer, inner), WHITE), (union(pediment, body), WHITE)])


def main():
    folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for name, rows, alpha in (("color.png", colour_icon(), False), ("outline.png", outline_icon(), True)):
        with open(os.path.join(folder, name), "wb") as file:
            file.write(png(rows, alpha))
        print(f"wrote {os.path.join(folder, name)}")


if __name__ == "__main__":
    main()
