#!/usr/bin/env python3
"""The emulator beside Postfix, Dovecot and dnsmasq on this machine, interleaved (issue 11).

    sudo python3 tools/MailAppliance.Benchmarks/peers.py [--rounds N] [--emulator DLL] [--part smtp,pop3,dns,syscalls,growth]

A benchmark: it prints figures and judges nothing. Every server listens on 127.0.0.1 only.
It needs root: it installs postfix, dovecot-pop3d, dnsmasq, dnsperf and strace with apt-get
when missing, runs Postfix from a private config folder (which Postfix only allows once that
folder is named in /etc/postfix/main.cf's alternate_config_directories: the script adds it),
and attaches strace to the emulator.

The reference harness's jobs, each run against the emulator and its peer in alternating order:
- SMTP, one message per connection: smtp-source -s 10 -m 2000 -l 2048
- SMTP, connection reused:           smtp-source -d -s 10 -m 2000 -l 2048
- POP3 RETR of 2000 messages of 2.4 KB in one session (python poplib)
- POP3 logins/s with those 2000 messages in the box (USER, PASS, QUIT)
- DNS: dnsperf -l 10 -q 100 over the lab's names

The emulator runs with fsync on (a 250 means the message is on disk) and with --max-sessions 11
--max-sessions-per-address 10, so that smtp-source's ten sessions are all served beside the slot POP3 keeps (the board's
cap is 4; see the README). Figures of the board itself need a board.
"""
import argparse
import os
import poplib
import re
import shutil
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MESSAGES = 2000
SMTP_SESSIONS = 10
LAB_NAMES = ["mail.com A", "mail.com MX", "www.mastertech.com A", "mail.com NS", "mail.com SOA",
             "2.1.168.192.in-addr.arpa PTR"]


def run(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def install_peers():
    wanted = {"smtp-source": "postfix", "dovecot": "dovecot-pop3d", "dnsmasq": "dnsmasq",
              "dnsperf": "dnsperf", "strace": "strace"}
    missing = sorted({pkg for tool, pkg in wanted.items() if shutil.which(tool) is None})
    if missing:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def message(index, size):
    """A message of about `size` bytes with CRLF lines, as a client would send it."""
    head = (f"From: client1@mail.com\r\nTo: client2@mail.com\r\nSubject: message {index}\r\n"
            f"Date: Thu, 03 Dec 2026 10:00:00 +0000\r\nMessage-ID: <{index}@pc0.mail.com>\r\n\r\n")
    line = "The quick brown fox jumps over the lazy dog, again and again.\r\n"
    body = line * max(1, (size - len(head)) // len(line))
    return (head + body).encode()


class Emulator:
    def __init__(self, dll, root, extra=(), memory=False):
        self.data = os.path.join(root, "emulator")
        os.makedirs(self.data, exist_ok=True)
        self.smtp, self.pop3, self.dns = free_port(), free_port(), free_port()
        args = ["dotnet", dll, "--data", self.data, "--smtp-port", str(self.smtp), "--pop3-port", str(self.pop3),
                "--imap-port", str(free_port()), "--http-port", str(free_port()), "--dns-port", str(self.dns), "--max-sessions", "11", "--max-sessions-per-address", "10",
                "--max-message-size", str(30 * 1024 * 1024), *extra]
        env = dict(os.environ)
        if memory:
            args.append("--memory-stats")
            env.update(DOTNET_GCgen0size="0x10000", DOTNET_gcServer="0")
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        for line in self.process.stdout:
            if line.strip() == "ready":
                break
        # Its console writes to stdout; a pipe nobody reads would fill and hold up every session.
        self.output = []
        self.reader = threading.Thread(target=lambda: self.output.extend(self.process.stdout), daemon=True)
        self.reader.start()

    def mailbox(self, user):
        return os.path.join(self.data, "mail", user)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait()
        self.reader.join()
        found = re.search(r"peak-heap-bytes=(\d+)", "".join(self.output))
        return int(found.group(1)) if found else None


class Postfix:
    def __init__(self, root):
        self.root = os.path.join(root, "postfix")
        self.config = os.path.join(self.root, "etc")
        self.maildir = os.path.join(self.root, "vmail", "Maildir")
        os.makedirs(self.config)
        os.makedirs(os.path.join(self.root, "spool"))
        os.makedirs(os.path.join(self.root, "data"))
        shutil.chown(os.path.join(self.root, "data"), "postfix")
        os.makedirs(os.path.join(self.root, "vmail"))
        shutil.chown(os.path.join(self.root, "vmail"), "postfix", "postfix")
        self.port = free_port()
        uid, gid = run("id", "-u", "postfix").stdout.strip(), run("id", "-g", "postfix").stdout.strip()
        with open(os.path.join(self.config, "main.cf"), "w") as f:
            f.write(f"""compatibility_level = 3.6
queue_directory = {self.root}/spool
data_directory = {self.root}/data
mail_owner = postfix
myhostname = mail.com
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
virtual_mailbox_domains = mail.com
virtual_mailbox_base = {self.root}/vmail
virtual_mailbox_maps = static:Maildir/
virtual_uid_maps = static:{uid}
virtual_gid_maps = static:{gid}
maillog_file = {self.root}/postfix.log
maillog_file_prefixes = {self.root}
smtpd_client_connection_count_limit = 0
smtpd_client_connection_rate_limit = 0
default_process_limit = 100
""")
        with open("/etc/postfix/master.cf") as f:
            master = f.read()
        master = re.sub(r"(?m)^smtp\s+inet\s.*$", f"127.0.0.1:{self.port} inet n - y - - smtpd", master)
        with open(os.path.join(self.config, "master.cf"), "w") as f:
            f.write(master)
        with open("/etc/postfix/main.cf") as f:
            system = f.read()
        line = f"alternate_config_directories = {self.config}"
        if line not in system:
            with open("/etc/postfix/main.cf", "a") as f:
                f.write("\n# added by MailAppliance's peers.py benchmark\n" + line + "\n")
        run("postfix", "-c", self.config, "start")
        wait_for_port(self.port)

    def stop(self):
        subprocess.run(["postfix", "-c", self.config, "stop"], capture_output=True)

    def drain(self):
        """Waits until the queue is delivered, so the next job does not share the CPU with it."""
        deadline = time.time() + 120
        while time.time() < deadline:
            out = subprocess.run(["postqueue", "-c", self.config, "-p"], capture_output=True, text=True).stdout
            if "Mail queue is empty" in out:
                return
            time.sleep(0.2)


class Dovecot:
    def __init__(self, root, maildir):
        self.root = os.path.join(root, "dovecot")
        os.makedirs(os.path.join(self.root, "run"))
        os.makedirs(os.path.join(self.root, "state"))
        self.port = free_port()
        conf = os.path.join(self.root, "dovecot.conf")
        uid, gid = run("id", "-u", "postfix").stdout.strip(), run("id", "-g", "postfix").stdout.strip()
        with open(conf, "w") as f:
            f.write(f"""base_dir = {self.root}/run
state_dir = {self.root}/state
protocols = pop3
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
log_path = {self.root}/dovecot.log
first_valid_uid = 1
passdb {{
  driver = static
  args = password=admin
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={os.path.dirname(maildir)} mail=maildir:{maildir}
}}
service pop3-login {{
  inet_listener pop3 {{
    address = 127.0.0.1
    port = {self.port}
  }}
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
}}
pop3_uidl_format = %08Xu%08Xv
""")
        self.process = subprocess.Popen(["dovecot", "-F", "-c", conf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)

    def stop(self):
        self.process.terminate()
        self.process.wait()


class Dnsmasq:
    def __init__(self):
        self.port = free_port()
        self.process = subprocess.Popen(
            ["dnsmasq", "--no-daemon", "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--bind-interfaces",
             "--listen-address=127.0.0.1", f"--port={self.port}", "--user=root",
             "--host-record=mail.com,192.168.1.2", "--mx-host=mail.com,mail.com,10",
             "--host-record=www.mastertech.com,192.168.1.10", "--auth-zone=mail.com",
             "--auth-server=mail.com,127.0.0.1", "--log-facility=/dev/null"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)

    def stop(self):
        self.process.terminate()
        self.process.wait()


def wait_for_port(port):
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


def smtp_source(port, reuse):
    args = ["smtp-source", "-s", str(SMTP_SESSIONS), "-m", str(MESSAGES), "-l", "2048",
            "-f", "client1@mail.com", "-t", "client2@mail.com"]
    if reuse:
        args.append("-d")
    start = time.perf_counter()
    done = subprocess.run(args + [f"127.0.0.1:{port}"], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"smtp-source against port {port} failed: {done.stderr.strip()}")
    return MESSAGES / (time.perf_counter() - start)


def fill_emulator(emulator, count, size):
    folder = emulator.mailbox("client2")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for i in range(count):
        data = message(i, size)
        with open(os.path.join(folder, f"{0x10000 + i:08x},S={len(data)}.eml"), "wb") as f:
            f.write(data)


def fill_maildir(maildir, count, size):
    shutil.rmtree(maildir, ignore_errors=True)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(maildir, sub))
    for i in range(count):
        data = message(i, size)
        with open(os.path.join(maildir, "cur", f"{1700000000 + i}.M{i}P1.bench,S={len(data)}:2,"), "wb") as f:
            f.write(data)
    subprocess.run(["chown", "-R", "postfix:postfix", os.path.dirname(maildir)], check=True)


def retr_all(port):
    pop = poplib.POP3("127.0.0.1", port)
    pop.user("client2")
    pop.pass_("admin")
    count = pop.stat()[0]
    start = time.perf_counter()
    octets = 0
    for i in range(1, count + 1):
        octets += pop.retr(i)[2]
    elapsed = time.perf_counter() - start
    pop.quit()
    return count / elapsed, octets / elapsed / 1e6


def logins(port, n=200):
    start = time.perf_counter()
    for _ in range(n):
        pop = poplib.POP3("127.0.0.1", port)
        pop.user("client2")
        pop.pass_("admin")
        pop.quit()
    return n / (time.perf_counter() - start)


def dnsperf(port, root):
    queries = os.path.join(root, "queries.txt")
    with open(queries, "w") as f:
        f.write("\n".join(LAB_NAMES) + "\n")
    out = run("dnsperf", "-s", "127.0.0.1", "-p", str(port), "-d", queries, "-l", "10", "-q", "100").stdout
    found = re.search(r"Queries per second:\s+([\d.]+)", out)
    lost = re.search(r"Queries lost:\s+(\d+)", out)
    return float(found.group(1)), int(lost.group(1))


def interleaved(rounds, name, ours, theirs, unit, results):
    mine, peer = [], []
    for r in range(rounds):
        pair = [(mine, ours), (peer, theirs)]
        for values, job in (pair if r % 2 == 0 else reversed(pair)):
            values.append(job())
    results.append((name, unit, mine, peer))
    ratio = statistics.median(map(headline, mine)) / statistics.median(map(headline, peer))
    print(f"  {name}: emulator {fmt(mine)} {unit}, peer {fmt(peer)} {unit}, ratio {ratio:.2f}", flush=True)


def headline(value):
    """A job's main figure: the first of a tuple (RETR gives msg/s and MB/s; dnsperf q/s and losses)."""
    return value[0] if isinstance(value, tuple) else value


def fmt(values):
    plain = sorted(map(headline, values))
    return f"{statistics.median(plain):,.1f} (range {plain[0]:,.1f}-{plain[-1]:,.1f})"


def syscall_counts(emulator, root, action, calls):
    """Runs `action` with strace -c attached to the emulator; returns {call: count}."""
    out = os.path.join(root, "strace-c.txt")
    tracer = subprocess.Popen(["strace", "-f", "-c", "-o", out, "-e", "trace=" + calls, "-p", str(emulator.process.pid)],
                              stderr=subprocess.PIPE, text=True)
    while "attached" not in (tracer.stderr.readline() or "attached"):
        pass
    time.sleep(0.5)  # strace -c prints "attached" per thread; let every thread be attached
    action()
    time.sleep(0.3)
    tracer.send_signal(signal.SIGINT)
    tracer.wait()
    counts = {}
    with open(out) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 5 and parts[-1] in calls.split(","):
                counts[parts[-1]] = int(parts[3])  # % time, seconds, usecs/call, calls[, errors], syscall
    return counts


def smtp_once(port, size):
    data = message(0, size)
    with smtplib.SMTP("127.0.0.1", port) as s:
        s.sendmail("client1@mail.com", ["client2@mail.com"], data)


def retr_once(port, index=1):
    pop = poplib.POP3("127.0.0.1", port)
    pop.user("client2")
    pop.pass_("admin")
    pop.retr(index)
    pop.quit()


def part_syscalls(dll, root):
    print("\nSystem calls of the emulator (strace -c -f), one job each:")
    emulator = Emulator(dll, root)
    try:
        calls = "sendto,sendmsg,write,pwrite64,recvfrom,recvmsg,read,pread64,fsync,openat,rename"
        for size, label in ((2048, "2 KB"), (20 * 1024 * 1024, "20 MB")):
            c = syscall_counts(emulator, root, lambda: smtp_once(emulator.smtp, size), calls)
            print(f"  SMTP transaction (smtplib: EHLO, MAIL, RCPT, DATA of {label}, QUIT): {describe(c)}", flush=True)
        fill_emulator(emulator, 3, 2400)
        c = syscall_counts(emulator, root, lambda: retr_once(emulator.pop3), calls)
        print(f"  POP3 session (poplib: USER, PASS, RETR of 2.4 KB, QUIT): {describe(c)}", flush=True)
        fill_emulator(emulator, 1, 20 * 1024 * 1024)
        c = syscall_counts(emulator, root, lambda: retr_once(emulator.pop3), calls)
        print(f"  POP3 session with a RETR of 20 MB: {describe(c)}", flush=True)
    finally:
        emulator.stop()


def describe(c):
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))


def part_growth(dll, root):
    print("\nOne message through the emulator, by size (fresh emulator each, peak live heap after full collections):")
    for size in (2 * 1024, 200 * 1024, 2 * 1024 * 1024, 20 * 1024 * 1024):
        emulator = Emulator(dll, os.path.join(root, f"growth-{size}"), memory=True)
        start = time.perf_counter()
        smtp_once(emulator.smtp, size)
        sent = time.perf_counter() - start
        start = time.perf_counter()
        retr_once(emulator.pop3)
        read = time.perf_counter() - start
        peak = emulator.stop()
        print(f"  {size / 1024:>8,.0f} KB: SMTP {sent * 1000:8.1f} ms, POP3 RETR {read * 1000:8.1f} ms, "
              f"peak heap {peak / 1024:,.1f} KB", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--emulator", help="MailAppliance.Emulator.dll to measure (default: a Release build of this checkout)")
    parser.add_argument("--part", default="smtp,pop3,dns,syscalls,growth")
    args = parser.parse_args()
    parts = args.part.split(",")
    install_peers()
    dll = args.emulator
    if dll is None:
        run("dotnet", "build", "-c", "Release", os.path.join(REPO, "tools", "MailAppliance.Emulator"))
        dll = os.path.join(REPO, "tools", "MailAppliance.Emulator", "bin", "Release", "net10.0", "MailAppliance.Emulator.dll")
    # One fixed folder: Postfix's config folder must be named in /etc/postfix/main.cf.
    root = "/var/tmp/mailappliance-peers"
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    os.chmod(root, 0o755)
    print(f"emulator {dll}; {args.rounds} rounds, emulator and peer alternating; medians (and ranges)")
    results = []
    emulator = postfix = dovecot = dnsmasq = None
    try:
        if "smtp" in parts or "pop3" in parts:
            emulator = Emulator(dll, root)
            postfix = Postfix(root)
        if "smtp" in parts:
            print("SMTP, smtp-source 2000 x 2 KB over 10 sessions, accepted messages/s (peer: Postfix):")

            def clear():
                shutil.rmtree(emulator.mailbox("client2"), ignore_errors=True)
                postfix.drain()
                shutil.rmtree(postfix.maildir, ignore_errors=True)

            def job(port, reuse):
                clear()
                return smtp_source(port, reuse)

            interleaved(args.rounds, "one message per connection", lambda: job(emulator.smtp, False),
                        lambda: job(postfix.port, False), "msg/s", results)
            interleaved(args.rounds, "connection reused", lambda: job(emulator.smtp, True),
                        lambda: job(postfix.port, True), "msg/s", results)
            clear()
        if "pop3" in parts:
            postfix.drain()
            fill_emulator(emulator, MESSAGES, 2400)
            fill_maildir(postfix.maildir, MESSAGES, 2400)
            dovecot = Dovecot(root, postfix.maildir)
            print("POP3, 2000 messages of 2.4 KB in the box (peer: Dovecot):")
            interleaved(args.rounds, "RETR of all 2000 in one session", lambda: retr_all(emulator.pop3),
                        lambda: retr_all(dovecot.port), "msg/s", results)
            print("    (MB/s: emulator " + fmt([v[1] for v in results[-1][2]]) + ", Dovecot " + fmt([v[1] for v in results[-1][3]]) + ")")
            interleaved(args.rounds, "logins (USER, PASS, QUIT)", lambda: logins(emulator.pop3),
                        lambda: logins(dovecot.port), "logins/s", results)
        if "dns" in parts:
            dns_emulator = emulator or Emulator(dll, root)
            dnsmasq = Dnsmasq()
            print("DNS, dnsperf 10 s with 100 in flight over the lab's names (peer: dnsmasq):")
            interleaved(args.rounds, "queries", lambda: dnsperf(dns_emulator.dns, root), lambda: dnsperf(dnsmasq.port, root),
                        "queries/s", results)
            if emulator is None:
                dns_emulator.stop()
    finally:
        for server in (emulator, postfix, dovecot, dnsmasq):
            if server is not None:
                server.stop()
    if "syscalls" in parts:
        part_syscalls(dll, os.path.join(root, "syscalls"))
    if "growth" in parts:
        part_growth(dll, root)
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
