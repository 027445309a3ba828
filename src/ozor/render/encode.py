"""H.264 through PyAV's bundled libx264, fed from a second thread; chunks joined without re-encoding.

Frames arrive as yuv420p buffers (the compositor works in YUV), so the encoder gets them without any
conversion. Chunk files are video-only MP4s; `join` copies their packets into the final MP4, shifted
to their place on the timeline, with the AAC track encoded alongside and `+faststart`.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from ozor.render.timeline import FPS

AUDIO_RATE = 48000
AUDIO_BLOCK = 48000  # samples per audio frame handed to the AAC encoder (it re-blocks to 1024)
TIME_BASE = Fraction(1, FPS)


class Encoder:
    """Encodes yuv420p frames to a video-only MP4 on a background thread (x264 threads do the rest)."""

    def __init__(self, path: Path, width: int, height: int, *, preset: str, crf: int, depth: int = 2):
        self.container = av.open(str(path), "w", format="mp4")
        stream = self.container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.time_base = TIME_BASE
        stream.codec_context.time_base = TIME_BASE
        stream.options = {"preset": preset, "crf": str(crf)}
        # PyAV asks for slice threads by default; x264's frame threads (ffmpeg's choice) are faster.
        stream.codec_context.thread_type = "FRAME"
        for name, value in (("color_primaries", 1), ("color_trc", 1), ("colorspace", 1), ("color_range", 1)):
            setattr(stream.codec_context, name, value)  # BT.709, limited range: what yuv.py composes
        self.stream, self.width, self.height = stream, width, height
        # Frames are reused round-robin: x264 copies a picture while encoding it, and with `depth`
        # queued plus one in the encoder's hands, a frame comes round again only after it was encoded.
        self._ring = [av.VideoFrame(width, height, "yuv420p") for _ in range(depth + 2)]
        self._views = [
            [
                np.frombuffer(memoryview(p), np.uint8).reshape(p.height, p.line_size)[:, : p.width]
                for p in f.planes
            ]
            for f in self._ring
        ]
        self._queue: queue.Queue[av.VideoFrame | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._count = 0
        self._thread = threading.Thread(target=self._run, name="ozor-encoder", daemon=True)
        self._thread.start()

    def write(self, buffer: np.ndarray) -> None:
        """Queue one frame (the buffer is copied, so the caller may reuse it at once)."""
        if self._error is not None:
            raise self._error
        slot = self._count % len(self._ring)
        frame, (y, u, v) = self._ring[slot], self._views[slot]
        flat, n = buffer.reshape(-1), self.width * self.height
        np.copyto(y, flat[:n].reshape(y.shape))
        np.copyto(u, flat[n : n + n // 4].reshape(u.shape))
        np.copyto(v, flat[n + n // 4 :].reshape(v.shape))
        frame.pts, frame.time_base = self._count, TIME_BASE
        self._count += 1
        self._queue.put(frame)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        self.container.close()
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        try:
            while (frame := self._queue.get()) is not None:
                self.container.mux(self.stream.encode(frame))
            self.container.mux(self.stream.encode(None))
        except BaseException as e:  # noqa: BLE001 -- surfaced to the producer on its next write or at close
            self._error = e
            while self._queue.get() is not None:  # unblock the producer until it closes
                pass


def join(
    chunks: list[tuple[Path, int]], audio: np.ndarray, out: Path, progress: Callable[[], None] | None = None
) -> None:
    """Concatenate chunk MP4s (each with its first global frame) and mux AAC 48 kHz stereo audio.

    `audio` is float32 (2, n) at 48 kHz. Packets are copied, not re-encoded; audio is encoded as the
    video advances, so the muxer interleaves without holding the whole file in memory.
    """
    with av.open(str(out), "w", format="mp4", options={"movflags": "+faststart"}) as output:
        with av.open(str(chunks[0][0])) as first:
            video = output.add_stream_from_template(first.streams.video[0])
            video.time_base = TIME_BASE
        sound = output.add_stream("aac", rate=AUDIO_RATE, layout="stereo")
        sound.bit_rate = 160_000
        sound.options = {
            "aac_coder": "fast"
        }  # a quarter of the default coder's time, transparent at 160 kb/s
        written = 0
        for path, start in chunks:
            with av.open(str(path)) as chunk:
                stream = chunk.streams.video[0]
                base = stream.time_base or TIME_BASE
                offset = round(start * TIME_BASE / base)
                last = start
                for packet in chunk.demux(stream):
                    if packet.dts is None or packet.pts is None:  # the demuxer's end-of-stream marker
                        continue
                    packet.pts += offset
                    packet.dts += offset
                    last = max(last, int((packet.pts + (packet.duration or 0)) * base * FPS))
                    packet.stream = video
                    output.mux(packet)
            written = _write_audio(output, sound, audio, written, int(last / FPS * AUDIO_RATE))
            if progress is not None:
                progress()
        _write_audio(output, sound, audio, written, audio.shape[1])
        output.mux(sound.encode(None))


def _write_audio(
    output: av.container.OutputContainer, stream: av.AudioStream, audio: np.ndarray, start: int, end: int
) -> int:
    end = min(end, audio.shape[1])
    for a in range(start, end, AUDIO_BLOCK):
        block = np.ascontiguousarray(audio[:, a : min(end, a + AUDIO_BLOCK)], dtype=np.float32)
        frame = av.AudioFrame.from_ndarray(block, format="fltp", layout="stereo")
        frame.sample_rate, frame.pts, frame.time_base = AUDIO_RATE, a, Fraction(1, AUDIO_RATE)
        output.mux(stream.encode(frame))
    return max(start, end)
