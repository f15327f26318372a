"""Usage: check-sarif.py FILE

Checks that FILE is a SARIF 2.1.0 log as GitHub code scanning documents what
it reads (docs.github.com, "SARIF support for code scanning"): the version
and schema, one run whose tool.driver has a name and rules with an id, a
description and a help URI, and results each with a ruleId of those rules,
a message, a physical location (a relative URI with a uriBaseId, or an
absolute file URI; a region whose startLine and startColumn are >= 1) and a
partial fingerprint; related locations with ids, code flows whose thread
flows hold locations. Prints one line per result, `ruleId uri:line:col`, for
FileCheck, and exits 1 with the first problem found."""
import json
import sys


def fail(msg):
    print("check-sarif.py: " + msg, file=sys.stderr)
    sys.exit(1)


def need(cond, msg):
    if not cond:
        fail(msg)


def check_location(loc, where, base_ids):
    phys = loc.get("physicalLocation")
    need(isinstance(phys, dict), where + ": no physicalLocation")
    art = phys.get("artifactLocation", {})
    uri = art.get("uri")
    need(isinstance(uri, str) and uri, where + ": no artifactLocation.uri")
    if "uriBaseId" in art:
        need(art["uriBaseId"] in base_ids, where + ": unknown uriBaseId")
        need(not uri.startswith("/") and "://" not in uri, where + ": a uriBaseId with an absolute uri")
    else:
        need(uri.startswith("file:///"), where + ": a relative uri with no uriBaseId")
    region = phys.get("region", {})
    need(isinstance(region.get("startLine"), int) and region["startLine"] >= 1, where + ": startLine")
    if "startColumn" in region:
        need(isinstance(region["startColumn"], int) and region["startColumn"] >= 1, where + ": startColumn")
    return "%s:%d:%d" % (uri, region["startLine"], region.get("startColumn", 0))


log = json.load(open(sys.argv[1]))
need(log.get("version") == "2.1.0", "version is not 2.1.0")
need("sarif-2.1.0" in log.get("$schema", ""), "no SARIF 2.1.0 $schema")
runs = log.get("runs")
need(isinstance(runs, list) and len(runs) == 1, "not exactly one run")
run = runs[0]
driver = run.get("tool", {}).get("driver", {})
need(driver.get("name") == "lifeguard", "tool.driver.name")
rules = driver.get("rules", [])
need(rules, "no rules")
ids = [r.get("id") for r in rules]
need(len(set(ids)) == len(ids), "duplicate rule ids")
for r in rules:
    need(r.get("shortDescription", {}).get("text"), "rule %s: no shortDescription" % r.get("id"))
    need(r.get("helpUri", "").startswith("https://"), "rule %s: no helpUri" % r.get("id"))
    need(r.get("help", {}).get("text"), "rule %s: no help" % r.get("id"))
base_ids = run.get("originalUriBaseIds", {})
for name, base in base_ids.items():
    need(base.get("uri", "").startswith("file:///") and base["uri"].endswith("/"),
         "originalUriBaseIds %s: not an absolute directory URI" % name)
for i, res in enumerate(run.get("results", [])):
    where = "result %d" % i
    need(res.get("ruleId") in ids, where + ": ruleId not among the rules")
    if "ruleIndex" in res:
        need(ids[res["ruleIndex"]] == res["ruleId"], where + ": ruleIndex")
    need(res.get("level") in ("warning", "error", "note"), where + ": level")
    need(res.get("message", {}).get("text"), where + ": no message")
    locs = res.get("locations")
    need(isinstance(locs, list) and len(locs) == 1, where + ": not one location")
    pos = check_location(locs[0], where, base_ids)
    fps = res.get("partialFingerprints", {})
    need(fps and all(isinstance(v, str) and v for v in fps.values()), where + ": no partialFingerprints")
    related = res.get("relatedLocations", [])
    for j, rel in enumerate(related):
        need(rel.get("id") == j, where + ": relatedLocations ids")
        need(rel.get("message", {}).get("text"), where + ": related location without a message")
        check_location(rel, where + " related %d" % j, base_ids)
    for flow in res.get("codeFlows", []):
        for tf in flow.get("threadFlows", []):
            need(tf.get("locations"), where + ": an empty thread flow")
            for k, step in enumerate(tf["locations"]):
                check_location(step.get("location", {}), where + " flow %d" % k, base_ids)
    print("%s %s notes=%d" % (res["ruleId"], pos, len(related)))
