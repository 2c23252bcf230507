#!/usr/bin/env python3
"""Measures Liaison during a database outage: signs in as the demo director, stops the database, sends 15 requests
(two signed-in pages, one API call, repeated), prints each answer's status and time and the log lines they caused,
starts the database again and checks recovery.

usage: .ci/outage-measure.py PORT SERVER_LOG DEMO_PASSWORD "STOP_DB_COMMAND" "START_DB_COMMAND"
e.g.   .ci/outage-measure.py 18753 /tmp/payara.log "$LIAISON_DEMO_PASSWORD" \
           "su postgres -c 'pg_ctl -D /tmp/pg/data -m fast -w stop'" "su postgres -c 'pg_ctl -D /tmp/pg/data -w start ...'"
"""
import sys, time, re, http.cookiejar, urllib.request, urllib.parse, base64, subprocess
BASE = "http://127.0.0.1:%s/liaison" % sys.argv[1]
LOG = sys.argv[2]
PW = sys.argv[3]
STOP, START = sys.argv[4], sys.argv[5]
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
def call(url, data=None, headers={}):
    req = urllib.request.Request(url, data=data, headers=headers)
    t = time.time()
    try:
        r = opener.open(req, timeout=60); status, body, hdrs = r.status, r.read().decode(), r.headers
    except urllib.error.HTTPError as e:
        status, body, hdrs = e.code, e.read().decode(errors="replace"), e.headers
    return status, time.time() - t, body, hdrs
s, _, body, _ = call(BASE + "/login")
action = re.search(r'<form id="login"[^>]*action="([^"]+)"', body).group(1).replace("&amp;", "&")
fields = dict(re.findall(r'<input type="hidden" name="([^"]+)"[^>]*value="([^"]*)"', body))
fields.update({"login:username": "director", "login:password": PW, "login:submit": ""})
s, _, _, _ = call("http://127.0.0.1:%s" % sys.argv[1] + action, urllib.parse.urlencode(fields).encode(),
                  {"Content-Type": "application/x-www-form-urlencoded"})
print("sign-in", s)
s, t, _, _ = call(BASE + "/")
print("home before outage", s, "%.2fs" % t)
basic = {"Authorization": "Basic " + base64.b64encode(b"director:" + PW.encode()).decode(), "Accept": "application/json"}
s, t, _, _ = call(BASE + "/api/agencies?limit=5", headers=basic)
print("api before outage", s, "%.2fs" % t)
subprocess.run(STOP, shell=True, check=True); time.sleep(1)
def lines(): return sum(1 for _ in open(LOG, errors="replace"))
def traces(): return sum(1 for l in open(LOG, errors="replace") if l.lstrip().startswith("at "))
l0, tr0 = lines(), traces()
results = []
for i in range(15):
    if i % 3 == 2:
        s, t, b, h = call(BASE + "/api/agencies?limit=5", headers=basic); kind = "api"
    elif i % 3 == 1:
        s, t, b, h = call(BASE + "/agencies/"); kind = "page"
    else:
        s, t, b, h = call(BASE + "/"); kind = "page"
    results.append((kind, s, t, h.get("Retry-After"), h.get("Content-Type")))
    print(i, kind, s, "%.2fs" % t, "Retry-After=%s" % h.get("Retry-After"), h.get("Content-Type"))
time.sleep(2)
l1, tr1 = lines(), traces()
print("RESULT requests=15 log_lines=%d stack_frames=%d max_s=%.2f mean_s=%.2f" % (l1 - l0, tr1 - tr0,
      max(r[2] for r in results), sum(r[2] for r in results) / 15))
subprocess.run(START, shell=True, check=True)
time.sleep(6)
l2 = lines()
for i in range(3):
    s, t, _, _ = call(BASE + "/"); print("after restart page", s, "%.2fs" % t)
    s, t, _, _ = call(BASE + "/api/agencies?limit=5", headers=basic); print("after restart api", s, "%.2fs" % t)

print("after restart: log lines during 6 recovery requests=%d" % (lines() - l2))
