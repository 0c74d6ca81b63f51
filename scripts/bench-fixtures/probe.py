#!/usr/bin/env python3
# One timed run for scripts/bench.mjs. Python's pty module gives a real pseudo-terminal without a
# native Node add-on, and os.wait4 gives the child's peak RSS. Node's spawn offers neither.
#
# Input (argv[1], JSON): {"argv": [...], "env": {...}, "mode": "pipe"|"pty", "cols": 80, "rows": 30,
#                         "timeout": 10, "marker": "text"}
# mode "pipe": time from fork to exit.
# mode "pty":  time from fork to the first frame: the first output that has printable text once
#              escape sequences are removed (and contains "marker", when given: the first
#              frame that asks something, not a loading line). The child is then stopped with SIGTERM; "exit" is
#              null when it was still waiting for input, else the code it exited with by itself.
# mode "type": as "pty" up to the marker; then sends each of "before" (waiting for "ready" on
#              screen after them), then types "text" one key at a time and times each key until
#              the line typed so far is on screen: what a person waits for after each key.
# Output (stdout, JSON): {"ms": float, "maxRssKb": int, "exit": int|null, "frame": str}
#                        mode "pipe" adds "cpuMs": the child's user + system CPU time, which
#                        other programs on a busy machine disturb far less than the wall clock
#                        mode "type" adds "keys": [ms per key]
import fcntl, json, os, pty, re, select, signal, struct, sys, termios, time

ESCAPES = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-_])")


def run_pipe(spec):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.execve(spec["argv"][0], spec["argv"], spec["env"])
    _, status, usage = os.wait4(pid, 0)
    ms = (time.perf_counter() - start) * 1000
    cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
    return {"ms": ms, "cpuMs": cpu_ms, "maxRssKb": usage.ru_maxrss, "exit": os.waitstatus_to_exitcode(status), "frame": ""}


def run_pty(spec):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        # Size the terminal before the program can ask for it.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", spec.get("rows", 30), spec.get("cols", 80), 0, 0))
        os.execve(spec["argv"][0], spec["argv"], spec["env"])
    seen = b""
    ms = None
    marker = spec["marker"].encode() if spec.get("marker") else None
    deadline = start + spec.get("timeout", 10)
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        text = ESCAPES.sub(b"", seen).strip()
        if text and (marker is None or marker in text):
            ms = (time.perf_counter() - start) * 1000
            break
    # An interactive frame waits for keys: a program that printed an error and quit is not one.
    # Untimed, keep reading for a moment and see whether the child is still there.
    alive_until = time.perf_counter() + 0.2
    exited = None
    while time.perf_counter() < alive_until and exited is None:
        if select.select([fd], [], [], 0.02)[0]:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                pass
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            exited = os.waitstatus_to_exitcode(status)
    if exited is not None:
        frame = ESCAPES.sub(b"", seen).decode("utf-8", "replace").strip()[:200]
        os.close(fd)
        return {"ms": ms, "maxRssKb": usage.ru_maxrss, "exit": exited, "frame": frame}
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    # Drain so the child never blocks on a full pty while it exits.
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if select.select([fd], [], [], 0.05)[0]:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    os.close(fd)
    frame = ESCAPES.sub(b"", seen).decode("utf-8", "replace").strip()[:200]
    return {"ms": ms, "maxRssKb": usage.ru_maxrss, "exit": None, "frame": frame}


def read_until(fd, wanted, deadline, since=b""):
    """Reads the pty until `wanted` is in the text printed since the call; False on timeout."""
    seen = since
    while time.perf_counter() < deadline:
        if not select.select([fd], [], [], 0.01)[0]:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        seen += chunk
        if wanted in ESCAPES.sub(b"", seen):
            return True
    return False


def run_typing(spec):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", spec.get("rows", 30), spec.get("cols", 80), 0, 0))
        os.execve(spec["argv"][0], spec["argv"], spec["env"])
    deadline = time.perf_counter() + spec.get("timeout", 20)
    keys = []
    ok = read_until(fd, spec["marker"].encode(), deadline)
    for key in spec.get("before", []):
        if not ok:
            break
        time.sleep(0.1)
        os.write(fd, key.encode())
        ok = read_until(fd, spec["ready"].encode(), deadline)
    # Let the session settle (its background loading starts 50 ms after the first frame).
    time.sleep(spec.get("settle", 1.0))
    while ok and select.select([fd], [], [], 0.05)[0]:
        os.read(fd, 65536)
    typed = ""
    for char in spec["text"] if ok else "":
        typed += char
        start = time.perf_counter()
        os.write(fd, char.encode())
        if not read_until(fd, typed.encode(), deadline):
            ok = False
            break
        keys.append((time.perf_counter() - start) * 1000)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    return {"ms": None, "maxRssKb": usage.ru_maxrss, "exit": None if ok else 1, "frame": "", "keys": keys}


def main():
    spec = json.loads(sys.argv[1])
    mode = spec.get("mode")
    result = run_typing(spec) if mode == "type" else run_pty(spec) if mode == "pty" else run_pipe(spec)
    sys.stdout.write(json.dumps(result))


main()
