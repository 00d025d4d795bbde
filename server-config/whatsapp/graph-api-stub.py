#!/usr/bin/env python3
"""A stand-in for Meta's Graph API, for trying Usher's WhatsApp sends by hand (standard library only).

    python3 server-config/whatsapp/graph-api-stub.py [port]      # default 8089
    WHATSAPP_API_BASE_URL=http://127.0.0.1:8089 ... mvn -Prun package

It prints every request (the bearer token masked) and answers like the Cloud API's messages
endpoint with a fresh wamid. Sending to a number ending in 0047 answers Meta's 131047 error
(24-hour window closed), one ending in 0429 the 130429 throttling error, so both can be seen.
"""
import json
import sys
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def error(status, code, message):
    return status, {"error": {"message": message, "type": "OAuthException", "code": code,
                              "fbtrace_id": "Stub" + uuid.uuid4().hex[:8]}}


class GraphApi(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        auth = "Bearer ***" if self.headers.get("Authorization", "").startswith("Bearer ") else "missing"
        print(f"POST {self.path}  Authorization: {auth}", flush=True)
        print("  " + body.decode("utf-8", "replace"), flush=True)
        to = json.loads(body or b"{}").get("to", "")
        if to.endswith("0047"):
            status, answer = error(400, 131047, "(#131047) Re-engagement message")
        elif to.endswith("0429"):
            status, answer = error(400, 130429, "(#130429) Rate limit hit")
        else:
            status, answer = 200, {"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": to}],
                                   "messages": [{"id": "wamid.stub" + uuid.uuid4().hex}]}
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8089
    print(f"Graph API stand-in on http://127.0.0.1:{port}", flush=True)
    ThreadingHTTPServer(("127.0.0.1", port), GraphApi).serve_forever()
