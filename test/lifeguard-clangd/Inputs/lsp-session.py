"""Usage: lsp-session.py SERVER FILE FIXED [SERVER ARGS...]

Talks to SERVER (a language server on stdio) as an editor does: initialize
(with relatedInformation support), open FILE, print the diagnostics it
publishes for it, replace its text with FIXED's (didChange), print the
diagnostics published again, shut down. Each diagnostic prints as
`LINE:COL source code: message`, then its related information as
`  note LINE:COL: message` (1-based). Exits 1 if the server does not answer
within 60 seconds."""
import json
import os
import subprocess
import sys
import threading

server, path, fixed = sys.argv[1:4]
path = os.path.abspath(path)
uri = "file://" + path
proc = subprocess.Popen([server] + sys.argv[4:], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def send(msg):
    body = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive():
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise EOFError("the server closed its output")
        line = line.strip()
        if not line:
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return json.loads(proc.stdout.read(length))


def diagnostics_for(uri):
    """Reads until the server publishes diagnostics for URI; answers the
    server's own requests (clangd asks to create a progress token)."""
    while True:
        msg = receive()
        if "id" in msg and "method" in msg:
            send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
        elif msg.get("method") == "textDocument/publishDiagnostics" and msg["params"]["uri"] == uri:
            return msg["params"]["diagnostics"]


def show(title, diags):
    print(title)
    for d in diags:
        start = d["range"]["start"]
        print("%d:%d %s %s: %s" % (start["line"] + 1, start["character"] + 1,
                                   d.get("source", ""), d.get("code", ""), d["message"]))
        for r in d.get("relatedInformation", []):
            s = r["location"]["range"]["start"]
            print("  note %d:%d: %s" % (s["line"] + 1, s["character"] + 1, r["message"]))
    sys.stdout.flush()


timer = threading.Timer(60, lambda: (print("lsp-session.py: timed out", file=sys.stderr), os._exit(1)))
timer.start()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "processId": os.getpid(), "rootUri": "file://" + os.path.dirname(path),
    "capabilities": {"textDocument": {"publishDiagnostics": {"relatedInformation": True}}}}})
while "id" not in receive():
    pass
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
    "uri": uri, "languageId": "cpp", "version": 1, "text": open(path).read()}}})
show("opened:", diagnostics_for(uri))
send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
    "textDocument": {"uri": uri, "version": 2},
    "contentChanges": [{"text": open(fixed).read()}]}})
show("changed:", diagnostics_for(uri))
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
while receive().get("id") != 2:
    pass
send({"jsonrpc": "2.0", "method": "exit", "params": None})
proc.wait()
timer.cancel()
