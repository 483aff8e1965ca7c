#!/usr/bin/env python3
"""Writes the verdict sounds (resources/sounds/*.wav): short 16 kHz mono 16-bit tones made here, so they
carry no third-party licence. Run again after changing a tone; each file stays well under 30 KB."""
import math
import os
import struct
import wave

RATE = 16000
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "sounds")


def tone(freq, secs, volume=0.6, shape="sine"):
    n = int(RATE * secs)
    out = []
    for i in range(n):
        t = i / RATE
        # 5 ms attack, exponential decay: a bell, not a click
        env = min(1.0, i / (0.005 * RATE)) * math.exp(-3.0 * t / secs)
        if shape == "square":
            v = 1.0 if math.sin(2 * math.pi * freq * t) >= 0 else -1.0
            v *= 0.5
        else:
            v = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            v /= 1.3
        out.append(v * env * volume)
    return out


def silence(secs):
    return [0.0] * int(RATE * secs)


def write(name, samples):
    path = os.path.join(HERE, name)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))
    print(path, os.path.getsize(path), "bytes")


os.makedirs(HERE, exist_ok=True)
# accepted: a rising major third, bright
write("accepted.wav", tone(880, 0.12) + tone(1109, 0.28))
# refused: a low buzz, twice
write("refused.wav", tone(160, 0.18, 0.5, "square") + silence(0.06) + tone(160, 0.22, 0.5, "square"))
# choice: two even mid notes, asking
write("choice.wav", tone(660, 0.14) + silence(0.05) + tone(660, 0.14))
# failed: one long low falling pair
write("failed.wav", tone(330, 0.2) + tone(247, 0.3))
