#!/usr/bin/env python3
"""Drives a program through a pseudo-terminal, as a person at a keyboard would.

Usage: drive.py SCENARIO.json. The scenario is {"argv": [...], "env": {...}, "steps": [...]},
each step one of {"send": TEXT}, {"expect": REGEX, "timeout": SECONDS}, {"sleep": SECONDS},
{"exit": SECONDS}, {"kill": SIGNAL} (sends it, then waits for the end). Prints one JSON object: ok, the failed step (or null), the exit status,
the seconds each expect waited, and the transcript with terminal escapes removed.

Keys go out no sooner than SETTLE seconds after the last expected text came in, as a
person's would: libedit switches the terminal to raw mode around the time it prints the
prompt, and a key that arrives before that is read by the terminal in cooked mode, where a
Ctrl-D on an empty line is lost.
"""
import fcntl, json, os, pty, re, select, signal, struct, sys, termios, time

SETTLE = 0.25
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]|\r")


def main():
    scenario = json.load(open(sys.argv[1]))
    env = dict(os.environ, TERM="xterm", COLUMNS="120", LINES="40")
    env.update(scenario.get("env", {}))
    pid, fd = pty.fork()
    if pid == 0:
        # As from a login shell: no signal blocked or ignored by whoever started the driver.
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        for number in (signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP):
            signal.signal(number, signal.SIG_DFL)
        os.execvpe(scenario["argv"][0], scenario["argv"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    raw, seen, waits, failed, status = b"", 0, [], None, None
    last_expect = 0.0

    def read_for(seconds):
        nonlocal raw
        end = time.time() + seconds
        while True:
            left = end - time.time()
            if left <= 0:
                return
            ready, _, _ = select.select([fd], [], [], min(left, 0.05))
            if ready:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    return
                if not data:
                    return
                raw += data
                return

    for index, step in enumerate(scenario["steps"]):
        if "send" in step:
            while time.time() < last_expect + SETTLE:
                read_for(last_expect + SETTLE - time.time())
            os.write(fd, step["send"].encode())
        elif "sleep" in step:
            end = time.time() + step["sleep"]
            while time.time() < end:
                read_for(end - time.time())
        elif "expect" in step:
            pattern = re.compile(step["expect"].encode(), re.S)
            started = time.time()
            deadline = started + step.get("timeout", 10)
            while True:
                clean = ESCAPES.sub(b"", raw)
                match = pattern.search(clean, seen)
                if match:
                    seen = match.end()
                    waits.append(round(time.time() - started, 3))
                    last_expect = time.time()
                    break
                if time.time() > deadline:
                    failed = index
                    break
                read_for(0.05)
            if failed is not None:
                break
        elif "kill" in step:
            os.kill(pid, step["kill"])
            _, code = os.waitpid(pid, 0)
            status = os.WEXITSTATUS(code) if os.WIFEXITED(code) else -os.WTERMSIG(code)
        elif "exit" in step:
            deadline = time.time() + step["exit"]
            while time.time() < deadline:
                done, code = os.waitpid(pid, os.WNOHANG)
                if done:
                    status = os.WEXITSTATUS(code) if os.WIFEXITED(code) else -os.WTERMSIG(code)
                    break
                read_for(0.05)
            if status is None:
                failed = index
                break
    if status is None:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass
    print(json.dumps({"ok": failed is None, "failed_step": failed, "exit": status, "waits": waits,
                      "transcript": ESCAPES.sub(b"", raw).decode("utf-8", "replace")}))


main()
