#!/usr/bin/env python3
"""Smoke test of a running lethe-sandbox: lookups, paging, 401, erasure and each fault kind.
Usage: sandbox/tests/smoke.py PORTS_FILE   (start: lethe-sandbox --ports-file PORTS_FILE)"""
import base64, json, sys, http.client, urllib.parse

ports = json.load(open(sys.argv[1]))
failures = 0
passed = 0

def call(proc, method, path, headers=None, body=None, form=None):
    c = http.client.HTTPConnection("127.0.0.1", ports[proc], timeout=10)
    h = dict(headers or {})
    data = None
    if form is not None:
        data = urllib.parse.urlencode(form, doseq=True); h["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body); h["Content-Type"] = "application/json"
    c.request(method, path, body=data, headers=h)
    r = c.getresponse()
    raw = r.read()
    try:
        js = json.loads(raw) if raw else None
    except ValueError:
        js = None
    return r.status, js, r, raw

def check(name, cond):
    global failures, passed
    if cond:
        passed += 1
    else:
        failures += 1
        print("FAIL:", name)

def basic(u, p): return {"Authorization": "Basic " + base64.b64encode(f"{u}:{p}".encode()).decode()}
def bearer(t): return {"Authorization": "Bearer " + t}

P0 = "amelia.hart@example.com"; P0PHONE = "+442079460101"
for proc in ports:
    call(proc, "POST", "/__sandbox/reset")

# Stripe
S = bearer("sbx_stripe_alwaysleads")
st, js, _, _ = call("stripe", "GET", "/v1/customers?email=" + P0, S)
check("stripe email exact", st == 200 and [c["email"] for c in js["data"]] == [P0])
cid = js["data"][0]["id"]
st, js, _, _ = call("stripe", "GET", "/v1/customers/search?query=" + urllib.parse.quote(f"email:'{P0}'"), S)
check("stripe search case-insensitive returns decoy", st == 200 and len(js["data"]) == 2)
n, pages, after = 0, 0, None
while True:
    st, js, _, _ = call("stripe", "GET", f"/v1/charges?customer={cid}&limit=100" + (f"&starting_after={after}" if after else ""), S)
    n += len(js["data"]); pages += 1
    if not js["has_more"]: break
    after = js["data"][-1]["id"]
check("stripe 250 charges in 3 pages", (n, pages) == (250, 3))
st, js, _, _ = call("stripe", "GET", "/v1/customers", bearer("sbx_stripe_nope"))
check("stripe 401", st == 401 and js["error"]["type"] == "invalid_request_error")
st, js, _, _ = call("stripe", "GET", f"/v1/customers/{cid}", bearer("sbx_stripe_leadsgen"))
check("stripe other account sees nothing", st == 404 and js["error"]["code"] == "resource_missing")
st, js, _, _ = call("stripe", "POST", "/v1/privacy/redaction_jobs", S, form={"objects[customers][]": [cid]})
check("stripe redaction jobs need a preview version", st == 400 and js["error"]["code"] == "preview_version_required")
P = dict(S, **{"Stripe-Version": "2025-09-30.preview"})
st, js, _, _ = call("stripe", "POST", "/v1/privacy/redaction_jobs", dict(P, **{"Idempotency-Key": "k1"}), form={"objects[customers][]": [cid]})
job = js["id"]; check("stripe job validating", js["status"] == "validating")
st, again, _, _ = call("stripe", "POST", "/v1/privacy/redaction_jobs", dict(P, **{"Idempotency-Key": "k1"}), form={"objects[customers][]": [cid]})
check("stripe idempotency key replays the job", again["id"] == job)
check("stripe job ready", call("stripe", "GET", f"/v1/privacy/redaction_jobs/{job}", P)[1]["status"] == "ready")
check("stripe job running", call("stripe", "POST", f"/v1/privacy/redaction_jobs/{job}/run", P)[1]["status"] == "running")
check("stripe job succeeded", call("stripe", "GET", f"/v1/privacy/redaction_jobs/{job}", P)[1]["status"] == "succeeded")
st, js, _, _ = call("stripe", "GET", f"/v1/charges?customer={cid}&limit=1", S)
check("stripe charge redacted", js["data"][0]["billing_details"]["email"] is None)
st, js, _, _ = call("stripe", "DELETE", f"/v1/customers/{cid}", S)
check("stripe delete", st == 200 and js == {"id": cid, "object": "customer", "deleted": True})
check("stripe retrieve stub", call("stripe", "GET", f"/v1/customers/{cid}", S)[1].get("deleted") is True)
check("stripe delete again 404", call("stripe", "DELETE", f"/v1/customers/{cid}", S)[0] == 404)
check("stripe list hides deleted", call("stripe", "GET", "/v1/customers?email=" + P0, S)[1]["data"] == [])
check("stripe charges survive", len(call("stripe", "GET", f"/v1/charges?customer={cid}&limit=100", S)[1]["data"]) == 100)

# Twilio
T = basic("ACleadnest", "sbx_twilio_leadnest")
url = "/2010-04-01/Accounts/ACleadnest/Messages.json?To=" + urllib.parse.quote(P0PHONE); n = pages = 0; sids = []
while url:
    st, js, _, _ = call("twilio", "GET", url, T); pages += 1; n += len(js["messages"]); sids += js["messages"]
    url = js["next_page_uri"]
check("twilio 120 To in 3 pages", (n, pages) == (120, 3))
sending = [m for m in sids if m["status"] == "sending"][0]["sid"]
done = [m for m in sids if m["status"] == "delivered"][0]["sid"]
check("twilio 20009", call("twilio", "DELETE", f"/2010-04-01/Accounts/ACleadnest/Messages/{sending}.json", T)[1]["code"] == 20009)
check("twilio delete 204", call("twilio", "DELETE", f"/2010-04-01/Accounts/ACleadnest/Messages/{done}.json", T)[0] == 204)
check("twilio delete again 20404", call("twilio", "DELETE", f"/2010-04-01/Accounts/ACleadnest/Messages/{done}.json", T)[1]["code"] == 20404)
check("twilio wrong sid 20003", call("twilio", "GET", "/2010-04-01/Accounts/ACleadmachine/Messages.json", T)[1]["code"] == 20003)
media = [m for m in sids if m["num_media"] == "2"][0]["sid"]
check("twilio media", len(call("twilio", "GET", f"/2010-04-01/Accounts/ACleadnest/Messages/{media}/Media.json", T)[1]["media_list"]) == 2)

# Resend
R = bearer("sbx_resend_alwaysleads"); after = None; mine = 0; pages = 0
while True:
    st, js, _, _ = call("resend", "GET", "/emails?limit=100" + (f"&after={after}" if after else ""), R); pages += 1
    mine += sum(1 for e in js["data"] if P0 in e["to"] + e["cc"])
    if not js["has_more"]: break
    after = js["data"][-1]["id"]
check("resend 230 emails to p0, >=3 pages", mine == 230 and pages >= 3)
check("resend delete contact", call("resend", "DELETE", "/contacts/" + P0, R)[1].get("deleted") is True)
check("resend delete again 404", call("resend", "DELETE", "/contacts/" + P0, R)[1]["name"] == "not_found")
check("resend no email delete", call("resend", "DELETE", "/emails/" + after, R)[0] == 405)
check("resend 401", call("resend", "GET", "/emails", {})[0] == 401)

# Postmark (heavy: Sofia Lindqvist, person 4)
PM = {"X-Postmark-Server-Token": "sbx_postmark_leadtrackengine"}; E4 = "sofia.lindqvist@example.se"
st, js, _, _ = call("postmark", "GET", f"/messages/outbound?recipient={E4}&count=500&offset=0", PM)
check("postmark total 1050", js["TotalCount"] == 1050 and len(js["Messages"]) == 500)
check("postmark count required", call("postmark", "GET", f"/messages/outbound?recipient={E4}", PM)[0] == 422)
A = {"X-Postmark-Account-Token": "sbx_postmark_account_leadtrackengine"}
st, js, _, _ = call("postmark", "POST", "/data-removals", A, body={"RequestedBy": "dpo@x", "RequestedFor": E4, "NotifyWhenCompleted": True})
rid = js["ID"]; check("postmark pending", js["Status"] == "Pending")
check("postmark poll 1 pending", call("postmark", "GET", f"/data-removals/{rid}", A)[1]["Status"] == "Pending")
check("postmark poll 2 done", call("postmark", "GET", f"/data-removals/{rid}", A)[1]["Status"] == "Done")
check("postmark gone", call("postmark", "GET", f"/messages/outbound?recipient={E4}&count=500&offset=0", PM)[1]["TotalCount"] == 0)
check("postmark 401", call("postmark", "GET", "/messages/outbound?count=1&offset=0", {})[1]["ErrorCode"] == 10)

# SendGrid
G = bearer("sbx_sendgrid_leadnest")
st, js, _, _ = call("sendgrid", "POST", "/v3/marketing/contacts/search/emails", G, body={"emails": [P0, "nobody@example.com"]})
check("sendgrid search", st == 200 and "contact" in js["result"][P0] and js["result"]["nobody@example.com"]["error"] == "contact not found")
check("sendgrid none 404", call("sendgrid", "POST", "/v3/marketing/contacts/search/emails", G, body={"emails": ["nobody@example.com"]})[0] == 404)
sgid = js["result"][P0]["contact"]["id"]
check("sendgrid bounce", len(call("sendgrid", "GET", "/v3/suppression/bounces/" + P0, G)[1]) == 1)
check("sendgrid delete contact 202", call("sendgrid", "DELETE", "/v3/marketing/contacts?ids=" + sgid, G)[0] == 202)
check("sendgrid erasejob 202", call("sendgrid", "POST", "/v3/recipients/erasejob", G, body={"email_addresses": [P0]})[0] == 202)

# Sentry
Y = bearer("sbx_sentry_leadnest"); url = "/api/0/organizations/leadnest/issues/?query=" + urllib.parse.quote("user.email:" + P0); n = pages = 0; ids = []
while True:
    st, js, r, _ = call("sentry", "GET", url, Y); pages += 1; n += len(js); ids += [i["id"] for i in js]
    link = r.getheader("Link"); nxt = [p for p in link.split(", ") if 'rel="next"' in p][0]
    if 'results="false"' in nxt: break
    url = urllib.parse.urlsplit(nxt[1:nxt.index(">")]); url = url.path + "?" + url.query
check("sentry 230 issues in 3 pages", (n, pages) == (230, 3))
check("sentry delete 204", call("sentry", "DELETE", "/api/0/organizations/leadnest/issues/?id=" + ids[0] + "&id=999999", Y)[0] == 204)
check("sentry other org 403", call("sentry", "GET", "/api/0/organizations/leadsgen/issues/", Y)[0] == 403)

# Supabase
B = {"Authorization": "Bearer sbx_supabase_alwaysleads", "apikey": "sbx_supabase_alwaysleads"}
st, js, r, _ = call("supabase", "GET", "/auth/v1/admin/users?filter=" + P0, B)
emails = [u["email"] for u in js["users"]]
check("supabase filter returns decoys", sorted(emails) == sorted([P0, "x." + P0, P0 + ".au"]))
uid = [u["id"] for u in js["users"] if u["email"] == P0][0]
U = P0.replace(".", "_", 1)
st, js, r, _ = call("supabase", "GET", "/auth/v1/admin/users?filter=" + urllib.parse.quote(U), B)
check("supabase filter: _ is a LIKE wildcard", P0 in [u["email"] for u in js["users"]])
st, js, r, _ = call("supabase", "GET", "/auth/v1/admin/users?filter=" + urllib.parse.quote(U.replace("_", "\\_")), B)
check("supabase filter: an escaped _ is itself", [u["email"] for u in js["users"]] == [U])
st, js, r, _ = call("supabase", "GET", "/auth/v1/admin/users?per_page=50", B)
check("supabase paging", 'rel="next"' in r.getheader("Link") and int(r.getheader("X-Total-Count")) > 150)
check("supabase soft delete", call("supabase", "DELETE", "/auth/v1/admin/users/" + uid, B, body={"should_soft_delete": True})[1] == {})
check("supabase again 404", call("supabase", "DELETE", "/auth/v1/admin/users/" + uid, B)[1]["error_code"] == "user_not_found")
audit = call("supabase", "GET", "/__sandbox/state")[1]["accounts"]["alwaysleads"]["audit_log_entries"]
check("supabase audit keeps email", audit[0]["user_email"] == P0)

# Upstash (heavy: Jonas Weber, person 1)
U = bearer("sbx_upstash_leadmachine"); cursor = "0"; keys = []; steps = 0
while True:
    st, js, _, _ = call("upstash", "POST", "/", U, body=["SCAN", cursor, "MATCH", "session:*", "COUNT", "100"]); steps += 1
    cursor, batch = js["result"]; keys += batch
    if cursor == "0": break
check("upstash scan multi-step", steps >= 3 and len(keys) > 150)
st, js, _, _ = call("upstash", "POST", "/pipeline", U, body=[["TYPE", keys[0]], ["GET", keys[0]], ["DEL", keys[0], keys[1]]])
check("upstash pipeline", js[0]["result"] == "string" and js[2]["result"] == 2)

# Apollo
AP = {"x-api-key": "sbx_apollo_alwaysleads"}
st, js, _, _ = call("apollo", "POST", "/api/v1/contacts/search", AP, body={"q_keywords": P0, "page": 1, "per_page": 100})
check("apollo fuzzy 3 pages", js["pagination"]["total_pages"] >= 3)
st, js, _, _ = call("apollo", "POST", "/api/v1/contacts/search", AP, body={"q_keywords": "Amelia Hart", "page": 3, "per_page": 100})
check("apollo name decoy", any(c["email"] == "a.hart@hartreed-lettings.example" for c in js["contacts"]))

# Mailchimp
M = basic("any", "sbx_mailchimp_demo")
import hashlib; h = hashlib.md5(P0.encode()).hexdigest()
check("mailchimp exact", len(call("mailchimp", "GET", "/3.0/search-members?query=" + P0, M)[1]["exact_matches"]["members"]) == 1)
check("mailchimp delete-permanent", call("mailchimp", "POST", f"/3.0/lists/demo-list/members/{h}/actions/delete-permanent", M)[0] == 204)
st, js, r, _ = call("mailchimp", "POST", f"/3.0/lists/demo-list/members/{h}/actions/delete-permanent", M)
check("mailchimp again 404 problem", st == 404 and r.getheader("Content-Type").startswith("application/problem+json"))

# HubSpot
H = bearer("sbx_hubspot_demo"); after = None; n = pages = 0
while True:
    b = {"filterGroups": [{"filters": [{"propertyName": "phone", "operator": "EQ", "value": P0PHONE}]}], "limit": 100}
    if after: b["after"] = after
    st, js, _, _ = call("hubspot", "POST", "/crm/v3/objects/contacts/search", H, body=b); pages += 1; n += len(js["results"])
    after = js.get("paging", {}).get("next", {}).get("after")
    if not after: break
check("hubspot phone 231 in 3 pages", (n, pages) == (231, 3))
check("hubspot gdpr unknown 204", call("hubspot", "POST", "/crm/v3/objects/contacts/gdpr-delete", H, body={"objectId": "ghost@example.com", "idProperty": "email"})[0] == 204)
check("hubspot blocklist", "ghost@example.com" in call("hubspot", "GET", "/__sandbox/state")[1]["accounts"]["demo"]["blocklist"])

# GA4
st, js, _, _ = call("ga4", "POST", "/analytics/v3/userDeletion/userDeletionRequests:upsert", bearer("sbx_ga4_leadnest"),
                    body={"kind": "analytics#userDeletionRequest", "id": {"type": "USER_ID", "userId": "u-1"}, "propertyId": "123456"})
check("ga4 upsert", st == 200 and "deletionRequestTime" in js)

# Faults
call("resend", "POST", "/__sandbox/faults", body={"faults": [{"kind": "429", "count": 1, "retry_after": 2}, {"kind": "500", "count": 1}, {"kind": "malformed", "count": 1}], "match": "/emails"})
st, js, r, _ = call("resend", "GET", "/emails", R)
check("fault 429", st == 429 and r.getheader("Retry-After") == "2" and js["name"] == "rate_limit_exceeded")
check("fault 500", call("resend", "GET", "/emails", R)[0] == 500)
st, js, r, raw = call("resend", "GET", "/emails", R)
check("fault malformed", st == 200 and js is None and raw)
check("faults done", call("resend", "GET", "/emails", R)[0] == 200)
call("resend", "POST", "/__sandbox/faults", body={"faults": [{"kind": "drop", "count": 1}]})
try:
    call("resend", "GET", "/emails", R); check("fault drop", False)
except Exception:
    check("fault drop", True)
log = call("resend", "GET", "/__sandbox/requests")[1]
check("request log", [e["status"] for e in log[-5:]] == [429, 500, 200, 200, 0])

print(f"{passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
