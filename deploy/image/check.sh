#!/usr/bin/env bash
# What an image archive of deploy/image/build.sh holds, checked without running it (skopeo for the configuration, the
# layers read as they are): the application's user is not root, the entry point starts the application, the ports are
# 8080 and 9000, the JRE and the application are there, no package manager, compiler or build tool, no setuid or setgid
# file, the application's files owned by root and not writable by its user.
#
#   deploy/image/check.sh [target/parcours.oci.tar]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ARCHIVE="${1:-$ROOT/target/parcours.oci.tar}"
[ -f "$ARCHIVE" ] || { echo "no image archive at $ARCHIVE: deploy/image/build.sh" >&2; exit 1; }
command -v skopeo >/dev/null || { echo "skopeo is missing: apt-get install skopeo" >&2; exit 1; }

CONFIG="$(skopeo inspect --config "oci-archive:$ARCHIVE")"
CONFIG="$CONFIG" python3 - "$ARCHIVE" <<'PY'
import json, os, sys, tarfile

archive = sys.argv[1]
config = json.loads(os.environ["CONFIG"])["config"]
failures = []

def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what)

check(config.get("User") == "10001:10001", f"user 10001:10001, not root (User={config.get('User')!r})")
entry = config.get("Entrypoint") or []
check(entry[:1] == ["/usr/bin/java"] and entry[-2:] == ["-jar", "/deployments/quarkus-run.jar"],
      "entry point: /usr/bin/java ... -jar /deployments/quarkus-run.jar")
check(not config.get("Cmd"), "no command appended to the entry point")
check(set(config.get("ExposedPorts", {})) == {"8080/tcp", "9000/tcp"}, "ports 8080 (API) and 9000 (management)")

# The layers, in order: the last one to name a path wins; whiteouts remove.
files = {}
with tarfile.open(archive) as outer:
    def blob(digest):
        return outer.extractfile("blobs/sha256/" + digest.split(":", 1)[1])
    index = json.load(outer.extractfile("index.json"))
    manifest = json.load(blob(index["manifests"][0]["digest"]))
    for layer in manifest["layers"]:
        with tarfile.open(fileobj=blob(layer["digest"]), mode="r:*") as tar:
            for member in tar:
                name = "/" + member.name.lstrip("./")
                base = os.path.basename(name)
                if base.startswith(".wh."):
                    gone = os.path.join(os.path.dirname(name), base[4:])
                    for key in [k for k in files if k == gone or k.startswith(gone + "/")]:
                        del files[key]
                    continue
                files[name.rstrip("/") or "/"] = member
print(f"      {len(manifest['layers'])} layers, {len(files)} paths")

for path in ["/usr/lib/jvm/java-17-openjdk-amd64/bin/java", "/deployments/quarkus-run.jar",
             "/deployments/quarkus/quarkus-application.dat", "/etc/ssl/certs/java/cacerts", "/tmp",
             "/var/lib/dpkg/status"]:
    check(path in files, f"present: {path}")
check(any(p.startswith("/deployments/app/parcours-api") for p in files), "present: /deployments/app/parcours-api-*.jar")
check(any(p.startswith("/deployments/lib/main/") for p in files), "present: /deployments/lib/main/ (the libraries)")

tools = ["apt", "apt-get", "dpkg", "dpkg-deb", "gcc", "cc", "c++", "make", "javac", "jshell", "mvn", "npm", "node", "curl", "wget",
         "sudo", "git", "ssh", "python3"]
found = [t for t in tools for d in ("/usr/bin/", "/bin/", "/usr/local/bin/", "/usr/sbin/") if d + t in files]
check(not found, "no package manager, compiler, build or network tool" + (f" (found: {', '.join(sorted(set(found)))})" if found else ""))

setid = [p for p, m in files.items() if m.isfile() and m.mode & 0o6000]
check(not setid, "no setuid or setgid file" + (f" (found: {setid[:5]})" if setid else ""))

app = [(p, m) for p, m in files.items() if p.startswith("/deployments")]
check(all(m.uid == 0 for _, m in app), "the application's files owned by root")
check(all(not m.mode & 0o002 for _, m in app), "the application's files not writable by others")
writable = [p for p, m in files.items() if m.isdir() and m.mode & 0o002 and not m.mode & 0o1000]
check(not writable, "no world-writable directory without the sticky bit")
print()
if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
print("image content: every check passed")
PY
