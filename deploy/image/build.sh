#!/usr/bin/env bash
# The OCI image of Parcours, built without a Docker daemon and without a remote registry (docs/adr/0036):
#   1. a minimal Debian root file system with the JRE, from Debian's packages (mmdebstrap, the machine's apt sources);
#   2. the application (api/target/quarkus-app/, the Maven build) copied on top, owned by root, read-only to the
#      application's user;
#   3. an OCI archive written by buildah (no daemon, its storage under target/image/), and its digest.
#
#   ./mvnw -B package -DskipTests          # the application, once (api/target/quarkus-app/)
#   deploy/image/build.sh                  # -> target/parcours.oci.tar and target/parcours.oci.digest
#
# Needs root (or a user namespace for mmdebstrap's unshare mode) and Debian's packages mmdebstrap, buildah and skopeo:
#   apt-get install mmdebstrap buildah skopeo
# Options (environment): SUITE (bookworm), APT_SOURCES (the machine's Debian sources file: the mirror the root file
# system is built from), FRESH_BASE=1 (build the root file system again; it is kept in target/image/rootfs.tar
# otherwise), SOURCE_DATE_EPOCH (the time stamp of every file and of the image; the last commit's by default), TAG
# (the image's name inside the archive, parcours:<project version>).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/deploy/image"
APP="$ROOT/api/target/quarkus-app"
WORK="$ROOT/target/image"
ARCHIVE="$ROOT/target/parcours.oci.tar"
DIGEST_FILE="$ROOT/target/parcours.oci.digest"
SUITE="${SUITE:-bookworm}"
if [ -z "${APT_SOURCES:-}" ]; then
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then APT_SOURCES=/etc/apt/sources.list.d/debian.sources
  else APT_SOURCES=/etc/apt/sources.list; fi
fi
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}"
export SOURCE_DATE_EPOCH
VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)"
TAG="${TAG:-parcours:${VERSION:-dev}}"
REVISION="$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)"
# The application's user: not root, no shell, no home; the numeric id is what Kubernetes' runAsNonRoot checks.
APP_UID=10001

log() { echo "[$(date -u +%T)] $*" >&2; }
for tool in mmdebstrap buildah skopeo; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install mmdebstrap buildah skopeo" >&2; exit 1; }
done
[ -f "$APP/quarkus-run.jar" ] || { echo "Build the application first: ./mvnw -B package -DskipTests" >&2; exit 1; }
mkdir -p "$WORK"

# buildah keeps its own storage here, with the vfs driver (no overlay mount needed), not the machine's.
B=(buildah --root "$WORK/storage" --runroot "$WORK/run" --storage-driver vfs)

# --- 1. The root file system: Debian's Essential packages and the headless JRE, no package manager ----------------------
# The "essential" variant installs only the Essential packages (coreutils, bash, dpkg's database, ...) and what the JRE
# needs; apt, compilers and build tools are not there. Documentation, manual pages and translations are left out.
# The user parcours (uid and gid 10001) is added; every setuid and setgid bit is removed; dpkg's programs are removed
# (an image is rebuilt, never patched in place), its database (/var/lib/dpkg/status) kept for the vulnerability scanners.
if [ -n "${FRESH_BASE:-}" ] || [ ! -f "$WORK/rootfs.tar" ]; then
  log "root file system: Debian $SUITE + openjdk-17-jre-headless (sources: $APT_SOURCES)"
  mmdebstrap --variant=essential --format=tar --include=openjdk-17-jre-headless,ca-certificates \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/info/*' \
    --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
    --customize-hook="echo 'parcours:x:$APP_UID:$APP_UID:Parcours:/nonexistent:/usr/sbin/nologin' >>\"\$1/etc/passwd\"" \
    --customize-hook="echo 'parcours:x:$APP_UID:' >>\"\$1/etc/group\"" \
    --customize-hook='find "$1" -xdev -type f -perm /6000 -exec chmod ug-s {} +' \
    --customize-hook='rm -rf "$1/var/cache/"* "$1/var/log/"* "$1/tmp/"*' \
    --customize-hook='rm -f "$1"/usr/bin/dpkg "$1"/usr/bin/dpkg-*' \
    "$SUITE" "$WORK/rootfs.tar.part" "$APT_SOURCES" >"$WORK/mmdebstrap.log" 2>&1 \
    || { tail -20 "$WORK/mmdebstrap.log" >&2; exit 1; }
  rm -rf "$WORK/rootfs.tar"; mv "$WORK/rootfs.tar.part" "$WORK/rootfs.tar"
else
  log "root file system: kept from an earlier build ($WORK/rootfs.tar; FRESH_BASE=1 builds it again)"
fi

# --- 2. The image: three layers (system and JRE, the libraries, the application), so that a new version of the
#        application ships only its small last layer ----------------------------------------------------------------
"${B[@]}" rm --all >/dev/null 2>&1 || true
layer() { # layer NAME FROM: a working container from FROM, its name printed
  "${B[@]}" from --pull-never --name "$1" "$2" >/dev/null
  echo "$1"
}
commit_local() { "${B[@]}" commit --quiet --timestamp "$SOURCE_DATE_EPOCH" --rm "$1" "localhost/$2" >/dev/null; }

log "layer 1: the root file system"
c=$(layer parcours-base scratch)
"${B[@]}" add "$c" "$WORK/rootfs.tar" / >/dev/null
commit_local "$c" parcours-base

log "layer 2: the libraries (api/target/quarkus-app/lib)"
# Copied whole: Quarkus' class loader indexes every jar of quarkus-app/lib at build time, and the application hangs at
# start when one is missing (tried with zonky's embedded PostgreSQL binaries for macOS and Windows, 85 MB never used
# here; leaving them out is for the build, docs/adr/0036-oci-image-and-observability.md).
c=$(layer parcours-lib localhost/parcours-base)
"${B[@]}" copy --chown 0:0 --chmod 0755 "$c" "$APP/lib" /deployments/lib >/dev/null
commit_local "$c" parcours-lib

log "layer 3: the application"
c=$(layer parcours-app localhost/parcours-lib)
"${B[@]}" copy --chown 0:0 "$c" "$APP/quarkus-run.jar" /deployments/quarkus-run.jar >/dev/null
"${B[@]}" copy --chown 0:0 "$c" "$APP/app" /deployments/app >/dev/null
"${B[@]}" copy --chown 0:0 "$c" "$APP/quarkus" /deployments/quarkus >/dev/null
# Read-only root file system: the JVM and Vert.x write only below /tmp (a tmpfs or an emptyDir, docs/configuration.md).
"${B[@]}" config \
  --os linux --arch amd64 \
  --user "$APP_UID:$APP_UID" \
  --workingdir /deployments \
  --port 8080/tcp --port 9000/tcp \
  --env LANG=C.UTF-8 \
  --env JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
  --stop-signal SIGTERM \
  --entrypoint '["/usr/bin/java","-XX:MaxRAMPercentage=75","-XX:+ExitOnOutOfMemoryError","-Djava.io.tmpdir=/tmp","-Djava.util.logging.manager=org.jboss.logmanager.LogManager","-jar","/deployments/quarkus-run.jar"]' \
  --cmd '' \
  --label org.opencontainers.image.title=parcours \
  --label "org.opencontainers.image.version=${VERSION:-dev}" \
  --label "org.opencontainers.image.revision=$REVISION" \
  --label org.opencontainers.image.description="Parcours: case management of the Walloon integration programme (API and back office)" \
  --created-by "deploy/image/build.sh" \
  "$c"

log "writing $ARCHIVE"
rm -f "$ARCHIVE" "$DIGEST_FILE"
"${B[@]}" commit --quiet --timestamp "$SOURCE_DATE_EPOCH" --disable-compression=false --format oci \
  "$c" "oci-archive:$ARCHIVE:$TAG" >/dev/null
"${B[@]}" rm "$c" >/dev/null

# The manifest's digest: what the Kubernetes Deployment pins (image: <registry>/parcours@sha256:...).
DIGEST="$(skopeo inspect --format '{{.Digest}}' "oci-archive:$ARCHIVE")"
echo "$DIGEST" >"$DIGEST_FILE"

# --- 3. What the image holds: user, entry point, ports, files, no build tools ---------------------------------------
"$HERE/check.sh" "$ARCHIVE"

log "image $TAG: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
echo "$DIGEST"
