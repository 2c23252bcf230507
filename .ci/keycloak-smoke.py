#!/usr/bin/env python3
"""Keycloak smoke test of the intranet portal integration, outside the main CI (issue 14).

Starts a real Keycloak 26 (the keycloak-quarkus-dist zip from Maven Central; it needs Java 21+) and Liaison from the
packaged WAR, configures a realm as a hospital would (a confidential client for Liaison's sign-in, a service-account
client for the portal's server whose realm role PORTAL reaches its tokens' groups claim with the liaison-api audience,
and a staff member), then checks with Keycloak's own tokens and login form:
  1. the portal's client-credentials token reads who-to-call, a facility's summary and a person's trainings (200);
  2. the same token with its signature tampered with answers 401 with a Bearer challenge;
  3. the staff member signs in through Keycloak's login form and lands in Liaison signed in, as the demo officer.
Prints one line per check; exits 1 when one fails, 0 when all pass, and 0 with "skipped" when no JDK 21+ is found.

usage (from the repository root, after ./mvnw -B -ntp package -DskipTests):
    .ci/keycloak-smoke.py            # JAVA21_HOME=/path/to/jdk picks the JDK for Keycloak; else /usr/lib/jvm is searched
About 3-10 minutes on two cores: Keycloak's start-dev builds its server first (~30 s on an idle machine, five minutes
on a loaded one).
"""
import glob, http.cookiejar, json, os, re, secrets, shutil, signal, socket, subprocess, sys, tempfile, time, zipfile
import urllib.error, urllib.parse, urllib.request

KEYCLOAK = "26.7.3"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WAR = os.path.join(ROOT, "liaison-web/target/liaison.war")
MICRO = os.path.join(ROOT, "liaison-web/target/payara-micro.jar")
PREBOOT = os.path.join(ROOT, "liaison-web/src/main/payara/preboot.txt")


def java21():
    candidates = [os.environ.get("JAVA21_HOME", "")] + sorted(glob.glob("/usr/lib/jvm/*"), reverse=True)
    for home in candidates:
        java = os.path.join(home, "bin/java")
        if home and os.path.isfile(java):
            out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
            m = re.search(r'version "(\d+)', out)
            if m and int(m.group(1)) >= 21:
                return home
    return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackCookies(http.cookiejar.DefaultCookiePolicy):
    """Sends Keycloak's Secure cookies over plain HTTP to 127.0.0.1, as browsers do for the loopback address."""

    def return_ok_secure(self, cookie, request):
        return True


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def call(opener, url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        r = opener.open(req, timeout=60)
        return r.status, r.read().decode(errors="replace"), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace"), e.headers
    except (urllib.error.URLError, ConnectionError, socket.timeout) as e:
        return 0, str(e), {}


def wait_for(url, what, seconds=300):
    plain = urllib.request.build_opener(NoRedirect)
    deadline = time.time() + seconds
    while time.time() < deadline:
        if call(plain, url)[0] == 200:
            return
        time.sleep(2)
    raise SystemExit("FAIL %s not ready after %d s (%s)" % (what, seconds, url))


def main():
    jdk = java21()
    if jdk is None:
        print("skipped: Keycloak %s needs Java 21+, and none was found (set JAVA21_HOME)" % KEYCLOAK)
        return 0
    for f in (WAR, MICRO):
        if not os.path.isfile(f):
            raise SystemExit("FAIL %s is missing: run ./mvnw -B -ntp package -DskipTests first" % f)
    work = tempfile.mkdtemp(prefix="liaison-keycloak-")
    procs = []
    try:
        dist = os.path.expanduser("~/.m2/repository/org/keycloak/keycloak-quarkus-dist/%s/keycloak-quarkus-dist-%s.zip"
                                  % (KEYCLOAK, KEYCLOAK))
        if not os.path.isfile(dist):
            subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-ntp", "-q", "dependency:get", "-Dtransitive=false",
                            "-Dartifact=org.keycloak:keycloak-quarkus-dist:%s:zip" % KEYCLOAK], check=True)
        with zipfile.ZipFile(dist) as z:
            z.extractall(work)
        kc_home = os.path.join(work, "keycloak-%s" % KEYCLOAK)
        for script in glob.glob(os.path.join(kc_home, "bin/*.sh")):
            os.chmod(script, 0o755)
        kc_port, mgmt_port, liaison_port = free_port(), free_port(), free_port()
        admin_password = secrets.token_urlsafe(16)
        env = dict(os.environ, JAVA_HOME=jdk, PATH=os.path.join(jdk, "bin") + ":" + os.environ["PATH"],
                   KC_BOOTSTRAP_ADMIN_USERNAME="admin", KC_BOOTSTRAP_ADMIN_PASSWORD=admin_password)
        kc_log = open(os.path.join(work, "keycloak.log"), "w")
        procs.append(subprocess.Popen([os.path.join(kc_home, "bin/kc.sh"), "start-dev", "--http-host=127.0.0.1",
                                       "--http-port=%d" % kc_port, "--http-management-port=%d" % mgmt_port],
                                      env=env, stdout=kc_log, stderr=subprocess.STDOUT, start_new_session=True))
        kc = "http://127.0.0.1:%d" % kc_port
        started = time.time()
        wait_for(kc + "/realms/master/.well-known/openid-configuration", "Keycloak", 900)
        print("Keycloak %s ready in %.0f s" % (KEYCLOAK, time.time() - started))

        # the hospital's realm, through Keycloak's admin REST API
        plain = urllib.request.build_opener(NoRedirect)
        s, body, _ = call(plain, kc + "/realms/master/protocol/openid-connect/token", urllib.parse.urlencode(
            {"grant_type": "password", "client_id": "admin-cli", "username": "admin",
             "password": admin_password}).encode())
        admin = {"Authorization": "Bearer " + json.loads(body)["access_token"], "Content-Type": "application/json"}

        def kc_admin(method, path, payload=None, expect=(200, 201, 204)):
            s, body, _ = call(plain, kc + "/admin/realms" + path, None if payload is None
                              else json.dumps(payload).encode(), admin, method)
            if s not in expect:
                raise SystemExit("FAIL Keycloak admin %s %s -> %s %s" % (method, path, s, body[:300]))
            return json.loads(body) if body.strip() else None

        liaison = "http://127.0.0.1:%d/liaison" % liaison_port
        liaison_secret, portal_secret, staff_password = (secrets.token_urlsafe(24) for _ in range(3))
        kc_admin("POST", "", {"realm": "hospital", "enabled": True})
        kc_admin("POST", "/hospital/roles", {"name": "PORTAL"})
        kc_admin("POST", "/hospital/clients", {
            "clientId": "liaison", "secret": liaison_secret, "publicClient": False, "standardFlowEnabled": True,
            "redirectUris": [liaison + "/*"], "attributes": {"post.logout.redirect.uris": liaison + "/*"}})
        kc_admin("POST", "/hospital/clients", {
            "clientId": "intranet-portal", "secret": portal_secret, "publicClient": False,
            "standardFlowEnabled": False, "serviceAccountsEnabled": True,
            "protocolMappers": [
                {"name": "groups", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-realm-role-mapper",
                 "config": {"claim.name": "groups", "multivalued": "true", "jsonType.label": "String",
                            "access.token.claim": "true"}},
                {"name": "liaison-api", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
                 "config": {"included.custom.audience": "liaison-api", "access.token.claim": "true"}}]})
        portal_client = kc_admin("GET", "/hospital/clients?clientId=intranet-portal")[0]["id"]
        account = kc_admin("GET", "/hospital/clients/%s/service-account-user" % portal_client)["id"]
        role = kc_admin("GET", "/hospital/roles/PORTAL")
        kc_admin("POST", "/hospital/users/%s/role-mappings/realm" % account, [role])
        kc_admin("POST", "/hospital/users", {
            "username": "officer", "enabled": True, "email": "owen.officer@health.example.org",
            "emailVerified": True, "firstName": "Owen", "lastName": "Officer",
            "credentials": [{"type": "password", "value": staff_password, "temporary": False}]})
        print("realm hospital configured (clients liaison and intranet-portal, role PORTAL, user officer)")

        # Liaison, as the README runs it, with the hospital's provider
        demo_password = "Smoke-" + secrets.token_urlsafe(12)
        liaison_env = dict(os.environ, LIAISON_DEMO="true", LIAISON_DEMO_PASSWORD=demo_password,
                           LIAISON_DATA_DIR=os.path.join(work, "data"),
                           LIAISON_OIDC_PROVIDER_URI=kc + "/realms/hospital", LIAISON_OIDC_CLIENT_ID="liaison",
                           LIAISON_OIDC_CLIENT_SECRET=liaison_secret)
        for name in ("LIAISON_DB_URL", "LIAISON_DB_USER", "LIAISON_DB_PASSWORD", "LIAISON_DB_DRIVER"):
            liaison_env.pop(name, None)
        payara_log = open(os.path.join(work, "payara.log"), "w")
        procs.append(subprocess.Popen(["java", "-Dproduct.name=Liaison", "-jar", MICRO, "--deploy", WAR,
                                       "--contextroot", "liaison", "--port", str(liaison_port), "--nocluster",
                                       "--prebootcommandfile", PREBOOT], env=liaison_env, stdout=payara_log,
                                      stderr=subprocess.STDOUT, start_new_session=True))
        started = time.time()
        wait_for("http://127.0.0.1:%d/health/ready" % liaison_port, "Liaison", 420)
        print("Liaison ready in %.0f s" % (time.time() - started))

        failures = []

        def check(what, ok, detail=""):
            print(("ok   " if ok else "FAIL ") + what + ("" if ok else ": " + detail))
            if not ok:
                failures.append(what)

        s, body, _ = call(plain, kc + "/realms/hospital/protocol/openid-connect/token", urllib.parse.urlencode(
            {"grant_type": "client_credentials", "client_id": "intranet-portal",
             "client_secret": portal_secret}).encode())
        token = json.loads(body)["access_token"]
        bearer = {"Authorization": "Bearer " + token, "Accept": "application/json"}
        for path in ("/api/relationships/who-to-call?facility=RGH", "/api/relationships/summary?facility=RGH",
                     "/api/people/officer/trainings", "/api/people/officer/action-items"):
            s, body, _ = call(plain, liaison + path, headers=bearer)
            check("the portal's Keycloak token reads " + path, s == 200, "%s %s" % (s, body[:300]))
        s, body, _ = call(plain, liaison + "/api/agencies", headers=bearer)
        check("the portal's token reads nothing else (/api/agencies: 403)", s == 403, "%s %s" % (s, body[:200]))
        head, payload, signature = token.split(".")
        tampered = head + "." + payload + "." + ("A" if signature[0] != "A" else "B") + signature[1:]
        s, body, headers = call(plain, liaison + "/api/relationships/who-to-call?facility=RGH",
                                headers={"Authorization": "Bearer " + tampered, "Accept": "application/json"})
        challenge = headers.get("WWW-Authenticate", "") if headers else ""
        check("a tampered token answers 401 with a Bearer challenge",
              s == 401 and 'error="invalid_token"' in challenge, "%s %s" % (s, challenge))

        jar = http.cookiejar.CookieJar(LoopbackCookies())
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
        s, _, h = call(browser, liaison + "/sso/start?continue=/who-to-call")
        to_keycloak = h.get("Location", "") if h else ""
        check("the SSO button goes to Keycloak", s == 302 and to_keycloak.startswith(kc + "/realms/hospital/"),
              "%s %s" % (s, to_keycloak))
        s, page, _ = call(browser, to_keycloak)
        form = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page)
        check("Keycloak shows its login form", s == 200 and form is not None, "%s" % s)
        if form:
            s, _, h = call(browser, form.group(1).replace("&amp;", "&"), urllib.parse.urlencode(
                {"username": "officer", "password": staff_password, "credentialId": ""}).encode())
            location = h.get("Location", "") if h else ""
            steps = 0
            while s == 302 and steps < 5:
                s, page, h = call(browser, urllib.parse.urljoin(liaison + "/", location))
                location = h.get("Location", "") if h else ""
                steps += 1
            name = re.search(r'id="current-user"[^>]*>\s*([^<]+?)\s*<', page or "")
            check("the officer signs in through Keycloak and lands in Liaison signed in",
                  s == 200 and name is not None and name.group(1) == "Owen Officer",
                  "%s %s" % (s, name.group(1) if name else (page or "")[:200]))
        print("keycloak smoke: %d failed" % len(failures))
        return 1 if failures else 0
    finally:
        for p in reversed(procs):
            try:
                os.killpg(p.pid, signal.SIGTERM)
                p.wait(timeout=60)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(p.pid, signal.SIGKILL)
        if os.environ.get("KEEP_SMOKE_DIR"):
            print("kept", work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)
    sys.exit(main())
